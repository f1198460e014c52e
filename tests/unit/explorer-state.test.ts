import {
  MAX_DEPTH,
  createStore,
  depthOf,
  emptyState,
  formatState,
  parseState,
  withExpansion,
  writeUrl,
  type ExplorerState,
} from '../../explorer/js/state.js';

/** A view with every field away from its empty value, so the round trip exercises each of them. */
const FULL: ExplorerState = {
  expanded: [
    { id: 'org-ennhri', depth: 2 },
    { id: 'claim-a&b=c d/é', depth: 1 },
    { id: 'person-x', depth: MAX_DEPTH },
  ],
  selected: ['claim-a&b=c d/é', 'org-ennhri'],
  paths: [{ from: 'person-tatyana-moskalkova', to: 'org-ganhri', maxHops: 5 }],
  hiddenKinds: ['EVENT', 'SOURCE'],
  from: '2023-01-01',
  to: '2023-12-31',
  hideUndated: true,
  showRetracted: true,
  timeline: { id: 'org-ennhri', window: ['2023-01-01', '2023-06-30'], from: '2023-04-12', to: '2023-05-01', hiddenKinds: ['ATTRIBUTION'] },
};

/** Every field of the state, the timeline's included, as `field` or `timeline.field`. */
const fields = (s: ExplorerState): string[] => Object.keys(s).flatMap((k) => (k === 'timeline' ? Object.keys(s.timeline).map((t) => `timeline.${t}`) : [k]));
const valueOf = (s: ExplorerState, field: string): unknown =>
  field.startsWith('timeline.') ? s.timeline[field.slice(9) as keyof ExplorerState['timeline']] : s[field as keyof ExplorerState];
const only = (field: string): ExplorerState => {
  const s = structuredClone(emptyState());
  if (field.startsWith('timeline.')) Object.assign(s.timeline, { id: FULL.timeline.id, [field.slice(9)]: valueOf(FULL, field) });
  else Object.assign(s, { [field]: valueOf(FULL, field) });
  return s;
};

describe('explorer state: the view as a URL', () => {
  it('writes an empty view as no query string at all', () => {
    expect(formatState(emptyState())).toBe('');
    expect(parseState('')).toEqual(emptyState());
  });

  it('brings every field of a view back from its URL', () => {
    // The fixture must cover each field, or a field dropped from the URL could go unnoticed.
    expect(fields(FULL).sort()).toEqual(fields(emptyState()).sort());
    for (const field of fields(FULL)) expect([field, valueOf(FULL, field)]).not.toEqual([field, valueOf(emptyState(), field)]);
    const back = parseState(formatState(FULL));
    for (const field of fields(FULL)) expect([field, valueOf(back, field)]).toEqual([field, valueOf(FULL, field)]);
    expect(back).toEqual(FULL);
  });

  it('records each field on its own in the URL', () => {
    for (const field of fields(FULL)) {
      const s = only(field);
      expect([field, parseState(formatState(s))]).toEqual([field, s]);
    }
    expect(formatState(only('hideUndated'))).toBe('?undated=hide');
    expect(formatState(only('timeline.window'))).toBe('?tl=org-ennhri&tlwin=2023-01-01~2023-06-30');
  });

  it('writes the link a fact-checker shares in the documented shape', () => {
    const link = formatState({ ...emptyState(), expanded: [{ id: 'org-ennhri', depth: 2 }], selected: ['claim-x'], paths: [{ from: 'a', to: 'b', maxHops: 4 }], hiddenKinds: ['EVENT'] });
    expect(link).toBe('?exp=org-ennhri~2&sel=claim-x&path=a~b~4&hide=EVENT');
  });

  it('drops what is malformed in a link instead of trusting it', () => {
    const s = parseState(
      '?exp=a~9&exp=a&exp=&sel=&sel=b&sel=b&path=a~b~99&path=lonely&hide=EVENT,bad-kind,&from=2023-13&to=yesterday' +
        '&undated=yes&retracted=1&tl=x&tlwin=2023-06-01~2023-01-01&tlfrom=2023&tlhide=EVENT,CLAIM',
    );
    expect(s.expanded).toEqual([{ id: 'a', depth: MAX_DEPTH }]);
    expect(s.selected).toEqual(['b']);
    expect(s.paths).toEqual([{ from: 'a', to: 'b', maxHops: 6 }]);
    expect(s.hiddenKinds).toEqual(['EVENT']);
    expect([s.from, s.to, s.hideUndated, s.showRetracted]).toEqual(['', '', false, false]);
    expect(s.timeline).toEqual({ id: 'x', window: null, from: '', to: '', hiddenKinds: ['EVENT'] });
  });

  it('rewrites the address bar only when the view changed, adding a history entry when asked', () => {
    const calls: string[] = [];
    const win = {
      location: { pathname: '/explorer/', search: '?sel=a' },
      history: { pushState: (_d: unknown, _u: string, url: string) => calls.push(`push ${url}`), replaceState: (_d: unknown, _u: string, url: string) => calls.push(`replace ${url}`) },
    };
    writeUrl({ ...emptyState(), selected: ['a'] }, {}, win);
    writeUrl({ ...emptyState(), selected: ['b'] }, {}, win);
    writeUrl(emptyState(), { push: true }, win);
    expect(calls).toEqual(['replace /explorer/?sel=b', 'push /explorer/']);
  });
});

describe('explorer state: the store', () => {
  it('tells each listener the new state and the previous one, once per change', () => {
    const store = createStore();
    const heard: [string[], string[]][] = [];
    store.subscribe((state, previous) => heard.push([state.selected, previous.selected]));
    store.set({ selected: ['a'] });
    store.set({ selected: ['a'] });
    store.set({ selected: ['a', 'b'], from: '' });
    expect(heard).toEqual([
      [['a'], []],
      [['a', 'b'], ['a']],
    ]);
    expect(store.get().selected).toEqual(['a', 'b']);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = createStore();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.set({ hideUndated: true });
    stop();
    store.set({ hideUndated: false });
    expect(calls).toBe(1);
    expect(store.get().hideUndated).toBe(false);
  });

  it('changes only through set: the state is frozen and holds copies of what it was given', () => {
    const store = createStore(parseState('?sel=a&tl=x'));
    const given = ['EVENT'];
    store.set({ hiddenKinds: given });
    given.push('CLAIM');
    expect(store.get().hiddenKinds).toEqual(['EVENT']);
    expect(() => (store.get().selected as string[]).push('b')).toThrow(TypeError);
    expect(() => Object.assign(store.get().timeline, { id: 'y' })).toThrow(TypeError);
    expect(() => Object.assign(store.get(), { from: '2023-01-01' })).toThrow(TypeError);
    expect(formatState(store.get())).toBe('?sel=a&hide=EVENT&tl=x');
  });

  it('keeps expansions in the order they were first made, each at its deepest', () => {
    let expanded = withExpansion([], 'a', 1);
    expanded = withExpansion(expanded, 'b', 2);
    expanded = withExpansion(expanded, 'a', 3);
    expanded = withExpansion(expanded, 'b', 1);
    expect(expanded).toEqual([
      { id: 'a', depth: 3 },
      { id: 'b', depth: 2 },
    ]);
    const state = { ...emptyState(), expanded };
    expect([depthOf(state, 'a'), depthOf(state, 'b'), depthOf(state, 'c')]).toEqual([3, 2, 0]);
  });
});

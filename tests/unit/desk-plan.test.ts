import { saveArticleInput, type SaveArticleInput } from '../../src/domain/desk-inputs';
import { itemsError, zodItems } from '../../src/domain/desk-items';
import { checkPlan, checkSpans } from '../../src/domain/desk-plan';
import { revisionOf, revisionTime, staleRevision, type DeskAttributionState } from '../../src/domain/desk-revision';
import { lookupLucene, matchedSpelling } from '../../src/domain/actor-lookup';

const TEXT = 'The mayor said "the bridge opens in May". Critics 👍🏽 disagreed.';
const span = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, quote });

const plan = (over: Partial<SaveArticleInput> = {}): SaveArticleInput => ({
  source: { title: 'T', text: TEXT },
  actors: [{ ref: 'mayor', kind: 'PERSON', name: 'Mayor Example' }],
  claims: [{ ref: 'c1', text: 'The bridge opens in May.' }],
  attributions: [{ speakerRef: 'mayor', ...span('the bridge opens in May'), mode: 'DIRECT_QUOTE', claimRef: 'c1' }],
  ...over,
});
const paths = (problems: { path: string }[]) => problems.map((p) => p.path);

describe('desk save plan', () => {
  it('accepts a consistent plan', () => {
    expect(checkPlan(plan())).toEqual([]);
    expect(checkSpans(plan(), TEXT)).toEqual([]);
  });

  it('lists every structural problem at its path', () => {
    const bad = plan({
      sourceId: 'src-1',
      actors: [{ ref: 'x', kind: 'PERSON', name: 'A' }, { ref: 'x', kind: 'PERSON', name: 'B' }],
      claims: [{ ref: 'c1', text: 'Said.' }, { ref: 'unused', text: 'Never said.' }],
      attributions: [
        { speakerId: 'person-1', speakerRef: 'x', ...span('the bridge opens in May'), mode: 'DIRECT_QUOTE', claimRef: 'c1' },
        { speakerRef: 'ghost', start: 5, end: 5, quote: 'x', mode: 'PARAPHRASE', claimRef: 'c1', viaRefs: ['c1'] },
      ],
      links: [{ from: { ref: 'c1' }, to: { ref: 'c1' }, kind: 'SUPPORTS', basis: 'b' }],
    });
    expect(paths(checkPlan(bad)).sort()).toEqual(
      [
        'source', 'baseRevision', 'actors.1.ref', 'claims.1.ref', 'attributions.0.speakerId',
        'attributions.1.speakerRef', 'attributions.1.viaRefs.0', 'attributions.1.end', 'links.0.to',
      ].sort(),
    );
  });

  it('wants a publisherRef to name a new organisation', () => {
    const p = plan({ source: { title: 'T', text: TEXT, publisherRef: 'mayor' } });
    expect(checkPlan(p)).toEqual([expect.objectContaining({ path: 'source.publisherRef', message: expect.stringMatching(/not an organisation/) })]);
  });

  it('takes only the exact, trimmed, whole-character slice of the text', () => {
    const quote = span('the bridge opens in May');
    const cases = {
      folded: { ...quote, quote: 'The bridge opens in May' },
      padded: { start: TEXT.indexOf('Critics') - 1, end: TEXT.indexOf('Critics') + 7, quote: ' Critics' },
      past: { start: quote.start, end: TEXT.length + 3, quote: 'x' },
      // Between the thumb and its skin-tone modifier: one character as readers see it.
      cut: { start: TEXT.indexOf('👍🏽'), end: TEXT.indexOf('👍🏽') + 2, quote: '👍' },
    };
    const p = plan({ attributions: Object.values(cases).map((c) => ({ speakerRef: 'mayor', ...c, mode: 'DIRECT_QUOTE', claimRef: 'c1' })) });
    const problems = checkSpans(p, TEXT);
    expect(problems.map((x) => [x.path, x.message.slice(0, 30)])).toEqual([
      ['attributions.0.quote', expect.stringMatching(/^is not the text at/)],
      ['attributions.1.quote', expect.stringMatching(/^starts or ends with whitespace/)],
      ['attributions.2.end', expect.stringMatching(/^is past the end/)],
      ['attributions.3.quote', expect.stringMatching(/^the quote's end \(offset \d+\) cu/)],
    ]);
    expect(problems[0].details).toMatchObject({ expected: 'the bridge opens in May' });
  });

  it('turns every zod issue into an item, and many items into one message', () => {
    const r = saveArticleInput.safeParse({ source: { title: '', text: '' }, attributions: [{ start: -1, end: 1, quote: 'q', mode: 'SHOUTED' }] });
    expect(r.success).toBe(false);
    const items = zodItems(r.error!);
    expect(paths(items)).toEqual(expect.arrayContaining(['source.title', 'source.text', 'attributions.0.start', 'attributions.0.mode']));
    const e = itemsError(items);
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(new RegExp(`^${items.length} items need fixing: source\\.title: .*\\(and ${items.length - 3} more\\)$`));
    expect(e.details.items).toBe(items);
  });
});

const att = (over: Partial<DeskAttributionState>): DeskAttributionState => ({
  id: 'attr-1', start: 0, end: 3, quote: 'abc', mode: 'PARAPHRASE', status: 'ACTIVE', speakerId: 'p', speakerName: 'P', claimId: 'c', claimText: 'C',
  claimStatus: 'ACTIVE', createdBy: 'ed', createdAt: '2026-01-01T00:00:00.000Z', statusChangedAt: null, claimStatusChangedAt: null, ...over,
});

describe('desk revision', () => {
  const one = { textSha256: 'h', attributions: [att({})] };

  it('is stable for the same state and changes with an added or retracted attribution', () => {
    const r = revisionOf(one);
    expect(revisionOf({ ...one, attributions: [...one.attributions] })).toBe(r);
    expect(revisionOf({ ...one, attributions: [...one.attributions, att({ id: 'attr-2', createdAt: '2026-01-02T00:00:00.000Z' })] })).not.toBe(r);
    expect(revisionOf({ ...one, attributions: [att({ status: 'RETRACTED', statusChangedAt: '2026-01-03T00:00:00.000Z' })] })).not.toBe(r);
    expect(revisionTime(r)).toBe('2026-01-01T00:00:00.000Z');
  });

  it('reports what was added and retracted since a stale base, and nothing for a current one', () => {
    const base = revisionOf(one);
    expect(staleRevision(base, one)).toBeNull();
    const now = { textSha256: 'h', attributions: [att({ status: 'RETRACTED', statusChangedAt: '2026-02-01T00:00:00.000Z' }), att({ id: 'attr-2', createdBy: 'ed2', createdAt: '2026-02-02T00:00:00.000Z' })] };
    const e = staleRevision(base, now)!;
    expect(e.code).toBe('CONFLICT');
    expect(e.details).toMatchObject({ reason: 'STALE_REVISION', currentRevision: revisionOf(now), baseRevision: base });
    expect((e.details.added as { id: string }[]).map((a) => a.id)).toEqual(['attr-2']);
    expect((e.details.retracted as { id: string }[]).map((a) => a.id)).toEqual(['attr-1']);
  });

  it('refuses a token it did not make', () => {
    expect(() => revisionTime('not-a-revision')).toThrow(/not a revision/);
  });
});

describe('actor lookup', () => {
  it('makes every typed word a required prefix, from two letters, with nothing Lucene could parse', () => {
    expect(lookupLucene('Mo')).toBe('+mo*');
    expect(lookupLucene('tat MOSK')).toBe('+tat* +mosk*');
    expect(lookupLucene('a')).toBeNull();
    expect(lookupLucene('"*) OR (')).toBe('+or*');
    expect(lookupLucene('(*')).toBeNull();
  });

  it('says which spelling the typed words fit', () => {
    const actor = { name: 'European Network of NHRIs', acronym: 'ENNHRI', aliases: ['ENRI', 'Network of Human Rights Institutions'] };
    expect(matchedSpelling(actor, 'euro net')).toEqual({ matched: 'European Network of NHRIs', matchedOn: 'name' });
    expect(matchedSpelling(actor, 'enn')).toEqual({ matched: 'ENNHRI', matchedOn: 'acronym' });
    expect(matchedSpelling(actor, 'human ri')).toEqual({ matched: 'Network of Human Rights Institutions', matchedOn: 'alias' });
  });
});

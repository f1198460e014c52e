import { DomainError } from '../../src/domain/errors';
import { NameListMatcher } from '../../src/extraction/speaker-matcher';
import { suggestFromText } from '../../src/extraction/suggest';
import { leftTodos } from '../../src/ingest/draft-todos';

const none = new NameListMatcher([]);

describe('extraction: bad input', () => {
  it('gives an empty text a clean, empty result', async () => {
    expect((await suggestFromText('   \n ', none)).suggestions).toEqual([]);
  });
  it('refuses a text over the cap with BAD_USER_INPUT naming the limit', async () => {
    const e = await suggestFromText('a'.repeat(200_001), none).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    expect((e as DomainError).message).toContain('at most 200,000 characters');
  });
  it('refuses binary garbage with BAD_USER_INPUT', async () => {
    const e = await suggestFromText('PK\u0003\u0004\u0000\u0000garbage\ufffd\ufffd', none).catch((x: unknown) => x);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    expect((e as DomainError).message).toContain('binary');
  });
  it('reads HTML as text, with offsets into the HTML as sent', async () => {
    const html = '<html><body><p>&ldquo;We will not back down,&rdquo; <b>Lena Varga</b> told reporters.</p></body></html>';
    const r = await suggestFromText(html, none);
    expect(r.fromHtml).toBe(true);
    expect(r.suggestions.map((s) => [s.speakerName, s.quote])).toEqual([['Lena Varga', 'We will not back down']]);
    for (const s of r.suggestions) expect(html.slice(s.start, s.end)).toBe(s.quote);
  });
});

describe('extraction: speaker matching', () => {
  const m = new NameListMatcher([{ id: 'p-v', name: 'Léna Varga', aliases: [] }, { id: 'p-o', name: 'Dmitry Orlov', aliases: ['Dmitri Orlov'] }]);
  it('gives an id only for a confident match, and candidates otherwise', async () => {
    const r = await suggestFromText('“We will not back down,” Lena Varga said. “No,” said Orlov, “we will not.”', m);
    expect(r.suggestions[0]).toMatchObject({ speakerId: 'p-v', candidates: [] });
    expect(m.match('Orlov', 'NAMED')).toEqual([{ id: 'p-o', name: 'Dmitry Orlov', score: 0.6 }]);
    expect(m.match('activists', 'GROUP')).toEqual([]);
  });
});

describe('import: a draft with TODOs left', () => {
  it('names every TODO with its file and place', () => {
    const doc = { source: { title: 'TODO: the article title' }, claims: [{ text: 'done' }, { text: 'TODO: claim' }] };
    expect(leftTodos(new Map([['a.yaml', doc]]))).toEqual([
      'a.yaml: source.title is still a TODO: "TODO: the article title"',
      'a.yaml: claims[1].text is still a TODO: "TODO: claim"',
    ]);
  });
});

import { randomUUID } from 'node:crypto';
import { MAX_BODY_BYTES, MAX_SOURCE_TEXT_CHARS } from '../../src/domain/inputs';
import { cypher, openHarness, serve, type Harness, type Served } from '../support/harness';

/**
 * Bad input to saveArticle over HTTP: broken JSON, a body over the size cap, an article text
 * over the text cap. Each gets a typed error and writes nothing. "Nothing" is counted on what
 * this file's saves could have created (its own tag, its own principal's Changes): the test
 * database is not reset and nothing in it is deleted.
 */
const KEY = 'desk-bad-input-key-01';
const PRINCIPAL = 'desk-bad-input';
const EDITOR = { authorization: `Bearer ${KEY}` };
const SAVE = 'mutation($i: SaveArticleInput!) { saveArticle(input: $i) { source { id } change { id } } }';

describe('saveArticle refuses bad input over HTTP and writes nothing', () => {
  let h: Harness;
  let s: Served;
  const tag = `badinput${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    // A first save on a test database compiles its plans: a loaded machine needs more than the default 15 s.
    h = await openHarness({ API_KEYS: `${PRINCIPAL}:editor:${KEY}`, DB_TX_TIMEOUT_MS: '60000' });
    s = await serve(h);
  });
  afterAll(async () => {
    await s?.close();
    await h?.close();
  });

  /** The speaker the first save creates; later saves name it (a second "Speaker <tag>" would be a suspected duplicate). */
  let speakerId: string | null = null;

  /** A valid article under this file's tag, with `text` as its text (one attribution on its first words). */
  function input(text: string) {
    const quote = text.slice(0, text.indexOf(' ', 10));
    const speaker = speakerId ? { speakerId } : { speakerRef: 'sp' };
    return {
      idempotencyKey: `${tag}-${randomUUID()}`,
      source: { title: `Bad input ${tag}`, text, kind: 'ARTICLE' },
      actors: speakerId ? [] : [{ ref: 'sp', kind: 'PERSON', name: `Speaker ${tag}`, aliases: [] }],
      claims: [{ ref: 'c', text: `Claim ${tag} ${randomUUID().slice(0, 8)}.` }],
      attributions: [{ ...speaker, start: 0, end: quote.length, quote, mode: 'PARAPHRASE', claimRef: 'c' }],
    };
  }

  /** Every node a save of this file could create carries the tag; its Change names this principal. */
  async function written() {
    const [r] = await cypher<{ tagged: number; changes: number }>(
      h,
      `RETURN COUNT { MATCH (n:Node) WHERE n.title CONTAINS $tag OR n.name CONTAINS $tag OR n.text CONTAINS $tag OR n.quote CONTAINS $tag } AS tagged,
              COUNT { MATCH (c:Change { by: $by }) } AS changes`,
      { tag, by: PRINCIPAL },
    );
    return { tagged: Number(r.tagged), changes: Number(r.changes) };
  }

  const post = (body: string) => fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...EDITOR }, body });

  it('a well-formed save of the same shape is written (so the counts below can tell)', async () => {
    const r = await s.gql(SAVE.replace('change { id }', 'change { id } actors { id }'), { i: input(`Speaker ${tag} said the ferry will run all winter.`) }, EDITOR);
    expect(r.errors).toBeUndefined();
    speakerId = r.data.saveArticle.actors[0].id;
    expect(await written()).toEqual({ tagged: 4, changes: 1 }); // source, actor, claim, attribution; one Change
  });

  it('broken JSON: 400 with a typed error, nothing written', async () => {
    const before = await written();
    const body = JSON.stringify({ query: SAVE, variables: { i: input(`Speaker ${tag} said the bridge is safe.`) } });
    const res = await post(body.slice(0, -7)); // cut off mid-object
    expect(res.status).toBe(400);
    const answer = (await res.json()) as { errors: { message: string; extensions: { code: string } }[]; data?: unknown };
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(answer.errors[0].message).toBe('The body is not valid JSON');
    expect(answer.data).toBeUndefined();
    expect(await written()).toEqual(before);
  });

  it('a body over the size cap: 413 naming the limit, nothing written', async () => {
    const before = await written();
    // Valid JSON of a real save, padded past the cap inside the article text.
    const text = `Speaker ${tag} said the tunnel is dry. ${'x'.repeat(MAX_BODY_BYTES)}`;
    const res = await post(JSON.stringify({ query: SAVE, variables: { i: input(text) } }));
    expect(res.status).toBe(413);
    const answer = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(answer.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(answer.errors[0].message).toBe(`The body is larger than the ${MAX_BODY_BYTES}-byte limit`);
    expect(await written()).toEqual(before);
  });

  it('an article text over the text cap: BAD_USER_INPUT at source.text, nothing written', async () => {
    const before = await written();
    const head = `Speaker ${tag} said the harbour wall will hold. `;
    const text = head + 'y'.repeat(MAX_SOURCE_TEXT_CHARS + 1 - head.length);
    expect(text.length).toBe(MAX_SOURCE_TEXT_CHARS + 1);
    const r = await s.gql(SAVE, { i: input(text) }, EDITOR);
    expect(r.status).toBe(200);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    const items = r.errors![0].extensions?.items as { path: string; code: string; message: string }[];
    expect(items).toEqual([expect.objectContaining({ path: 'source.text', code: 'BAD_USER_INPUT', message: expect.stringMatching(/at most 1,000,000 characters/) })]);
    expect(r.data?.saveArticle ?? null).toBeNull();
    expect(await written()).toEqual(before);
    // One character less is within the cap: the same save is accepted.
    const ok = await s.gql(SAVE, { i: input(text.slice(0, MAX_SOURCE_TEXT_CHARS)) }, EDITOR);
    expect(ok.errors).toBeUndefined();
    expect((await written()).changes).toBe(before.changes + 1);
  });
});

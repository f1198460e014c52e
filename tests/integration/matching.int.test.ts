import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadModel } from '../../src/matching/load-model';
import { modelPath, tokenizerPath } from '../../src/runtime/model-files';
import * as fx from '../support/fixtures';
import { cypher, seededServer, serve, silentLog, type Served } from '../support/harness';

const KEYS = fx.FIXTURE_KEYS;
const ADMIN = { authorization: 'Bearer fixture-admin-key-01' };

const SIMILAR = `query($text: String!, $first: Int, $minScore: Float, $sourceId: ID, $speakerId: ID) {
  similarClaims(text: $text, first: $first, minScore: $minScore) {
    claim { id text } score tier reasons verdicts reviews { ratingLabel }
    corroboration { attributionCount independentOriginCount }
    newReport(sourceId: $sourceId, speakerId: $speakerId) { independent reason joins { origin { id } } }
  }
}`;

const WITHDRAWAL = "Russia's Commissioner for Human Rights is withdrawing the Russian national human rights institution from the European Network of National Human Rights Institutions (ENNHRI).";

describe('claim matching (real Neo4j, real model)', () => {
  const t = seededServer({ API_KEYS: KEYS });
  beforeAll(async () => {
    // The seed's claims get their hashes and vectors, as the start-up backfill gives them.
    const r = await t.s.app.matching.vectors.backfill();
    expect(r.indexed).toBeGreaterThan(0);
  });

  const similar = (text: string, vars: Record<string, unknown> = {}) => t.s.gql(SIMILAR, { text, ...vars });

  it('runs hybrid: the model file loaded, every seed claim has a 384-dimension vector', async () => {
    expect(t.s.app.matching.mode).toBe('hybrid');
    const [row] = await cypher<{ claims: number; vectors: number; dims: number[] }>(
      t.h,
      'MATCH (c:Claim) OPTIONAL MATCH (v:ClaimVector {claimId: c.id}) RETURN count(c) AS claims, count(v.embedding) AS vectors, collect(DISTINCT size(v.embedding)) AS dims',
    );
    expect(Number(row.claims)).toBeGreaterThan(0);
    expect(Number(row.vectors)).toBe(Number(row.claims));
    expect(row.dims.map(Number)).toEqual([384]);
  });

  it('finds a claim from its own words in other case and punctuation: same normalised text, NEAR_CERTAIN', async () => {
    const r = await similar(`  ${WITHDRAWAL.toUpperCase().replace(/[().]/g, ' ').replace(/'/g, '’')}!`);
    expect(r.errors).toBeUndefined();
    expect(r.extensions).toMatchObject({ matching: 'hybrid' });
    const top = r.data.similarClaims[0];
    expect(top.claim.id).toBe('claim-moskalkova-withdrawal');
    expect(top.tier).toBe('NEAR_CERTAIN');
    expect(top.score).toBe(1);
    expect(top.reasons).toContain('same normalised text');
    expect(top.corroboration.attributionCount).toBeGreaterThan(0);
  });

  it('finds a paraphrase by meaning, and says which signals matched', async () => {
    const r = await similar('The Russian human rights ombudsman is pulling its national institution out of the European network ENNHRI.');
    const ids = r.data.similarClaims.map((m: { claim: { id: string } }) => m.claim.id);
    expect(ids[0]).toBe('claim-moskalkova-withdrawal');
    expect(r.data.similarClaims[0].reasons.some((x: string) => x.startsWith('close in meaning'))).toBe(true);
  });

  it('answers an unrelated sentence with an empty list, and lowers the bar only when minScore asks', async () => {
    const text = 'The bakery on the corner won a prize for its sourdough bread.';
    const r = await similar(text);
    expect(r.errors).toBeUndefined();
    expect(r.data.similarClaims).toEqual([]);
    const low = await similar(text, { minScore: 0, first: 3 });
    expect(low.data.similarClaims.length).toBe(3);
    expect(low.data.similarClaims.every((m: { tier: string }) => m.tier === 'SUGGESTED')).toBe(true);
  });

  it('never calls a negated or re-numbered version NEAR_CERTAIN, and says why', async () => {
    const negated = await similar(WITHDRAWAL.replace('is withdrawing', 'is not withdrawing'));
    const top = negated.data.similarClaims[0];
    expect(top.claim.id).toBe('claim-moskalkova-withdrawal');
    expect(top.tier).toBe('SUGGESTED');
    expect(top.reasons).toContain('but one is negated');
    const short = await similar('Russia leaves ENNHRI.');
    expect(short.data.similarClaims.every((m: { tier: string }) => m.tier !== 'NEAR_CERTAIN')).toBe(true);
  });

  it('embeds a new claim after its write commits, so it is matched at once; a reworded claim is re-embedded', async () => {
    const speaker = await fx.addActor(t.s, fx.uniqueTag('Speaker'));
    const text = 'The harbour authority of Lindholm confirmed that 412 cargo ships docked there during the storm season.';
    const source = await fx.addSource(t.s, `Report. ${text} End.`);
    const { claimId } = await fx.addClaim(t.s, text, [], { speakerId: speaker, sourceId: source, quote: text });
    const [v] = await cypher<{ text: string; dims: number }>(t.h, 'MATCH (v:ClaimVector {claimId: $id}) RETURN v.text AS text, size(v.embedding) AS dims', { id: claimId });
    expect(v).toEqual({ text, dims: 384 });
    const r = await similar('During the storm season 412 cargo ships docked in Lindholm, its harbour authority confirmed.', { sourceId: source, speakerId: speaker });
    expect(r.data.similarClaims[0].claim.id).toBe(claimId);
    // The same speaker saying it again is no new origin; an unrelated source and speaker is.
    expect(r.data.similarClaims[0].newReport.independent).toBe(false);
    const other = await similar(text, { sourceId: 'src-000-moskalkova-leaves-ennhri', speakerId: 'person-tatyana-moskalkova' });
    expect(other.data.similarClaims[0].newReport).toMatchObject({ independent: true, joins: null });

    const reworded = 'The harbour authority of Lindholm confirmed that 415 cargo ships docked there during the storm season.';
    await cypher(t.h, 'MATCH (c:Claim {id: $id}) SET c.text = $text', { id: claimId, text: reworded });
    const report = await t.s.app.matching.vectors.backfill();
    expect(report.indexed).toBe(1);
    const [after] = await cypher<{ text: string }>(t.h, 'MATCH (v:ClaimVector {claimId: $id}) RETURN v.text AS text', { id: claimId });
    expect(after.text).toBe(reworded);
    expect((await t.s.app.matching.vectors.backfill()).indexed).toBe(0);
  });

  it('lists the verdicts of a claim already checked', async () => {
    const review = await t.s.gql(
      'mutation { addReview(input: {claimId: "claim-moskalkova-withdrawal", reviewerId: "org-moscow-times", ratingLabel: "Unsupported", url: "https://factcheck.example.org/m", publishedAt: "2024-02-03"}) { review { id } } }',
      {},
      ADMIN,
    );
    expect(review.errors).toBeUndefined();
    const r = await similar(WITHDRAWAL);
    const top = r.data.similarClaims[0];
    expect(top.reviews).toEqual([{ ratingLabel: 'Unsupported' }]);
    expect(top.verdicts[0]).toMatch(/^already checked: Unsupported, by .+, on 2024-02-03$/);
  });

  it('Claim.similar leaves out the claim itself', async () => {
    const r = await t.s.gql('{ node(id: "claim-coe-crackdown-key-feature") { ... on Claim { similar(first: 5) { claim { id } score } } } }');
    expect(r.errors).toBeUndefined();
    const ids = r.data.node.similar.map((m: { claim: { id: string } }) => m.claim.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain('claim-coe-crackdown-key-feature');
  });

  it.each([
    ['empty text', { text: '   ' }, /must not be empty/],
    ['text over the cap', { text: 'x'.repeat(5001) }, /at most 5,000/],
    ['minScore outside 0..1', { text: 'anything at all', minScore: 2 }, /minScore/],
    ['first over the page-size cap', { text: 'anything at all', first: 1000 }, /first|at most/],
  ])('refuses %s with BAD_USER_INPUT', async (_, vars, message) => {
    const r = await t.s.gql(SIMILAR, vars);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(message);
  });

  describe('without the model', () => {
    let lexical: Served;
    beforeAll(async () => {
      lexical = await serve(t.h);
    });
    afterAll(() => lexical.close());

    it('a corrupt model file loads as "no model", with the reason, and never throws', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bad-model-'));
      try {
        fs.writeFileSync(path.join(dir, 'bad.onnx'), 'not an onnx model');
        const m = await loadModel(path.join(dir, 'bad.onnx'), tokenizerPath());
        expect(m.embedder).toBeNull();
        expect(m.problem).toMatch(/failed to load/);
        const missing = await loadModel(path.join(dir, 'absent.onnx'), tokenizerPath());
        expect(missing.problem).toMatch(/missing/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      expect(fs.existsSync(modelPath())).toBe(true);
    });

    it('answers lexical-only from BM25 and the exact hash, and says so in extensions.matching', async () => {
      const { createApp } = await import('../../src/api/http/app');
      const app = await createApp({ config: t.h.config, log: silentLog, executor: t.h.executor, catalogue: t.h.catalogue, embedder: null });
      expect(app.matching.mode).toBe('lexical-only');
      const http = await import('node:http');
      const server = http.createServer(app.listener);
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      try {
        const port = (server.address() as { port: number }).port;
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: SIMILAR, variables: { text: WITHDRAWAL } }),
        });
        const body = (await res.json()) as { data: any; extensions: Record<string, unknown>; errors?: unknown };
        expect(body.errors).toBeUndefined();
        expect(body.extensions.matching).toBe('lexical-only');
        expect(body.data.similarClaims[0].claim.id).toBe('claim-moskalkova-withdrawal');
        expect(body.data.similarClaims[0].reasons).toContain('same normalised text');
      } finally {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
        await app.stop();
      }
      // The served app with the model still says hybrid.
      const hybrid = await lexical.gql(SIMILAR, { text: WITHDRAWAL });
      expect(hybrid.extensions).toMatchObject({ matching: 'hybrid' });
    });
  });
});

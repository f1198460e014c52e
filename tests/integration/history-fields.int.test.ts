import { FIXTURE_KEYS, addActor, uniqueTag, write } from '../support/fixtures';
import { seededServer } from '../support/harness';

const HISTORY = `query($id: ID!) { history(id: $id) { operation fields { nodeId field before after } } }`;

describe('history: every Change shows each changed field before and after', () => {
  const t = seededServer({ API_KEYS: FIXTURE_KEYS });
  const history = async (id: string) => ((await t.s.gql(HISTORY, { id })).data as any).history as { operation: string; fields: { nodeId: string; field: string; before: unknown; after: unknown }[] }[];

  it('a mutation: updateActor records the old and the new description', async () => {
    const id = await addActor(t.s, `Historian ${uniqueTag('p')}`);
    await write(t.s, 'mutation($i: UpdateActorInput!) { updateActor(input: $i) { actor { id } } }', { id, description: 'First description' });
    await write(t.s, 'mutation($i: UpdateActorInput!) { updateActor(input: $i) { actor { id } } }', { id, description: 'Second description' });
    const h = await history(id);
    expect(h.map((c) => c.operation)).toEqual(['addActor', 'updateActor', 'updateActor']);
    expect(h[0].fields).toContainEqual({ nodeId: id, field: 'name', before: null, after: expect.stringMatching(/^Historian /) });
    expect(h[1].fields).toEqual([{ nodeId: id, field: 'description', before: null, after: 'First description' }]);
    expect(h[2].fields).toEqual([{ nodeId: id, field: 'description', before: 'First description', after: 'Second description' }]);
  });

  it('a merge: the survivor gains aliases, the merged actor becomes a merged one pointing at it', async () => {
    const survivor = await addActor(t.s, `Survivor ${uniqueTag('p')}`);
    const mergedName = `Duplicate ${uniqueTag('p')}`;
    const merged = await addActor(t.s, mergedName);
    await write(t.s, 'mutation($i: MergeActorsInput!) { mergeActors(input: $i) { actor { id } } }', { survivorId: survivor, mergedId: merged });
    const [, change] = await history(survivor);
    expect(change.operation).toBe('mergeActors');
    expect(change.fields).toContainEqual({ nodeId: survivor, field: 'aliases', before: [], after: [mergedName] });
    expect(change.fields).toContainEqual({ nodeId: merged, field: 'mergedInto', before: null, after: survivor });
    expect(change.fields).toContainEqual({ nodeId: merged, field: 'labels', before: ['Actor', 'Person'], after: ['MergedActor'] });
  });

  it('a link: setAbout records the aboutIds before and after', async () => {
    const a = await addActor(t.s, `Topic ${uniqueTag('p')}`);
    const claimId = 'claim-moskalkova-withdrawal';
    const before = ((await t.s.gql(`{ node(id: "${claimId}") { ... on Claim { about { ... on Node { id } } } } }`)).data as any).node.about.map((x: { id: string }) => x.id);
    await write(t.s, 'mutation($i: SetAboutInput!) { setAbout(input: $i) { claim { id } } }', { claimId, aboutIds: [...before, a] });
    const h = await history(claimId);
    const last = h[h.length - 1];
    expect(last.operation).toBe('setAbout');
    expect(last.fields).toEqual([{ nodeId: claimId, field: 'aboutIds', before: expect.arrayContaining(before), after: expect.arrayContaining([...before, a]) }]);
  });
});

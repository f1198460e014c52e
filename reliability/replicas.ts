import { credentialsOf, startPrivateNeo4j, startService, EDITOR_KEY, type PrivateNeo4j, type ServiceChild } from './service-process';
import type { PartOptions, PartResult } from './types';
import { gql, send, Tally, type Answer } from './workload';

const ADD = 'mutation($i: AddActorInput!) { addActor(input: $i) { actor { id name } change { id } } }';
const NODE = 'query($id: ID!) { node(id: $id) { id ... on Actor { name } } history(id: $id) { id } }';
const PAGE = 'query($after: String) { search(query: "rights", first: 5, after: $after) { edges { node { id } } pageInfo { endCursor } } }';
const EDITOR = { authorization: `Bearer ${EDITOR_KEY}` };

interface Counts {
  writes: number;
  withBookmark: number;
  readsSeen: number;
  reads: number;
  replayed: number;
  replays: number;
}

/** One client: writes through one replica, reads its write through the other with the bookmark, and retries a keyed write across them. */
async function client(replicas: [string, string], id: number, deadline: number, counts: Counts, tally: Tally): Promise<void> {
  for (let i = 0; Date.now() < deadline; i++) {
    const [writeTo, readFrom] = i % 2 ? replicas : [replicas[1], replicas[0]];
    const name = `Replica client ${id} write ${i} ${process.pid}`;
    const keyed = i % 5 === 0;
    const headers = keyed ? { ...EDITOR, 'idempotency-key': `replica-${name}` } : EDITOR;
    const started = performance.now();
    const wrote: Answer = await send(tally, 'write', writeTo, ADD, { i: { kind: 'PERSON', name } }, headers);
    tally.record('write', performance.now() - started, wrote);
    const actor = wrote.data?.addActor?.actor;
    if (!actor) continue;
    counts.writes += 1;
    const bookmark = wrote.extensions?.bookmark;
    if (bookmark) counts.withBookmark += 1;
    const t1 = performance.now();
    const read = await gql(readFrom, NODE, { id: actor.id }, bookmark ? { 'neo4j-bookmark': bookmark } : {});
    tally.record('read', performance.now() - t1, read);
    counts.reads += 1;
    if (read.data?.node?.name === name && read.data.history?.[0]?.id === wrote.data.addActor.change.id) counts.readsSeen += 1;
    if (keyed) {
      // The same key through the other replica: the record is in Neo4j, so it replays the first result.
      const again = await send(tally, 'write', readFrom, ADD, { i: { kind: 'PERSON', name } }, headers);
      tally.record('write', performance.now() - t1, again);
      counts.replays += 1;
      if (again.data?.addActor?.actor.id === actor.id && again.data.addActor.change.id === wrote.data.addActor.change.id) counts.replayed += 1;
    }
  }
}

/** Pages of one search, the first through one replica and the next through the other, equal one page through one. */
async function cursorsAcrossReplicas([a, b]: [string, string]): Promise<boolean> {
  const first = await gql(a, PAGE, {});
  const second = await gql(b, PAGE, { after: first.data?.search.pageInfo.endCursor });
  const both = await gql(a, PAGE.replace('first: 5', 'first: 10'), {});
  const ids = (x: Answer) => (x.data?.search.edges ?? []).map((e: { node: { id: string } }) => e.node.id);
  return ids(both).length > 5 && JSON.stringify([...ids(first), ...ids(second)]) === JSON.stringify(ids(both));
}

/** Replicas: two service processes on one Neo4j; every client reads its own writes across them. */
export async function run(opts: PartOptions): Promise<PartResult> {
  const clients = opts.long ? 20 : 5;
  const durationMs = opts.long ? 30_000 : 8_000;
  let db: PrivateNeo4j | undefined;
  const services: ServiceChild[] = [];
  try {
    const uri = opts.uri ?? (db = await startPrivateNeo4j(opts.log)).uri;
    const credentials = credentialsOf(db);
    // One at a time: the first seeds the empty database.
    services.push(await startService(uri, opts.log, {}, credentials));
    services.push(await startService(uri, opts.log, {}, credentials));
    const urls: [string, string] = [services[0].url, services[1].url];
    const counts: Counts = { writes: 0, withBookmark: 0, readsSeen: 0, reads: 0, replayed: 0, replays: 0 };
    const tally = new Tally();
    const deadline = Date.now() + durationMs;
    const started = performance.now();
    await Promise.all(Array.from({ length: clients }, (_, i) => client(urls, i, deadline, counts, tally)));
    const seconds = (performance.now() - started) / 1000;
    const cursorsOk = await cursorsAcrossReplicas(urls);
    const failures = [
      ...(counts.writes === 0 ? ['no write succeeded'] : []),
      ...(counts.withBookmark < counts.writes ? [`${counts.writes - counts.withBookmark} writes came back without a bookmark`] : []),
      ...(counts.readsSeen < counts.reads ? [`${counts.reads - counts.readsSeen} reads through the other replica did not see their own write`] : []),
      ...(counts.replayed < counts.replays ? [`${counts.replays - counts.replayed} keyed retries through the other replica were not replays`] : []),
      ...(tally.leakedCount ? [`${tally.leakedCount} errors leaked: ${tally.leaked.join(' | ')}`] : []),
      ...(cursorsOk ? [] : ['a search cursor from one replica did not continue the same order on the other']),
    ];
    const lat = tally.summary();
    return {
      title: 'Replicas',
      command: 'npm run reliability -- --only replicas',
      figures: {
        'service processes / clients / duration (s)': `2 / ${clients} / ${seconds.toFixed(1)}`,
        'writes (each through one replica) / with extensions.bookmark': `${counts.writes} / ${counts.withBookmark}`,
        'reads through the other replica with Neo4j-Bookmark / that saw the write and its Change': `${counts.reads} / ${counts.readsSeen}`,
        'keyed retries through the other replica / replayed the first result': `${counts.replays} / ${counts.replayed}`,
        'search pages split across replicas equal one page': cursorsOk ? 'yes' : 'no',
        'requests/s across both / p50 / p99 (ms)': `${(tally.ops / seconds).toFixed(1)} / ${lat.p50.toFixed(1)} / ${lat.p99.toFixed(1)}`,
        'leaked errors': tally.leakedCount,
      },
      failures,
      notes:
        'Replicas are stateless: API keys come from the environment (the same on each), idempotency records are ' +
        '`IdempotencyKey` nodes written in the mutation\'s own transaction, history is `Change` nodes, cursors carry their ' +
        'own offset and anchor, and DataLoaders live for one request. On one Neo4j every read sees every committed write ' +
        'anyway; the bookmark matters on a cluster, where a follower may lag (see docs/operations.md, "Running at scale").',
    };
  } finally {
    for (const s of services) await s.stop();
    await db?.stop();
  }
}

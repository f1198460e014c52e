import { newStats, writer, type WriterStats } from './faults-mutations';
import { ServiceProcess, sleep, type GqlAnswer } from './faults-service';
import { EMBEDDED_USER } from '../src/graph/embedded-files';
import { TcpProxy } from './tcp-proxy';

/**
 * A second service reaches the database through a TCP proxy that cuts its connections,
 * refuses new ones for a while, and delays every chunk, while writers keep writing.
 */
export interface ProxyOptions {
  /** The embedded database's password (auth is always on). */
  password: string;
  boltPort: number;
  servicePort: number;
  txTimeoutMs: number;
  /** Outages: each cuts every connection and refuses new ones for refuseMs (0: cut only). */
  outages: { refuseMs: number }[];
  latencyMs: number;
  latencyForMs: number;
  clients: number;
  random: () => number;
  log: (l: string) => void;
}

export interface ProxyResult {
  /** Requests sent while the proxy refused connections, and how they were answered. */
  probes: number;
  probesUnavailable: number;
  probeMaxMs: number;
  /** After each outage ends: ms until /readyz 200 and a read answers. */
  recoveryMs: number[];
  /** With latency added: requests answered, and how. */
  slowed: { ok: number; byCode: Record<string, number>; maxMs: number };
  stats: WriterStats;
  proxied: { accepted: number; refused: number };
}

const READ = '{ search(query: "Faults", kinds: [CLAIM], first: 3) { edges { node { id } } } }';
const PROBE_WRITE = 'mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } } }';

/** What a probe got: the error code, or OK. */
const outcome = (a: GqlAnswer) => (a.data && !a.errors ? 'OK' : (a.errors?.[0]?.extensions?.code ?? `HTTP_${a.status}`));

async function untilServing(svc: ServiceProcess, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if ((await svc.readyz()) === 200 && outcome(await svc.gql(READ)) === 'OK') return;
    if (Date.now() > deadline) throw new Error(`the service behind the proxy did not recover within ${deadlineMs} ms`);
    await sleep(25);
  }
}

export async function proxyFaults(o: ProxyOptions): Promise<ProxyResult> {
  const proxy = new TcpProxy(o.boltPort);
  const proxyPort = await proxy.listen();
  const svc = new ServiceProcess(o.servicePort, {
    NEO4J_URI: `bolt://127.0.0.1:${proxyPort}`,
    // The embedded database behind the proxy has auth on: the second service logs in like any client.
    NEO4J_USERNAME: EMBEDDED_USER,
    NEO4J_PASSWORD: o.password,
    SEED_ON_EMPTY: 'false',
    DB_TX_TIMEOUT_MS: String(o.txTimeoutMs),
  });
  const result: ProxyResult = { probes: 0, probesUnavailable: 0, probeMaxMs: 0, recoveryMs: [], slowed: { ok: 0, byCode: {}, maxMs: 0 }, stats: newStats(), proxied: { accepted: 0, refused: 0 } };
  let stop = false;
  let writers: Promise<void>[] = [];
  try {
    await svc.start();
    writers = Array.from({ length: o.clients }, (_, c) => writer(svc, result.stats, `proxy${c}`, 1, () => stop));
    for (const [n, outage] of o.outages.entries()) {
      await sleep(500 + 1500 * o.random());
      proxy.refuse(outage.refuseMs > 0);
      const cut = proxy.cut();
      const until = Date.now() + outage.refuseMs;
      // While refused: a read and a write at a time, each must be refused fast.
      // The proxy is restored only after the last probe has its answer, so every probe meets the outage.
      for (let i = 0; Date.now() < until; i++) {
        const a = i % 2 === 0 ? await svc.gql(READ) : await svc.gql(PROBE_WRITE, { i: { kind: 'PERSON', name: `Faults probe ${n}-${i}` } }, true);
        result.probes += 1;
        if (outcome(a) === 'UNAVAILABLE') result.probesUnavailable += 1;
        else result.stats.unexpected.push(`during an outage: ${outcome(a)} ${a.errors?.[0]?.message ?? ''}`.slice(0, 300));
        result.probeMaxMs = Math.max(result.probeMaxMs, a.ms);
      }
      proxy.refuse(false);
      const restored = Date.now();
      await untilServing(svc, 180_000);
      result.recoveryMs.push(Date.now() - restored);
      o.log(`    outage ${n + 1}: cut ${cut} sockets, refused for ${outage.refuseMs} ms; serving again ${Date.now() - restored} ms after restore`);
    }
    proxy.latencyMs = o.latencyMs;
    const slowUntil = Date.now() + o.latencyForMs;
    while (Date.now() < slowUntil) {
      const a = await svc.gql(READ);
      const code = outcome(a);
      if (code === 'OK') result.slowed.ok += 1;
      else result.slowed.byCode[code] = (result.slowed.byCode[code] ?? 0) + 1;
      result.slowed.maxMs = Math.max(result.slowed.maxMs, a.ms);
    }
    o.log(`    latency ${o.latencyMs} ms per chunk for ${o.latencyForMs} ms: ${result.slowed.ok} reads answered, slowest ${result.slowed.maxMs} ms`);
  } finally {
    proxy.latencyMs = 0;
    stop = true;
    await Promise.all(writers);
    result.proxied = { accepted: proxy.accepted, refused: proxy.refused };
    await svc.stop();
    await proxy.close();
  }
  return result;
}

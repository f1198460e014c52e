import type { QueryName } from './queries';
import { QUERY_TITLES } from './queries';
import type { SystemName } from './systems';

export interface SystemFigures {
  /** Requests per second: the median of the rounds' windows. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** Cypher statements sent per request, counted at the driver. */
  roundTrips: number;
  /** CPU time of the system's Node process per request served (user + system). */
  cpuMsPerRequest: number;
  /** Requests still running when a window ended (abandoned by the load generator, awaited before the next window). */
  unfinished: number;
  /** Longest wait for those to finish. */
  drainMs: number;
  /** Peak resident set size of the system's process during its windows. */
  rssMb: number;
  eventLoopDelayMs: { mean: number; p99: number };
  requests: number;
  errors: number;
  roundsThroughput: number[];
}

export type QueryFigures = Record<SystemName, SystemFigures> & {
  title: string;
  ratios: { throughputVsRaw: number; throughputVsNeo4jGraphql: number; p95OverheadVsRawMs: number };
};

export interface Target {
  name: string;
  goal: string;
  value: string;
  met: boolean;
}

export interface BenchResult {
  scale: string;
  quick: boolean;
  startedAt: string;
  seconds: number;
  machine: Record<string, unknown>;
  method: Record<string, unknown>;
  graph: Record<string, unknown>;
  queries: Partial<Record<QueryName, QueryFigures>>;
  overall: Record<SystemName, { throughputGeomean: number; p95Median: number; rssMb: number; eventLoopDelayP99Ms: number }>;
  ratios: { throughputVsRaw: number; throughputVsNeo4jGraphql: number; ingestVsRaw: number | null };
  /** Per-query p95 latency of each system, and ClaimGraph's overhead over raw. */
  p95s: Partial<Record<QueryName, { claimgraph: number; neo4jGraphql: number; raw: number; overheadVsRawMs: number }>>;
  /** Engine variants measured in the same run (`--variants`): the paired before/after. */
  variants: Record<string, { queries: Record<string, SystemFigures>; defaultVsVariantGeomean: number; throughputVsRawGeomean: number }>;
  ingest: { bulk: { rowsPerSec: number; runs: number[] }; raw: { rowsPerSec: number; runs: number[] }; rows: number } | null;
  targets: Target[];
  checks: string[];
}

const SYSTEM_LABELS: Record<SystemName, string> = { claimgraph: 'ClaimGraph', neo4jGraphql: '@neo4j/graphql 7', raw: 'raw Cypher (floor)' };
const COLOURS: Record<SystemName, string> = { claimgraph: '#1f77b4', neo4jGraphql: '#ff7f0e', raw: '#7f7f7f' };

const f0 = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-GB') : '–');
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');

/** The results as Markdown: per-query table, overall ratios, targets, ingest. */
export function markdownReport(r: BenchResult): string {
  const lines: string[] = [];
  lines.push(`Scale **${r.scale}**${r.quick ? ' (quick)' : ''}, ${r.startedAt}, ${Math.round(r.seconds)} s. ` +
    `${r.method.connections} connections, ${r.method.rounds} rounds × ${Number(r.method.durationMs) / 1000} s per query and system, interleaved.`);
  lines.push('');
  lines.push('| query | system | req/s | p50 ms | p95 ms | p99 ms | Cypher/req | Node CPU ms/req | RSS MB | loop delay p99 ms | unfinished | vs raw | vs @neo4j/graphql |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [q, fig] of Object.entries(r.queries) as [QueryName, QueryFigures][]) {
    for (const s of ['claimgraph', 'neo4jGraphql', 'raw'] as SystemName[]) {
      const x = fig[s];
      const ratios = s === 'claimgraph' ? `${f2(fig.ratios.throughputVsRaw)}× | ${f2(fig.ratios.throughputVsNeo4jGraphql)}×` : ' | ';
      lines.push(`| ${s === 'claimgraph' ? `${q} ${fig.title}` : ''} | ${SYSTEM_LABELS[s]} | ${f0(x.throughput)} | ${f1(x.p50)} | ${f1(x.p95)} | ${f1(x.p99)} | ${f1(x.roundTrips)} | ${f2(x.cpuMsPerRequest)} | ${f0(x.rssMb)} | ${f1(x.eventLoopDelayMs.p99)} | ${x.unfinished} | ${ratios} |`);
    }
  }
  lines.push('');
  lines.push(`Geometric mean over Q1–Q7 of ClaimGraph's throughput: **${f2(r.ratios.throughputVsRaw)}× raw**, **${f2(r.ratios.throughputVsNeo4jGraphql)}× @neo4j/graphql**` +
    (r.ratios.ingestVsRaw === null ? '.' : `; ingest **${f2(r.ratios.ingestVsRaw)}× raw UNWIND**.`));
  if (r.ingest) {
    lines.push('');
    lines.push(`Ingest of ${f0(r.ingest.rows)} rows: bulk path ${f0(r.ingest.bulk.rowsPerSec)} rows/s (runs ${r.ingest.bulk.runs.map(f0).join(', ')}), ` +
      `raw UNWIND ${f0(r.ingest.raw.rowsPerSec)} rows/s (runs ${r.ingest.raw.runs.map(f0).join(', ')}).`);
  }
  const variants = Object.entries(r.variants ?? {});
  if (variants.length > 0) {
    lines.push('');
    lines.push(`Paired engines (same run): ClaimGraph's default engine against each variant.`);
    lines.push('');
    lines.push(`| query | default req/s | default CPU ms/req | default p95 ms | ${variants.map(([v]) => `${v} req/s | CPU ms/req | p95 ms | default ÷ it`).join(' | ')} |`);
    lines.push(`|---|---:|---:|---:|${variants.map(() => '---:|---:|---:|---:|').join('')}`);
    for (const [q, fig] of Object.entries(r.queries) as [QueryName, QueryFigures][]) {
      const d = fig.claimgraph;
      const cells = variants.map(([, v]) => { const x = v.queries[q]; return `${f0(x.throughput)} | ${f2(x.cpuMsPerRequest)} | ${f1(x.p95)} | ${f2(d.throughput / x.throughput)}×`; });
      lines.push(`| ${q} | ${f0(d.throughput)} | ${f2(d.cpuMsPerRequest)} | ${f1(d.p95)} | ${cells.join(' | ')} |`);
    }
    lines.push('');
    for (const [v, x] of variants) lines.push(`- ${v}: default ÷ it **${f2(x.defaultVsVariantGeomean)}×** (geomean Q1–Q7); it ran at ${f2(x.throughputVsRawGeomean)}× raw.`);
  }
  lines.push('');
  lines.push('| target | goal | measured | met |');
  lines.push('|---|---|---|---|');
  for (const t of r.targets) lines.push(`| ${t.name} | ${t.goal} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`);
  if (r.checks.length > 0) {
    lines.push('');
    lines.push('Result checks:');
    for (const c of r.checks) lines.push(`- ${c}`);
  }
  return lines.join('\n');
}

/** Grouped bars of throughput per query per system, on a log scale (the queries span orders of magnitude). */
export function throughputSvg(r: BenchResult): string {
  const queries = Object.keys(r.queries) as QueryName[];
  const systems: SystemName[] = ['claimgraph', 'neo4jGraphql', 'raw'];
  const W = 860, H = 400, left = 64, right = 16, top = 48, bottom = 70;
  const values = queries.flatMap((q) => systems.map((s) => r.queries[q]![s].throughput)).filter((v) => v > 0);
  const lo = Math.pow(10, Math.floor(Math.log10(Math.max(0.1, Math.min(...values)))));
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...values))));
  const y = (v: number) => top + (H - top - bottom) * (1 - (Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)));
  const groupW = (W - left - right) / queries.length;
  const barW = (groupW * 0.8) / systems.length;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`);
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  out.push(`<text x="${W / 2}" y="18" text-anchor="middle" font-size="14">Throughput per query (requests/s, log scale) — scale ${r.scale}${r.quick ? ' quick' : ''}, ${r.method.connections} connections</text>`);
  for (let v = lo; v <= hi * 1.0001; v *= 10) {
    out.push(`<line x1="${left}" x2="${W - right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`);
    out.push(`<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${v >= 1 ? v.toLocaleString('en-GB') : v}</text>`);
  }
  queries.forEach((q, qi) => {
    const x0 = left + qi * groupW + groupW * 0.1;
    systems.forEach((s, si) => {
      const v = r.queries[q]![s].throughput;
      const x = x0 + si * barW;
      out.push(`<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(H - bottom - y(v)).toFixed(1)}" fill="${COLOURS[s]}"><title>${q} ${SYSTEM_LABELS[s]}: ${f0(v)} req/s</title></rect>`);
      out.push(`<text x="${(x + barW / 2 - 1).toFixed(1)}" y="${(y(v) - 3).toFixed(1)}" text-anchor="middle" font-size="9">${f0(v)}</text>`);
    });
    out.push(`<text x="${(x0 + groupW * 0.4).toFixed(1)}" y="${H - bottom + 16}" text-anchor="middle" font-weight="bold">${q}</text>`);
    out.push(`<text x="${(x0 + groupW * 0.4).toFixed(1)}" y="${H - bottom + 30}" text-anchor="middle" font-size="9">${escapeXml(shortTitle(QUERY_TITLES[q]))}</text>`);
  });
  systems.forEach((s, si) => {
    const x = left + si * 180;
    out.push(`<rect x="${x}" y="${H - 22}" width="12" height="12" fill="${COLOURS[s]}"/><text x="${x + 16}" y="${H - 12}">${escapeXml(SYSTEM_LABELS[s])}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

const shortTitle = (t: string) => (t.length > 22 ? `${t.slice(0, 21)}…` : t);
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

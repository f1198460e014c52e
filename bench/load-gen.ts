import autocannon from 'autocannon';

/** What one measurement window of one query on one system produced. */
export interface Window {
  /** Successful requests (2xx without GraphQL errors). */
  requests: number;
  seconds: number;
  errors: number;
  /** Per-request latencies in ms. */
  latencies: number[];
}

/**
 * Fixed concurrency for a fixed time: `connections` keep-alive connections, each sending
 * its next request as soon as the previous one answered (closed loop), cycling through
 * the prepared bodies. Latencies are recorded per response (autocannon's own histogram
 * has no p95), non-2xx answers and socket errors count as errors.
 */
export async function measure(url: string, path: string, bodies: string[], connections: number, durationMs: number): Promise<Window> {
  const latencies: number[] = [];
  const requests = bodies.map((body) => ({ method: 'POST' as const, path, body, headers: { 'content-type': 'application/json' } }));
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: durationMs / 1000,
        requests,
        // A slow request must not be dropped from the figures: allow far more than any window.
        timeout: 60,
        // A GraphQL error (a database timeout, say) comes back as HTTP 200: count it as a failure.
        verifyBody: (body) => {
          const text = String(body ?? '');
          return !text.startsWith('{"errors"') && !text.includes('"errors":[{');
        },
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
    });
  });
  const seconds = result.duration;
  const failed = result.non2xx + result.mismatches;
  return { requests: result.requests.total - failed, seconds, errors: result.errors + result.timeouts + failed, latencies };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export const median = (xs: number[]): number => percentile([...xs].sort((a, b) => a - b), 50);

export const geomean = (xs: number[]): number => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);

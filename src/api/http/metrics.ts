import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { RequestHandler } from 'express';
import type { Executor } from '../../graph/Executor';

const ms = (ns: number) => Math.round(ns / 1e4) / 100;

/**
 * GET /metrics: the process's own figures as JSON, for the soak test and an operator's
 * dashboard — memory, event-loop delay since start, and Cypher statements sent.
 */
export function metricsEndpoint(executor: Executor): { handler: RequestHandler; stop(): void } {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const handler: RequestHandler = (_req, res) => {
    const mem = process.memoryUsage();
    res.json({
      pid: process.pid,
      uptimeS: Math.round(process.uptime()),
      rssBytes: mem.rss,
      heapUsedBytes: mem.heapUsed,
      eventLoopDelayMs: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max), samples: loop.count },
      statementsSent: executor.statementsSent,
    });
  };
  return { handler, stop: () => loop.disable() };
}

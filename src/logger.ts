import pino, { type Logger } from 'pino';

/** Structured JSON logs; API keys and authorization headers are redacted wherever they appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: ['req.headers.authorization', 'authorization', '*.authorization', 'apiKey', '*.apiKey', 'key'], censor: '[redacted]' },
    base: { service: 'claimgraph' },
  });
}

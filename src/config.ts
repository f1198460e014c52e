import { z } from 'zod';
import { ApiKeys } from './domain/auth';

/** Every setting the service reads from the environment, validated once at start-up. */
export interface Config {
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  neo4j: {
    /** Unset means: launch the embedded Neo4j. */
    uri?: string;
    username: string;
    password: string;
    database: string;
    embeddedPort: number;
    embeddedHome: string;
    embeddedHeap: string;
  };
  txTimeoutMs: number;
  /** The write queue in front of the database (graph/writes/admission.ts). */
  writeAdmission: { concurrency: number; queue: number; maxWaitMs: number; maxQueuedMs?: number };
  maxPageSize: number;
  /** The most objects one operation's answer may hold (see api/limits/cost.ts). */
  maxQueryCost: number;
  /** A serialised answer larger than this is replaced by a RESPONSE_TOO_LARGE error. */
  maxResponseBytes: number;
  introspection: boolean;
  readRequiresKey: boolean;
  apiKeys: string;
  seedOnEmpty: boolean;
  /** Public names the service answers besides local ones (against DNS rebinding). */
  allowedHosts: string[];
  /** Origins of UIs hosted elsewhere that may call the API from a browser. */
  corsOrigins: string[];
}

const list = (v: string): string[] => v.split(',').map((s) => s.trim()).filter(Boolean);

const bool = (name: string) =>
  z.enum(['true', 'false', '1', '0'], { message: `${name} must be true or false` }).transform((v) => v === 'true' || v === '1');

const int = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { message: `${name} must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { message: `${name} must be a whole number from ${min} to ${max}` });

const envSchema = z.object({
  PORT: int('PORT', 0, 65535).default(4000),
  HOST: z.string().min(1, 'HOST must not be empty').default('127.0.0.1'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, {
      message: 'NEO4J_URI must be a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI',
    })
    .optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.\-]{0,62}$/, { message: 'NEO4J_DATABASE must be a database name like neo4j' }).default('neo4j'),
  NEO4J_EMBEDDED_PORT: int('NEO4J_EMBEDDED_PORT', 1, 65535).default(7687),
  NEO4J_EMBEDDED_HOME: z.string().min(1).default('.data/neo4j'),
  NEO4J_EMBEDDED_HEAP: z.string().regex(/^\d+[mg]$/, { message: 'NEO4J_EMBEDDED_HEAP must look like 512m or 1g' }).default('1g'),
  DB_TX_TIMEOUT_MS: int('DB_TX_TIMEOUT_MS', 100, 600000).default(15000),
  WRITE_CONCURRENCY: int('WRITE_CONCURRENCY', 1, 64).default(8),
  WRITE_QUEUE: int('WRITE_QUEUE', 0, 10_000).default(64),
  WRITE_QUEUE_WAIT_MS: int('WRITE_QUEUE_WAIT_MS', 1, 600000).default(5000),
  WRITE_QUEUE_MAX_MS: int('WRITE_QUEUE_MAX_MS', 1, 600000).optional(),
  MAX_PAGE_SIZE: int('MAX_PAGE_SIZE', 1, 1000).default(100),
  MAX_QUERY_COST: int('MAX_QUERY_COST', 100, 10_000_000).default(25000),
  MAX_RESPONSE_BYTES: int('MAX_RESPONSE_BYTES', 10_000, 1_000_000_000).default(16 * 1024 * 1024),
  INTROSPECTION: bool('INTROSPECTION').default(true),
  READ_REQUIRES_KEY: bool('READ_REQUIRES_KEY').default(false),
  API_KEYS: z
    .string()
    .default('')
    .superRefine((spec, ctx) => {
      try {
        new ApiKeys(spec);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: (e as Error).message });
      }
    }),
  SEED_ON_EMPTY: bool('SEED_ON_EMPTY').default(true),
  ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform(list)
    .refine((names) => names.every((n) => /^\.?[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?$/i.test(n) || /^\[[0-9a-f:.]+\]$/i.test(n)), {
      message: 'ALLOWED_HOSTS must be comma-separated host names without scheme or port, e.g. claims.example.org,.example.org',
    }),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform(list)
    .refine((origins) => origins.every((o) => /^https?:\/\/[^/\s]+$/i.test(o)), {
      message: 'CORS_ORIGINS must be comma-separated origins such as https://ui.example.org (scheme, host and port; no path)',
    }),
});

const SECRET_VARIABLES = new Set(['API_KEYS', 'NEO4J_PASSWORD']);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    // One line, so a log shipper or a terminal shows the whole reason at once.
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(blanksRemoved);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0]);
        // Secrets are named, never echoed.
        const shown = SECRET_VARIABLES.has(name) ? '' : ` (got ${JSON.stringify(blanksRemoved[name])})`;
        return `${name}: ${i.message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      embeddedPort: e.NEO4J_EMBEDDED_PORT,
      embeddedHome: e.NEO4J_EMBEDDED_HOME,
      embeddedHeap: e.NEO4J_EMBEDDED_HEAP,
    },
    txTimeoutMs: e.DB_TX_TIMEOUT_MS,
    writeAdmission: { concurrency: e.WRITE_CONCURRENCY, queue: e.WRITE_QUEUE, maxWaitMs: e.WRITE_QUEUE_WAIT_MS, ...(e.WRITE_QUEUE_MAX_MS ? { maxQueuedMs: e.WRITE_QUEUE_MAX_MS } : {}) },
    maxPageSize: e.MAX_PAGE_SIZE,
    maxQueryCost: e.MAX_QUERY_COST,
    maxResponseBytes: e.MAX_RESPONSE_BYTES,
    introspection: e.INTROSPECTION,
    readRequiresKey: e.READ_REQUIRES_KEY,
    apiKeys: e.API_KEYS,
    seedOnEmpty: e.SEED_ON_EMPTY,
    allowedHosts: e.ALLOWED_HOSTS,
    corsOrigins: e.CORS_ORIGINS,
  };
}

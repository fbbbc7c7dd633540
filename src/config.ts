import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DIR: z.string().min(1).default('./seeds'),
  LOAD_SEEDS: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_048_576),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(1).max(300_000).default(5_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(10_000),
  WEBHOOK_RETRY_MAX_MS: z.coerce.number().int().min(1).default(3_600_000),
  WEBHOOK_POLL_MS: z.coerce.number().int().min(1).max(3_600_000).default(1_000),
  WEBHOOK_ALLOW_PRIVATE: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  WEBHOOK_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(30),
});

/** How webhook deliveries are sent and retried. */
export interface WebhookSettings {
  /** An attempt without an answer after this long fails. */
  timeoutMs: number;
  /** Attempts in all before a delivery is failed. */
  maxAttempts: number;
  /** The wait after the first failed attempt; it doubles after each further one… */
  retryBaseMs: number;
  /** …up to this. */
  retryMaxMs: number;
  /** How often due deliveries are looked for (new ones are sent at once; this finds retries and other instances' rows). */
  pollMs: number;
  /** Send to loopback, private, link-local and other non-public addresses (a receiver on the same host or network). */
  allowPrivate: boolean;
  /** Delivered and failed deliveries that ended longer ago than this are deleted. */
  retentionDays: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  timeoutMs: 5_000,
  maxAttempts: 10,
  retryBaseMs: 10_000,
  retryMaxMs: 3_600_000,
  pollMs: 1_000,
  allowPrivate: false,
  retentionDays: 30,
};

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  seedDir: string;
  loadSeeds: boolean;
  bodyLimitBytes: number;
  webhooks: WebhookSettings;
};

/** Reads the environment once; a bad value stops the process with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    seedDir: e.SEED_DIR,
    loadSeeds: e.LOAD_SEEDS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    webhooks: {
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      retryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
      retryMaxMs: e.WEBHOOK_RETRY_MAX_MS,
      pollMs: e.WEBHOOK_POLL_MS,
      allowPrivate: e.WEBHOOK_ALLOW_PRIVATE,
      retentionDays: e.WEBHOOK_RETENTION_DAYS,
    },
  };
}

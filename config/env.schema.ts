/**
 * The environment, parsed once at start. Every bad variable is reported in one error;
 * nothing outside config/ reads process.env.
 */
import ipaddr from 'ipaddr.js';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; poolSize: number };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  /** Whether PUBLIC_URL was set: without it `publicUrl` is a local guess that a channel's own servers (Zalo fetching a cover) cannot reach. */
  publicUrlSet: boolean;
  database: DatabaseConfig;
  dataDir: string;
  mediaDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Encryption keys for secrets held at rest: "kid:base64(32 bytes)", the first one is active. Empty: a key file under dataDir is used. */
  secretKeys: { id: string; key: Buffer }[];
  cookieSecure: boolean;
  sessionTtlHours: number;
  /** How long a node may reuse a session's principal before reading it again (0: every request). */
  sessionCacheSeconds: number;
  /** How long a node may reuse a unit read outside a transaction (its path never changes; name and settings may lag that long on other nodes). */
  unitCacheSeconds: number;
  loginRateLimit: { max: number; windowSec: number };
  smtpUrl?: string;
  mailFrom: string;
  /**
   * Who may read /metrics: with a token, whoever sends `Authorization: Bearer <token>`; without
   * one, only this machine (a loopback address), e.g. a Prometheus on the same host.
   */
  metricsToken?: string;
  /** Folder of <year>.json holiday decisions; default config/holidays. */
  holidaysDir?: string;
  /** The PAR-Index communication criterion (JSON); default config/par-index/xuan-loc-2022.json. */
  parCriterionFile?: string;
  /** Reminders by e-mail: how early an empty slot is flagged, how long an item may wait for approval, how often the sender runs. */
  reminders: { slotDueDays: number; approvalWaitHours: number; intervalSeconds: number; maxAttempts: number };
  /** The outbox workers of this process (src/modules/dispatch). */
  dispatch: DispatchConfig;
  /**
   * Internal receivers the operator allows Loa to send to (OUTBOUND_ALLOW_HOSTS): outgoing
   * webhooks and channel accounts' URLs that resolve to loopback, private, link-local,
   * multicast or unspecified addresses are refused unless their host[:port] or address is here.
   */
  outboundAllow: OutboundAllow;
}

export interface OutboundAllow {
  /** Host names or IP literals (lower case, IPv6 without brackets); no port: any port. */
  hosts: { host: string; port?: number }[];
  /** CIDR ranges, e.g. 10.20.0.0/16 or fd00::/8. */
  cidrs: string[];
}

export interface DispatchConfig {
  /** Whether this process runs the tick and the sweeper (a node may serve HTTP only). */
  worker: boolean;
  /** How often the tick claims due publications, and the sweeper looks for dead leases. */
  tickMs: number;
  /** A claim holds a publication this long; the heartbeat renews it while the request runs. */
  leaseMs: number;
  /** Publications claimed at once, and sent at once. */
  batch: number;
  concurrency: number;
  /** Attempts before a publication that keeps failing is left as failed. */
  maxAttempts: number;
  /** Backoff: first delay and cap, in milliseconds (full jitter between 0 and the exponential value). */
  backoffBaseMs: number;
  backoffCapMs: number;
  /** Per HTTP request to a channel. */
  requestTimeoutMs: number;
  /** The only directory radio drop folders may be in: an account's `dropFolder` is a path inside it (default `<DATA_DIR>/drop`). */
  dropRoot: string;
}

/** One bad variable: its name, what was wrong, in Vietnamese and in English. */
export interface ConfigIssue {
  variable: string;
  message: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'CONFIG_INVALID';
  constructor(readonly issues: ConfigIssue[]) {
    super('Cấu hình không hợp lệ (CONFIG_INVALID):\n' + issues.map((i) => `  - ${i.variable}: ${i.message}`).join('\n'));
  }
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function parseDatabaseUrl(raw: string, cwd: string, poolSize: number): DatabaseConfig | string {
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    try {
      const url = new URL(raw);
      if (!url.hostname) return 'thiếu tên máy chủ PostgreSQL (missing host)';
      return { kind: 'postgres', url: raw, poolSize };
    } catch {
      return 'URL PostgreSQL không đọc được (unreadable URL)';
    }
  }
  const m = /^(?:sqlite|file):(.+)$/i.exec(raw);
  if (m) {
    const path = m[1].replace(/^\/\/(?=\/)/, '');
    return { kind: 'sqlite', path: isAbsolute(path) ? path : resolve(cwd, path) };
  }
  return 'phải là postgres://… hoặc sqlite:ĐƯỜNG_DẪN (expected postgres://… or sqlite:PATH)';
}

const intIn = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, { message: 'phải là số nguyên (must be an integer)' })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { message: `phải từ ${min} đến ${max} (must be ${min}..${max})` });

const bool = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['1', '0', 'true', 'false', 'yes', 'no'].includes(v), {
    message: 'phải là true hoặc false (must be a boolean)',
  })
  .transform((v) => ['1', 'true', 'yes'].includes(v));

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'phải là development, production hoặc test' }).default('development'),
  HOST: z.string().trim().min(1, { message: 'không được rỗng (must not be empty)' }).default('127.0.0.1'),
  PORT: intIn(0, 65535).default(3000),
  PUBLIC_URL: z.url({ message: 'phải là một URL (must be a URL)' }).optional(),
  // Unset: the SQLite file `loa.sqlite` in DATA_DIR (so DATA_DIR alone moves all of Loa's data).
  DATABASE_URL: z.string().trim().optional(),
  DATABASE_POOL_SIZE: intIn(1, 200).default(10),
  DATA_DIR: z.string().trim().min(1).default('data'),
  MEDIA_DIR: z.string().trim().min(1).optional(),
  LOG_LEVEL: z.enum(logLevels, { message: `phải là một trong ${logLevels.join(', ')}` }).default('info'),
  LOA_SECRET_KEYS: z.string().trim().optional(),
  COOKIE_SECURE: bool.default(false),
  SESSION_TTL_HOURS: intIn(1, 24 * 90).default(12),
  SESSION_CACHE_SECONDS: intIn(0, 60).default(5),
  UNIT_CACHE_SECONDS: intIn(0, 300).default(5),
  LOGIN_RATE_LIMIT: z
    .string()
    .trim()
    .regex(/^\d+\/\d+$/, { message: 'dạng SỐ_LẦN/GIÂY, ví dụ 5/60 (form MAX/SECONDS)' })
    .default('5/60'),
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\//, { message: 'phải là smtp:// hoặc smtps://' })
    .optional(),
  MAIL_FROM: z.string().trim().default('Loa <loa@localhost>'),
  HOLIDAYS_DIR: z.string().trim().min(1).optional(),
  METRICS_TOKEN: z.string().trim().min(16, { message: 'dài ít nhất 16 ký tự (at least 16 characters)' }).optional(),
  PAR_CRITERION_FILE: z.string().trim().min(1).optional(),
  REMINDER_SLOT_DUE_DAYS: intIn(1, 60).default(3),
  REMINDER_APPROVAL_WAIT_HOURS: intIn(1, 720).default(24),
  REMINDER_INTERVAL_SECONDS: intIn(0, 86_400).default(300),
  MAIL_MAX_ATTEMPTS: intIn(1, 50).default(8),
  DISPATCH_WORKER: bool.default(true),
  DISPATCH_TICK_MS: intIn(50, 3_600_000).default(1000),
  DISPATCH_LEASE_MS: intIn(1000, 3_600_000).default(60_000),
  DISPATCH_BATCH: intIn(1, 5000).default(200),
  DISPATCH_CONCURRENCY: intIn(1, 1000).default(32),
  DISPATCH_MAX_ATTEMPTS: intIn(1, 100).default(8),
  DISPATCH_BACKOFF_BASE_MS: intIn(10, 3_600_000).default(5000),
  DISPATCH_BACKOFF_CAP_MS: intIn(10, 86_400_000).default(3_600_000),
  DISPATCH_REQUEST_TIMEOUT_MS: intIn(100, 600_000).default(30_000),
  DISPATCH_DROP_ROOT: z.string().trim().min(1).optional(),
  OUTBOUND_ALLOW_HOSTS: z.string().trim().optional(),
});

/** `host`, `host:port`, `[v6]`, `[v6]:port` or a CIDR, comma-separated. */
export function parseOutboundAllow(raw: string | undefined): OutboundAllow | string {
  const allow: OutboundAllow = { hosts: [], cidrs: [] };
  for (const part of (raw ?? '')
    .split(',')
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean)) {
    if (part.includes('/')) {
      if (!ipaddr.isValidCIDR(part)) return `"${part}" không phải dải CIDR hợp lệ (not a valid CIDR)`;
      allow.cidrs.push(part);
      continue;
    }
    const m =
      /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/.exec(part) ??
      /^([a-z0-9.-]+)(?::(\d{1,5}))?$/.exec(part) ??
      (ipaddr.IPv6.isValid(part) ? [part, part, undefined] : null);
    if (!m || (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 65535)))
      return `"${part}" phải là TÊN_MÁY[:CỔNG], [IPv6][:CỔNG] hoặc một dải CIDR (must be host[:port], [ipv6][:port] or a CIDR)`;
    allow.hosts.push({ host: m[1]!, ...(m[2] !== undefined ? { port: Number(m[2]) } : {}) });
  }
  return allow;
}

function parseSecretKeys(raw: string | undefined): { id: string; key: Buffer }[] | string {
  if (!raw) return [];
  const keys: { id: string; key: Buffer }[] = [];
  for (const part of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/=_-]+)$/.exec(part);
    if (!m) return 'mỗi khóa có dạng KID:BASE64 (each key must be KID:BASE64)';
    const key = Buffer.from(m[2], 'base64');
    if (key.length !== 32) return `khóa "${m[1]}" phải dài 32 byte (AES-256 key must be 32 bytes)`;
    if (keys.some((k) => k.id === m[1])) return `mã khóa "${m[1]}" bị lặp (duplicate key id)`;
    keys.push({ id: m[1], key });
  }
  return keys;
}

/** Parses an environment (process.env merged with .env) into the application's configuration, or throws ConfigError naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>, cwd: string): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const issues: ConfigIssue[] = [];
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({ variable: String(issue.path[0] ?? '?'), message: issue.message });
    }
  }
  const v = parsed.success ? parsed.data : undefined;
  const poolSize = v?.DATABASE_POOL_SIZE ?? 10;
  const databaseUrl = cleaned.DATABASE_URL ?? `sqlite:${join(String(cleaned.DATA_DIR ?? 'data'), 'loa.sqlite')}`;
  const database = parseDatabaseUrl(String(databaseUrl), cwd, poolSize);
  if (typeof database === 'string' && !issues.some((i) => i.variable === 'DATABASE_URL')) {
    issues.push({ variable: 'DATABASE_URL', message: database });
  }
  const keys = parseSecretKeys(cleaned.LOA_SECRET_KEYS);
  if (typeof keys === 'string') issues.push({ variable: 'LOA_SECRET_KEYS', message: keys });
  const outboundAllow = parseOutboundAllow(cleaned.OUTBOUND_ALLOW_HOSTS);
  if (typeof outboundAllow === 'string') issues.push({ variable: 'OUTBOUND_ALLOW_HOSTS', message: outboundAllow });
  const rate = /^(\d+)\/(\d+)$/.exec(String(cleaned.LOGIN_RATE_LIMIT ?? '5/60'));
  if (rate && (Number(rate[1]) < 1 || Number(rate[2]) < 1)) {
    issues.push({ variable: 'LOGIN_RATE_LIMIT', message: 'cả hai số phải lớn hơn 0 (both numbers must be positive)' });
  }
  if (issues.length > 0 || !v || typeof database === 'string' || typeof keys === 'string' || typeof outboundAllow === 'string' || !rate) {
    throw new ConfigError(issues);
  }
  const dataDir = isAbsolute(v.DATA_DIR) ? v.DATA_DIR : resolve(cwd, v.DATA_DIR);
  const mediaDir = v.MEDIA_DIR ? (isAbsolute(v.MEDIA_DIR) ? v.MEDIA_DIR : resolve(cwd, v.MEDIA_DIR)) : resolve(dataDir, 'media');
  return {
    env: v.NODE_ENV,
    host: v.HOST,
    port: v.PORT,
    publicUrl: v.PUBLIC_URL ?? `http://localhost:${v.PORT}`,
    publicUrlSet: v.PUBLIC_URL !== undefined,
    database,
    dataDir,
    mediaDir,
    logLevel: v.LOG_LEVEL,
    secretKeys: keys,
    cookieSecure: v.COOKIE_SECURE,
    sessionTtlHours: v.SESSION_TTL_HOURS,
    sessionCacheSeconds: v.SESSION_CACHE_SECONDS,
    unitCacheSeconds: v.UNIT_CACHE_SECONDS,
    loginRateLimit: { max: Number(rate[1]), windowSec: Number(rate[2]) },
    smtpUrl: v.SMTP_URL,
    mailFrom: v.MAIL_FROM,
    metricsToken: v.METRICS_TOKEN,
    holidaysDir: v.HOLIDAYS_DIR ? (isAbsolute(v.HOLIDAYS_DIR) ? v.HOLIDAYS_DIR : resolve(cwd, v.HOLIDAYS_DIR)) : undefined,
    parCriterionFile: v.PAR_CRITERION_FILE
      ? isAbsolute(v.PAR_CRITERION_FILE)
        ? v.PAR_CRITERION_FILE
        : resolve(cwd, v.PAR_CRITERION_FILE)
      : undefined,
    reminders: {
      slotDueDays: v.REMINDER_SLOT_DUE_DAYS,
      approvalWaitHours: v.REMINDER_APPROVAL_WAIT_HOURS,
      intervalSeconds: v.REMINDER_INTERVAL_SECONDS,
      maxAttempts: v.MAIL_MAX_ATTEMPTS,
    },
    dispatch: {
      worker: v.DISPATCH_WORKER,
      tickMs: v.DISPATCH_TICK_MS,
      leaseMs: v.DISPATCH_LEASE_MS,
      batch: v.DISPATCH_BATCH,
      concurrency: v.DISPATCH_CONCURRENCY,
      maxAttempts: v.DISPATCH_MAX_ATTEMPTS,
      backoffBaseMs: v.DISPATCH_BACKOFF_BASE_MS,
      backoffCapMs: v.DISPATCH_BACKOFF_CAP_MS,
      requestTimeoutMs: v.DISPATCH_REQUEST_TIMEOUT_MS,
      dropRoot: v.DISPATCH_DROP_ROOT
        ? isAbsolute(v.DISPATCH_DROP_ROOT)
          ? v.DISPATCH_DROP_ROOT
          : resolve(cwd, v.DISPATCH_DROP_ROOT)
        : resolve(dataDir, 'drop'),
    },
    outboundAllow,
  };
}

/**
 * The bot's configuration: environment variables (from `.env`, loaded once by the entry point)
 * parsed with one zod schema into a typed, frozen object. Every problem is reported at once, by
 * variable name, with how to fix it. The token's value never appears in a message.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_KNOWLEDGE_DIR } from './cli/args.ts';
import { PROJECT_ROOT } from './paths.ts';

/** Where the SQLite file goes unless DATA_DIR says otherwise: the project's data/ folder. */
export const DEFAULT_DATA_DIR = resolve(PROJECT_ROOT, 'data');
export const DEFAULT_COOLDOWN_SECONDS = 5;
export const DEFAULT_QUESTION_RETENTION_DAYS = 90;
export const DEFAULT_HTTP_PORT = 8080;
export const DEFAULT_HTTP_HOST = '0.0.0.0';
export const DEFAULT_HTTP_PATH = '/interactions';
export const DEFAULT_HTTP_ANSWER_THREADS = 1;
export const DEFAULT_HEALTH_HOST = '127.0.0.1';
/** Connections each process keeps to PostgreSQL at most (DATABASE_URL); see store/postgres.ts. */
export const DEFAULT_DATABASE_POOL_MAX = 5;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** json: one JSON object per line (production, log collectors). pretty: pino-pretty, for people. */
export const LOG_FORMATS = ['json', 'pretty'] as const;

export interface ConfigProblem {
  /** The environment variable, e.g. "DISCORD_CLIENT_ID". */
  variable: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super(
      `The configuration has ${count} (set the variables in .env; .env.example describes each):\n${problems
        .map((p) => `  - ${p.variable}: ${p.message}`)
        .join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

const SNOWFLAKE = /^\d{17,20}$/;
const DEVELOPER_PORTAL = 'https://discord.com/developers/applications';

/** `FOO=` in .env means "not set", like a missing line. */
function blankToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToUndefined, schema.optional());
}

// Custom messages everywhere: zod's defaults could quote the input, and the input may be the token.
function tokenProblem(value: string): string | null {
  if (/^bot\s/i.test(value)) return 'remove the "Bot " prefix; put only the token itself';
  if (/["'\s]/.test(value)) return 'remove the quotes or spaces around or inside the token';
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(value)) {
    return `does not look like a bot token (three parts separated by dots); copy it again from ${DEVELOPER_PORTAL} › your application › Bot › Reset Token`;
  }
  return null;
}

const token = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = tokenProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

function snowflake(what: string) {
  return z.string().trim().regex(SNOWFLAKE, `must be a Discord id (17 to 20 digits): ${what}`);
}

function snowflakeList(what: string) {
  return z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .refine(
      (ids) => ids.every((id) => SNOWFLAKE.test(id)),
      `must be Discord ids (17 to 20 digits) separated by commas: ${what}`,
    )
    .transform((ids) => [...new Set(ids)]);
}

function wholeNumber(min: number, max: number, hint: string) {
  return z
    .string()
    .trim()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}; ${hint}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be a whole number from ${min} to ${max}; ${hint}`);
}

const EnvSchema = z.object({
  /** Set by npm to the script it runs ("start", "dev"...). */
  npm_lifecycle_event: z.string().optional(),
  DISCORD_TOKEN: optional(token),
  DISCORD_CLIENT_ID: optional(
    snowflake(`the Application ID from ${DEVELOPER_PORTAL} › your application › General Information`),
  ),
  DISCORD_GUILD_ID: optional(
    snowflake('right-click the server in Discord (Developer Mode on) › Copy Server ID, or leave it empty'),
  ),
  ASK_CHANNEL_IDS: optional(
    snowflakeList('right-click each channel › Copy Channel ID, e.g. 123456789012345678,234567890123456789'),
  ),
  DISCORD_API_URL: optional(
    z
      .string()
      .trim()
      .refine(
        (v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol),
        'must be an http(s) URL of the REST API base without the version, e.g. http://nirn-proxy:8080/api, or leave it empty for Discord itself',
      )
      .transform((v) => v.replace(/\/+$/, '')),
  ),
  LOG_LEVEL: optional(
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')} (default info)` }),
  ),
  LOG_FORMAT: optional(
    z.enum(LOG_FORMATS, {
      error: 'must be json (one JSON object per line, the default) or pretty (readable; npm run dev uses it)',
    }),
  ),
  KNOWLEDGE_DIR: optional(z.string().trim()),
  DATA_DIR: optional(z.string().trim()),
  DATABASE_URL: optional(
    z
      .string()
      .trim()
      .refine(
        (v) => URL.canParse(v) && /^postgres(ql)?:$/.test(new URL(v).protocol),
        'must be a PostgreSQL connection string, postgres://user:password@host:5432/database, or leave it empty for the SQLite file under DATA_DIR',
      ),
  ),
  DATABASE_POOL_MAX: optional(
    wholeNumber(
      1,
      100,
      `connections each process keeps to PostgreSQL at most (default ${DEFAULT_DATABASE_POOL_MAX})`,
    ),
  ),
  COOLDOWN_SECONDS: optional(
    wholeNumber(
      0,
      3600,
      `seconds between two questions of one user, 0 turns the cooldown off (default ${DEFAULT_COOLDOWN_SECONDS})`,
    ),
  ),
  QUESTION_RETENTION_DAYS: optional(
    wholeNumber(
      1,
      3650,
      `days the unanswered-question log keeps a question (default ${DEFAULT_QUESTION_RETENTION_DAYS})`,
    ),
  ),
  MOD_LOG_CHANNEL_ID: optional(
    snowflake("right-click the moderators' log channel › Copy Channel ID, or leave it empty"),
  ),
  MODERATOR_ROLE_IDS: optional(
    snowflakeList('Server Settings › Roles › right-click a role › Copy Role ID, separated by commas'),
  ),
  SHARD_COUNT: optional(
    z
      .string()
      .trim()
      .refine(
        (v) => v === 'auto' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 10_000),
        'must be auto (the count Discord recommends) or a whole number of shards from 1; leave it empty for one process without sharding',
      )
      .transform((v): 'auto' | number => (v === 'auto' ? 'auto' : Number(v))),
  ),
  DISCORD_PUBLIC_KEY: optional(
    z
      .string()
      .trim()
      .regex(
        /^[0-9a-fA-F]{64}$/,
        `must be the 64 hexadecimal characters of the Public Key from ${DEVELOPER_PORTAL} › your application › General Information`,
      )
      .transform((v) => v.toLowerCase()),
  ),
  HTTP_PORT: optional(
    wholeNumber(
      0,
      65_535,
      `the port npm run start:http listens on (default ${DEFAULT_HTTP_PORT}; 0 picks a free one)`,
    ),
  ),
  HTTP_HOST: optional(z.string().trim()),
  HTTP_ANSWER_THREADS: optional(
    wholeNumber(
      0,
      64,
      `threads of npm run start:http that compute answers beside the one serving requests; 0 answers on that one (default ${DEFAULT_HTTP_ANSWER_THREADS})`,
    ),
  ),
  HEALTH_PORT: optional(
    wholeNumber(
      0,
      65_535,
      "the port of the gateway bot's health probe, GET /healthz (0 picks a free one); leave it empty for none",
    ),
  ),
  HEALTH_HOST: optional(z.string().trim()),
  HTTP_PATH: optional(
    z
      .string()
      .trim()
      .regex(
        /^\/[\w\-./~]*$/,
        `must be a URL path starting with /, e.g. ${DEFAULT_HTTP_PATH} (the path of the Interactions Endpoint URL)`,
      ),
  ),
});

type Env = z.infer<typeof EnvSchema>;

function toAppConfig(env: Env) {
  const token = env.DISCORD_TOKEN;
  const clientId = env.DISCORD_CLIENT_ID;
  return {
    /** Null without DISCORD_TOKEN: the program runs the terminal chat instead of the bot. */
    discord:
      token && clientId
        ? {
            token,
            clientId,
            guildId: env.DISCORD_GUILD_ID ?? null,
            askChannelIds: env.ASK_CHANNEL_IDS ?? [],
            apiUrl: env.DISCORD_API_URL ?? null,
            modLogChannelId: env.MOD_LOG_CHANNEL_ID ?? null,
            moderatorRoleIds: env.MODERATOR_ROLE_IDS ?? [],
            /** Null: one process, one gateway connection. Otherwise the ShardingManager's totalShards. */
            shardCount: env.SHARD_COUNT ?? null,
          }
        : null,
    /** The Interactions Endpoint server (npm run start:http). */
    http: {
      /** Null unless DISCORD_PUBLIC_KEY is set; start:http refuses to run without it. */
      publicKey: env.DISCORD_PUBLIC_KEY ?? null,
      port: env.HTTP_PORT ?? DEFAULT_HTTP_PORT,
      host: env.HTTP_HOST || DEFAULT_HTTP_HOST,
      path: env.HTTP_PATH ?? DEFAULT_HTTP_PATH,
      /** Worker threads answering /ask beside the thread serving requests (app/answer-threads.ts); 0: none. */
      answerThreads: env.HTTP_ANSWER_THREADS ?? DEFAULT_HTTP_ANSWER_THREADS,
    },
    /** The gateway bot's health probe (GET /healthz); null port: none. */
    health: {
      port: env.HEALTH_PORT ?? null,
      host: env.HEALTH_HOST || DEFAULT_HEALTH_HOST,
    },
    logLevel: env.LOG_LEVEL ?? 'info',
    // npm run dev means a person is reading the logs.
    logFormat: env.LOG_FORMAT ?? (env.npm_lifecycle_event === 'dev' ? 'pretty' : 'json'),
    knowledgeDir: resolve(env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR),
    dataDir: resolve(env.DATA_DIR ?? DEFAULT_DATA_DIR),
    /**
     * Null: the store is the SQLite file under DATA_DIR (one host). Otherwise every store (audit
     * trail, unanswered, feedback, cooldowns, seen interactions, conversations) is this
     * PostgreSQL database, shared by every host. Holds a password: never log it.
     */
    database: env.DATABASE_URL
      ? { url: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX ?? DEFAULT_DATABASE_POOL_MAX }
      : null,
    cooldownSeconds: env.COOLDOWN_SECONDS ?? DEFAULT_COOLDOWN_SECONDS,
    questionRetentionDays: env.QUESTION_RETENTION_DAYS ?? DEFAULT_QUESTION_RETENTION_DAYS,
  };
}

type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

export type AppConfig = DeepReadonly<ReturnType<typeof toAppConfig>>;
export type DiscordConfig = NonNullable<AppConfig['discord']>;
export type LogLevel = AppConfig['logLevel'];
export type LogFormat = AppConfig['logFormat'];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * What discord.js's ShardingManager tells each shard process it starts (discord.js 14,
 * src/sharding/Shard.js): SHARDING_MANAGER=true, SHARDING_MANAGER_MODE=process, SHARDS (this
 * shard's id) and SHARD_COUNT (how many shards there are in all).
 */
const ShardEnvSchema = z.object({
  SHARDING_MANAGER: z.literal('true', {
    error: 'must be true: src/shard.ts is started by the ShardingManager (set SHARD_COUNT and run npm start)',
  }),
  SHARDING_MANAGER_MODE: z.literal('process', { error: "must be process (the manager's mode)" }),
  SHARDS: z.string().regex(/^\d+$/, "must be the shard's id, a whole number").transform(Number),
  SHARD_COUNT: z
    .string()
    .regex(/^[1-9]\d*$/, 'must be the number of shards, a whole number from 1')
    .transform(Number),
});

/** Which shard this process is, out of how many (discord.js's `shards` and `shardCount` options). */
export interface ShardIdentity {
  id: number;
  count: number;
}

/** Parses what the ShardingManager handed this shard process, or throws a ConfigError. */
export function loadShardIdentity(env: NodeJS.ProcessEnv = process.env): ShardIdentity {
  const parsed = ShardEnvSchema.safeParse(env);
  const problems: ConfigProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? 'environment'),
        message: issue.message,
      }));
  if (parsed.success && parsed.data.SHARDS >= parsed.data.SHARD_COUNT) {
    problems.push({ variable: 'SHARDS', message: 'must be less than SHARD_COUNT' });
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  return { id: parsed.data.SHARDS, count: parsed.data.SHARD_COUNT };
}

/**
 * What the program about to run needs: `bot` (npm start: the bot, or the terminal chat without a
 * token) or `http` (npm run start:http, which cannot run without the token and the public key).
 */
export type RunMode = 'bot' | 'http';

/**
 * Parses the environment into the app's configuration, or throws a ConfigError listing every
 * problem. Without DISCORD_TOKEN the result has `discord: null` (terminal mode), which is not an
 * error in `bot` mode.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, mode: RunMode = 'bot'): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  const problems: ConfigProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? 'environment'),
        message: issue.message,
      }));
  const tokenSet = blankToUndefined(env.DISCORD_TOKEN) !== undefined;
  if (tokenSet && blankToUndefined(env.DISCORD_CLIENT_ID) === undefined) {
    problems.push({
      variable: 'DISCORD_CLIENT_ID',
      message: `is required when DISCORD_TOKEN is set: the Application ID from ${DEVELOPER_PORTAL} › your application › General Information`,
    });
  }
  if (!tokenSet && blankToUndefined(env.SHARD_COUNT) !== undefined && mode === 'bot') {
    problems.push({
      variable: 'SHARD_COUNT',
      message:
        'shards are gateway connections of the Discord bot: set DISCORD_TOKEN too, or leave SHARD_COUNT empty',
    });
  }
  if (mode === 'http') {
    if (!tokenSet) {
      problems.push({
        variable: 'DISCORD_TOKEN',
        message: `is required by npm run start:http: the bot token from ${DEVELOPER_PORTAL} › your application › Bot`,
      });
      if (blankToUndefined(env.DISCORD_CLIENT_ID) === undefined) {
        problems.push({
          variable: 'DISCORD_CLIENT_ID',
          message: `is required by npm run start:http: the Application ID from ${DEVELOPER_PORTAL} › your application › General Information`,
        });
      }
    }
    if (blankToUndefined(env.DISCORD_PUBLIC_KEY) === undefined) {
      problems.push({
        variable: 'DISCORD_PUBLIC_KEY',
        message: `is required by npm run start:http: the Public Key from ${DEVELOPER_PORTAL} › your application › General Information (64 hexadecimal characters)`,
      });
    }
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  return deepFreeze(toAppConfig(parsed.data));
}

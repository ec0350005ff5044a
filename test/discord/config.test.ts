import { Writable } from 'node:stream';
import { Client, GatewayIntentBits } from 'discord.js';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ConfigError,
  type ConfigProblem,
  DEFAULT_COOLDOWN_SECONDS,
  loadConfig,
  loadShardIdentity,
} from '../../src/config.ts';
import { createLogger, REDACTED_PATHS } from '../../src/log.ts';
import { isolateDiscordEnvironment } from '../../src/startup.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.secret-part_of-the-token';
const ID = '123456789012345678';

function problemsOf(env: Record<string, string>): ConfigError['problems'] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

function messageOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('loadConfig', () => {
  it('without DISCORD_TOKEN is terminal mode with defaults, not an error', () => {
    const config = loadConfig({});
    expect(config.discord).toBeNull();
    expect(config).toMatchObject({
      logLevel: 'info',
      cooldownSeconds: DEFAULT_COOLDOWN_SECONDS,
      questionRetentionDays: 90,
    });
    expect(config.knowledgeDir).toMatch(/knowledge$/);
    expect(config.dataDir).toMatch(/data$/);
  });

  it('parses every variable into a frozen, typed config', () => {
    const config = loadConfig({
      DISCORD_TOKEN: ` ${TOKEN} `,
      DISCORD_CLIENT_ID: ID,
      DISCORD_GUILD_ID: '223456789012345678',
      ASK_CHANNEL_IDS: '323456789012345678, 423456789012345678,,323456789012345678',
      DISCORD_API_URL: 'http://nirn-proxy:8080/api/',
      LOG_LEVEL: 'debug',
      KNOWLEDGE_DIR: 'some/knowledge',
      DATA_DIR: 'var/data',
      COOLDOWN_SECONDS: '0',
      QUESTION_RETENTION_DAYS: '30',
      MOD_LOG_CHANNEL_ID: '523456789012345678',
      MODERATOR_ROLE_IDS: '623456789012345678,723456789012345678',
    });
    expect(config.discord).toEqual({
      token: TOKEN,
      clientId: ID,
      guildId: '223456789012345678',
      askChannelIds: ['323456789012345678', '423456789012345678'],
      apiUrl: 'http://nirn-proxy:8080/api',
      modLogChannelId: '523456789012345678',
      moderatorRoleIds: ['623456789012345678', '723456789012345678'],
      shardCount: null,
    });
    expect(config.http).toEqual({
      publicKey: null,
      port: 8080,
      host: '0.0.0.0',
      path: '/interactions',
      answerThreads: 1,
    });
    expect(config).toMatchObject({ logLevel: 'debug', cooldownSeconds: 0, questionRetentionDays: 30 });
    expect(config.knowledgeDir).toBe(`${process.cwd()}/some/knowledge`);
    expect(config.dataDir).toBe(`${process.cwd()}/var/data`);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.discord)).toBe(true);
    expect(Object.isFrozen(config.discord?.askChannelIds)).toBe(true);
  });

  it('reads the scale-out variables: SHARD_COUNT, DISCORD_PUBLIC_KEY and HTTP_*', () => {
    const base = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: ID };
    expect(loadConfig({ ...base, SHARD_COUNT: 'auto' }).discord?.shardCount).toBe('auto');
    expect(loadConfig({ ...base, SHARD_COUNT: ' 4 ' }).discord?.shardCount).toBe(4);
    const config = loadConfig(
      {
        ...base,
        DISCORD_PUBLIC_KEY: 'AB'.repeat(32),
        HTTP_PORT: '0',
        HTTP_HOST: '127.0.0.1',
        HTTP_PATH: '/discord/interactions',
        HTTP_ANSWER_THREADS: '0',
      },
      'http',
    );
    expect(config.http).toEqual({
      publicKey: 'ab'.repeat(32),
      port: 0,
      host: '127.0.0.1',
      path: '/discord/interactions',
      answerThreads: 0,
    });
  });

  it('needs the token, the application id and the public key for npm run start:http, all named at once', () => {
    // npm start without them is the terminal chat, not an error.
    expect(loadConfig({}).discord).toBeNull();
    let problems: readonly ConfigProblem[] = [];
    try {
      loadConfig({}, 'http');
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems.map((p) => p.variable)).toEqual([
      'DISCORD_TOKEN',
      'DISCORD_CLIENT_ID',
      'DISCORD_PUBLIC_KEY',
    ]);
    expect(problems[2]?.message).toMatch(/Public Key .* General Information/);
  });

  it('treats an empty value (FOO= in .env) as not set', () => {
    const config = loadConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '  ', COOLDOWN_SECONDS: '' });
    expect(config.discord).toBeNull();
    expect(config.cooldownSeconds).toBe(DEFAULT_COOLDOWN_SECONDS);
  });

  it.each([
    ['DISCORD_CLIENT_ID', { DISCORD_TOKEN: TOKEN }, /required when DISCORD_TOKEN is set/],
    [
      'DISCORD_CLIENT_ID',
      { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: 'my-bot' },
      /Discord id \(17 to 20 digits\)/,
    ],
    ['DISCORD_TOKEN', { DISCORD_TOKEN: `Bot ${TOKEN}`, DISCORD_CLIENT_ID: ID }, /remove the "Bot " prefix/],
    ['DISCORD_TOKEN', { DISCORD_TOKEN: `"${TOKEN}"`, DISCORD_CLIENT_ID: ID }, /remove the quotes/],
    ['DISCORD_TOKEN', { DISCORD_TOKEN: 'hunter2', DISCORD_CLIENT_ID: ID }, /does not look like a bot token/],
    ['DISCORD_GUILD_ID', { DISCORD_GUILD_ID: '12345' }, /Copy Server ID/],
    ['ASK_CHANNEL_IDS', { ASK_CHANNEL_IDS: `${ID},general` }, /separated by commas/],
    ['DISCORD_API_URL', { DISCORD_API_URL: 'nirn-proxy:8080' }, /http\(s\) URL/],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }, /one of fatal, error, warn, info, debug, trace, silent/],
    ['COOLDOWN_SECONDS', { COOLDOWN_SECONDS: 'five' }, /whole number from 0 to 3600/],
    ['COOLDOWN_SECONDS', { COOLDOWN_SECONDS: '-1' }, /whole number from 0 to 3600/],
    ['QUESTION_RETENTION_DAYS', { QUESTION_RETENTION_DAYS: '0' }, /whole number from 1 to 3650/],
    ['MOD_LOG_CHANNEL_ID', { MOD_LOG_CHANNEL_ID: '#mod-log' }, /Copy Channel ID/],
    ['MODERATOR_ROLE_IDS', { MODERATOR_ROLE_IDS: '@Moderator' }, /Copy Role ID/],
    [
      'SHARD_COUNT',
      { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: ID, SHARD_COUNT: 'many' },
      /auto .* or a whole number/,
    ],
    [
      'SHARD_COUNT',
      { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: ID, SHARD_COUNT: '0' },
      /whole number of shards from 1/,
    ],
    ['SHARD_COUNT', { SHARD_COUNT: '2' }, /set DISCORD_TOKEN too/],
    ['DISCORD_PUBLIC_KEY', { DISCORD_PUBLIC_KEY: 'abc123' }, /64 hexadecimal characters of the Public Key/],
    ['HTTP_PORT', { HTTP_PORT: '80000' }, /whole number from 0 to 65535/],
    ['HTTP_PATH', { HTTP_PATH: 'interactions' }, /starting with \//],
    ['HTTP_ANSWER_THREADS', { HTTP_ANSWER_THREADS: 'two' }, /whole number from 0 to 64/],
  ])('names %s and says how to fix it (%j)', (variable, env, message) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.variable).toBe(variable);
    expect(problems[0]?.message).toMatch(message);
  });

  it('reports every problem at once, one line per variable', () => {
    const message = messageOf({
      DISCORD_TOKEN: TOKEN,
      LOG_LEVEL: 'loud',
      COOLDOWN_SECONDS: 'x',
      ASK_CHANNEL_IDS: 'general',
    });
    expect(message).toMatch(/^The configuration has 4 problems/);
    for (const variable of ['DISCORD_CLIENT_ID', 'LOG_LEVEL', 'COOLDOWN_SECONDS', 'ASK_CHANNEL_IDS']) {
      expect(message).toContain(`  - ${variable}: `);
    }
  });

  it.each<Record<string, string>>([
    { DISCORD_TOKEN: TOKEN },
    { DISCORD_TOKEN: `Bot ${TOKEN}`, DISCORD_CLIENT_ID: ID },
    { DISCORD_TOKEN: `${TOKEN} trailing`, DISCORD_CLIENT_ID: ID },
    { DISCORD_TOKEN: TOKEN.replace(/\./g, ''), DISCORD_CLIENT_ID: ID },
  ])('never prints the token (%#)', (env) => {
    const message = messageOf(env);
    expect(message).not.toBe('');
    expect(message).not.toContain('secret-part');
    expect(message).not.toContain('secretpart');
  });
});

describe('LOG_FORMAT', () => {
  it('is json unless asked, pretty under npm run dev, and LOG_FORMAT decides over both', () => {
    expect(loadConfig({}).logFormat).toBe('json');
    expect(loadConfig({ npm_lifecycle_event: 'start' }).logFormat).toBe('json');
    expect(loadConfig({ npm_lifecycle_event: 'dev' }).logFormat).toBe('pretty');
    expect(loadConfig({ npm_lifecycle_event: 'dev', LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(problemsOf({ LOG_FORMAT: 'colour' })).toEqual([
      { variable: 'LOG_FORMAT', message: expect.stringMatching(/json .* or pretty/) },
    ]);
  });
});

describe('loadShardIdentity', () => {
  const handed = {
    SHARDING_MANAGER: 'true',
    SHARDING_MANAGER_MODE: 'process',
    SHARDS: '1',
    SHARD_COUNT: '2',
  };

  it("reads what discord.js's ShardingManager hands a shard process", () => {
    expect(loadShardIdentity(handed)).toEqual({ id: 1, count: 2 });
  });

  it.each<[Record<string, string>, string]>([
    [{ ...handed, SHARD_COUNT: '' }, 'SHARD_COUNT'],
    [{ ...handed, SHARD_COUNT: '0' }, 'SHARD_COUNT'],
    [{ ...handed, SHARDS: '[1]' }, 'SHARDS'],
    [{ ...handed, SHARDS: '2' }, 'SHARDS'],
    [{ ...handed, SHARDING_MANAGER_MODE: 'worker' }, 'SHARDING_MANAGER_MODE'],
    [{ SHARDS: '0', SHARD_COUNT: '1', SHARDING_MANAGER_MODE: 'process' }, 'SHARDING_MANAGER'],
  ])('refuses %j, naming %s', (env, variable) => {
    let problems: readonly ConfigProblem[] = [];
    try {
      loadShardIdentity(env);
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems.map((p) => p.variable)).toEqual([variable]);
  });
});

describe('isolateDiscordEnvironment', () => {
  it('leaves a Client nothing to read: the empty SHARD_COUNT= of .env.example no longer reaches it', () => {
    const env: NodeJS.ProcessEnv = { SHARD_COUNT: '', SHARDS: '[3]', DISCORD_TOKEN: TOKEN, KEEP: 'me' };
    isolateDiscordEnvironment(env, null);
    expect(env).toEqual({ KEEP: 'me' });
  });

  it("keeps a shard's link to its manager, and only that", () => {
    const env: NodeJS.ProcessEnv = {
      SHARD_COUNT: '2',
      SHARDS: '1',
      SHARDING_MANAGER: '1',
      DISCORD_TOKEN: TOKEN,
    };
    isolateDiscordEnvironment(env, { id: 1, count: 2 });
    expect(env).toEqual({ SHARDING_MANAGER: 'true', SHARDING_MANAGER_MODE: 'process' });
  });

  it('is what a discord.js Client needs to be constructed from an .env.example copy', () => {
    const saved = { ...process.env };
    try {
      process.env.SHARD_COUNT = '';
      expect(() => new Client({ intents: [GatewayIntentBits.Guilds] })).toThrow(/shardCount/);
      isolateDiscordEnvironment(process.env, null);
      const client = new Client({ intents: [GatewayIntentBits.Guilds] });
      expect(client.options.shardCount).toBe(1);
      expect(client.shard).toBeNull();
    } finally {
      process.env = saved;
    }
  });
});

describe('createLogger', () => {
  const lines: string[] = [];
  afterEach(() => {
    lines.length = 0;
  });
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });

  it('redacts the token wherever it is logged', () => {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: ID });
    const log = createLogger({ level: 'info', destination: sink }).child({ interactionId: '1' });
    log.info({ config }, 'config');
    log.info({ token: TOKEN, headers: { authorization: `Bot ${TOKEN}` } }, 'request');
    log.info({ env: { DISCORD_TOKEN: TOKEN } }, 'env');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).not.toContain('secret-part');
    expect(JSON.parse(lines[0] ?? '{}').config.discord.token).toBe('[redacted]');
    expect(JSON.parse(lines[1] ?? '{}')).toMatchObject({
      token: '[redacted]',
      headers: { authorization: '[redacted]' },
    });
  });

  it("writes every line as pino's own redaction does (strings, numbers and booleans skip the redactor)", () => {
    const own: string[] = [];
    const reference = pino(
      { level: 'info', base: { pid: process.pid }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
      { write: (line: string) => own.push(line) },
    );
    const ours = createLogger({ level: 'info', destination: sink });
    const error = Object.assign(new Error('Unauthorized'), {
      token: TOKEN,
      requestBody: { json: { token: TOKEN }, token: TOKEN },
      headers: { Authorization: `Bot ${TOKEN}` },
    });
    const fields: Array<Record<string, unknown>> = [
      { question: 'how many were killed?', status: 'answered', confidence: 0.83, ms: 0.41, found: true },
      { quotes: ['p1.s2', 'p3.s1'], reading: { asked: 'toll', turns: 2 }, qa: null, none: undefined },
      { text: 'quotes " and \\ and \n\t\u0001 and é ✅ and a lone \ud800 surrogate', big: 1e21, tiny: -0 },
      { nan: Number.NaN, inf: Number.POSITIVE_INFINITY, negative: Number.NEGATIVE_INFINITY },
      { token: TOKEN, discordToken: TOKEN, DISCORD_TOKEN: TOKEN, authorization: TOKEN, Authorization: TOKEN },
      { headers: { authorization: TOKEN, Authorization: TOKEN, other: 'kept' } },
      { request: { token: TOKEN, DISCORD_TOKEN: TOKEN, headers: { authorization: TOKEN }, id: 7 } },
      { config: { discord: { token: TOKEN, clientId: ID } }, list: [{ token: TOKEN }, 'plain'] },
      { err: error },
      { nested: { deeper: { deepest: { token: TOKEN } } } },
    ];
    const bindings = { interactionId: '1234', userId: '5678', command: 'ask', shard: 0, token: TOKEN };
    for (const field of fields) {
      reference.child(bindings).info(field, 'line');
      ours.child(bindings).info(field, 'line');
    }
    reference.info('only a message');
    ours.info('only a message');
    const timeless = (line: string) => line.replace(/"time":\d+/, '"time":0');
    // Equal, tokens deeper than REDACTED_PATHS reach included (redacted by neither).
    expect(lines.map(timeless)).toEqual(own.map(timeless));
    expect(lines.join('').split('[redacted]').length - 1).toBeGreaterThan(20);
  });
});

describe('DATABASE_URL', () => {
  it('is SQLite under DATA_DIR when empty, PostgreSQL with a bounded pool when set', () => {
    expect(loadConfig({}).database).toBeNull();
    expect(loadConfig({ DATABASE_URL: ' ' }).database).toBeNull();
    expect(loadConfig({ DATABASE_URL: 'postgres://bot:pw@db:5432/bot' }).database).toEqual({
      url: 'postgres://bot:pw@db:5432/bot',
      poolMax: 5,
    });
    expect(
      loadConfig({ DATABASE_URL: 'postgresql://db/bot', DATABASE_POOL_MAX: '12' }).database?.poolMax,
    ).toBe(12);
  });

  it('refuses what is not a PostgreSQL connection string, and an unbounded pool', () => {
    expect(messageOf({ DATABASE_URL: 'mysql://db/bot' })).toMatch(
      /DATABASE_URL.*PostgreSQL connection string/,
    );
    expect(messageOf({ DATABASE_URL: 'db:5432' })).toMatch(/DATABASE_URL/);
    expect(messageOf({ DATABASE_URL: 'postgres://db/bot', DATABASE_POOL_MAX: '0' })).toMatch(
      /DATABASE_POOL_MAX/,
    );
  });
});

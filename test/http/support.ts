/**
 * The HTTP interactions server under test, and Discord's side of it: an Ed25519 key pair made with
 * node:crypto (Discord signs with the private key; the server is given the public one as
 * DISCORD_PUBLIC_KEY), signed POSTs to the endpoint, and the fake Discord applying the endpoint's
 * answer as the interaction's initial response, as Discord does.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIInteraction } from 'discord.js';
import type { LiveKnowledge } from '../../src/app/live.ts';
import type { SharedKnowledge } from '../../src/app/shared-knowledge.ts';
import type { AppConfig } from '../../src/config.ts';
import type { Engine } from '../../src/engine/engine.ts';
import type { InteractionsServer, InteractionsServerOptions } from '../../src/http/server.ts';
import type { Store } from '../../src/store/store.ts';
import { KNOWLEDGE_DIR, type LogLine, TOKEN } from '../discord/harness.ts';
import type { FakeDiscord, RecordedCall } from '../support/fake-discord.ts';
import { CEILING_MS } from '../support/wait-for.ts';
import { compiledProgram, SOURCE_PROGRAM } from './program.ts';

export interface Signer {
  /** The 32-byte public key as 64 hex characters: what the Developer Portal shows as Public Key. */
  publicKeyHex: string;
  /** X-Signature-Ed25519 for a timestamp and a body. */
  sign(timestamp: string, body: string | Buffer): string;
}

export function newSigner(): Signer {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x ?? '';
  return {
    publicKeyHex: Buffer.from(x, 'base64url').toString('hex'),
    sign: (timestamp, body) =>
      sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), privateKey).toString('hex'),
  };
}

/** Discord's X-Signature-Timestamp: Unix seconds. */
export function nowSeconds(offsetSeconds = 0): string {
  return String(Math.floor(Date.now() / 1000) + offsetSeconds);
}

export function signedHeaders(
  signer: Signer,
  body: string,
  timestamp = nowSeconds(),
): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    'X-Signature-Ed25519': signer.sign(timestamp, body),
    'X-Signature-Timestamp': timestamp,
  };
}

export interface HttpInstance {
  server: InteractionsServer;
  url: string;
  config: AppConfig;
  /** The SQLite file under DATA_DIR, or PostgreSQL when env has DATABASE_URL. */
  database: Store;
  knowledge: LiveKnowledge;
  /** With DATABASE_URL: the knowledge revisions this instance follows. */
  sharedKnowledge: SharedKnowledge | null;
  logs: LogLine[];
  close(): Promise<void>;
}

export interface HttpInstanceOptions {
  fake: FakeDiscord;
  signer: Signer;
  knowledgeDir?: string;
  /** Shared with other instances to test that they agree; default a new temp folder, removed on close. */
  dataDir?: string;
  engine?: Engine;
  env?: Record<string, string>;
  /** Keep no log lines (the load test). */
  discardLogs?: boolean;
  /** The slash commands (default: every module in commands/). */
  commands?: InteractionsServerOptions['commands'];
  /** The store the instance is given, made from the one it opened (to watch or slow its writes). */
  wrapStore?: (store: Store) => Store;
  /**
   * Run the JavaScript `npm run start:http` runs (dist/, built when stale: program.ts) instead of
   * the TypeScript in src/ (bench:http).
   */
  compiled?: boolean;
  /** Limits of the server (timeouts, body size) other than its defaults. */
  limits?: Pick<
    InteractionsServerOptions,
    'headersTimeoutMs' | 'requestTimeoutMs' | 'maxBodyBytes' | 'responseTimeoutMs'
  >;
}

/** One instance of `npm run start:http`, in process, on 127.0.0.1 and a free port. */
export async function startHttpInstance(options: HttpInstanceOptions): Promise<HttpInstance> {
  const { fake, signer } = options;
  const program = options.compiled ? await compiledProgram() : SOURCE_PROGRAM;
  const { loadConfig } = program.config;
  const { createLogger } = program.log;
  const { PgStore } = program.postgres;
  const { SqliteStore } = program.store;
  const { AppDatabase } = program.database;
  const { LiveKnowledge } = program.live;
  const { loadEngine } = program.loadEngine;
  const { openSharedKnowledge } = program.startup;
  const { startInteractionsServer } = program.server;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'http-data-'));
  const knowledgeDir = options.knowledgeDir ?? KNOWLEDGE_DIR;
  const config = loadConfig(
    {
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: '0',
      DATA_DIR: dataDir,
      KNOWLEDGE_DIR: knowledgeDir,
      COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'info',
      ...options.env,
    },
    'http',
  );
  const logs: LogLine[] = [];
  const logger = createLogger({
    level: config.logLevel,
    destination: {
      write: (line: string) => {
        if (!options.discardLogs) logs.push(JSON.parse(line) as LogLine);
      },
    },
  });
  const opened: Store = config.database
    ? await PgStore.open({ ...config.database, questionRetentionDays: config.questionRetentionDays })
    : new SqliteStore(AppDatabase.open({ dataDir, questionRetentionDays: config.questionRetentionDays }));
  const database = options.wrapStore ? options.wrapStore(opened) : opened;
  const knowledge = new LiveKnowledge(knowledgeDir, options.engine ?? loadEngine(knowledgeDir), {
    log: logger,
  });
  const sharedKnowledge = await openSharedKnowledge(config, database, knowledge, logger);
  const server = await startInteractionsServer({
    config,
    knowledge,
    database,
    logger,
    ...(sharedKnowledge ? { sharedKnowledge } : {}),
    // Discord's 3 seconds for the first response is the server's rule, not what these tests check:
    // on a loaded machine a handler can take longer, and the test would fail for the machine.
    responseTimeoutMs: CEILING_MS,
    ...(options.commands ? { commands: options.commands } : {}),
    ...options.limits,
  });
  return {
    server,
    url: server.url,
    config,
    database,
    knowledge,
    sharedKnowledge,
    logs,
    async close() {
      await server.close();
      knowledge.close();
      await sharedKnowledge?.close();
      await database.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface HttpAnswer {
  status: number;
  /** The parsed JSON body (or the text when it is not JSON). */
  body: unknown;
}

/** POSTs `body` to `url` as it is, with these headers. */
export async function post(url: string, body: string, headers: Record<string, string>): Promise<HttpAnswer> {
  const response = await fetch(url, { method: 'POST', body, headers });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed };
}

export interface Delivered extends HttpAnswer {
  /** The initial response as the fake recorded it (what waitForInteractionResponse returns). */
  call: RecordedCall;
}

/**
 * What Discord does with an interaction for an endpoint: registers it, signs and POSTs it, and
 * takes a 200 as its initial response (the fake validates it like a callback).
 */
export async function deliver(
  fake: FakeDiscord,
  url: string,
  signer: Signer,
  payload: APIInteraction,
): Promise<Delivered> {
  fake.httpInteraction(payload);
  const body = JSON.stringify(payload);
  const answer = await post(url, body, signedHeaders(signer, body));
  const call = fake.applyHttpResponse(payload, answer.status, answer.body);
  return { ...answer, call };
}

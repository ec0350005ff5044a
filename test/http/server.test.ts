/**
 * npm run start:http end to end: the real HTTP interactions server (same commands/, same
 * handlers) on 127.0.0.1, Discord's side played by a signing key made here and the fake Discord
 * (its REST API for edits and follow-ups, and its validation of every initial response). Answers
 * are compared with the gateway bot's answers to the same interactions.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type APIInteraction, InteractionResponseType, MessageFlags, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWLEDGE_DB_DOWN } from '../../src/app/shared-knowledge.ts';
import type { Command } from '../../src/discord/command.ts';
import { loadCommands } from '../../src/discord/command-loader.ts';
import { APOLOGY } from '../../src/discord/events/boundary.ts';
import { NOT_A_MODERATOR } from '../../src/discord/preconditions.ts';
import { MAX_BODY_BYTES } from '../../src/http/server.ts';
import type { Store } from '../../src/store/store.ts';
import {
  buttonsOf,
  type CallbackData,
  click,
  type Harness,
  limitProblems,
  runSlash,
  startHarness,
} from '../discord/harness.ts';
import { cooldownSecondsIn } from '../support/cooldown.ts';
import { cuttableProxy } from '../support/cuttable-proxy.ts';
import { EVERYONE_PERMISSIONS, type SlashCommandOptions } from '../support/fake-discord.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { freshPostgresUrl } from '../support/postgres.ts';
import { waitFor } from '../support/wait-for.ts';
import { formatLoad, measureNewConnections, runLoad } from './load.ts';
import { compiledProgram } from './program.ts';
import {
  deliver,
  type HttpInstance,
  newSigner,
  nowSeconds,
  post,
  type Signer,
  signedHeaders,
  startHttpInstance,
} from './support.ts';

const DEATH_TOLL = 'How many Syrian soldiers were killed in the airstrike?';

let h: Harness;
let signer: Signer;
let copy: KnowledgeCopy;
let api: HttpInstance;

beforeAll(async () => {
  signer = newSigner();
  copy = copyKnowledge();
  // The gateway bot, for comparison, and the HTTP server, both on the same fake Discord.
  h = await startHarness();
  api = await startHttpInstance({
    fake: h.fake,
    signer,
    knowledgeDir: copy.dir,
    env: { MODERATOR_ROLE_IDS: h.fake.guild().moderatorRoleId },
  });
});

afterAll(async () => {
  await api?.close();
  await h?.close();
  copy?.remove();
});

const send = (payload: APIInteraction) => deliver(h.fake, api.url, signer, payload);
const slash = (options: SlashCommandOptions) => send(h.fake.slashCommand(options));
const dataOf = (body: unknown) => ((body as { data?: CallbackData }).data ?? {}) as CallbackData;
/** The same /ask to each instance (each its own interaction): their HTTP bodies, conversation ids masked. */
async function askEach(
  urls: readonly string[],
  options: Omit<SlashCommandOptions, 'name'>,
): Promise<unknown[]> {
  const bodies: unknown[] = [];
  for (const url of urls) {
    const answered = await deliver(h.fake, url, signer, h.fake.slashCommand({ name: 'ask', ...options }));
    expect(answered.status).toBe(200);
    expect(answered.call.status).toBe(204); // the fake took it as a valid initial response
    bodies.push(JSON.parse(JSON.stringify(answered.body).replace(/"new:[\w-]+"/g, '"new:(id)"')));
  }
  return bodies;
}

describe('the endpoint', () => {
  it('answers a signed PING with a PONG', async () => {
    const body = JSON.stringify({
      id: '1',
      type: 1,
      application_id: h.fake.applicationId,
      token: 't',
      version: 1,
    });
    expect(await post(api.url, body, signedHeaders(signer, body))).toEqual({
      status: 200,
      body: { type: 1 },
    });
  });

  const other = newSigner();
  // Each case: the headers sent with a real /ask payload, and the body actually sent (default: it).
  it.each<[string, (body: string) => Record<string, string>, ((body: string) => string)?]>([
    ['a tampered body', (body) => signedHeaders(signer, body), (body) => body.replace('killed', 'kiled')],
    ['a signature made with another key', (body) => signedHeaders(other, body)],
    ['no signature', () => ({ 'X-Signature-Timestamp': nowSeconds() })],
    ['no timestamp', (body) => ({ 'X-Signature-Ed25519': signer.sign(nowSeconds(), body) })],
    ['no headers at all', () => ({})],
    ['a timestamp 6 minutes old (a replay)', (body) => signedHeaders(signer, body, nowSeconds(-360))],
    ['a timestamp 6 minutes ahead', (body) => signedHeaders(signer, body, nowSeconds(360))],
    [
      'a signature that is not hex',
      (body) => ({ ...signedHeaders(signer, body), 'X-Signature-Ed25519': 'zz' }),
    ],
    [
      'a signature over another timestamp',
      // One clock reading for both: read twice, a second could pass between them and make them equal.
      (body) => {
        const signedAt = nowSeconds();
        return {
          ...signedHeaders(signer, body, signedAt),
          'X-Signature-Timestamp': String(Number(signedAt) - 1),
        };
      },
    ],
  ])('refuses %s with 401, and runs nothing', async (_, headers, tamper = (body) => body) => {
    const body = JSON.stringify(h.fake.slashCommand({ name: 'ask', options: { question: DEATH_TOLL } }));
    const before = api.logs.length;
    expect(await post(api.url, tamper(body), headers(body))).toEqual({
      status: 401,
      body: { error: 'invalid request signature' },
    });
    expect(api.logs.slice(before).filter((l) => l.interactionId !== undefined)).toEqual([]);
  });

  it('runs the same request when it is signed (the refusals above are the signature, nothing else)', async () => {
    const body = JSON.stringify(h.fake.slashCommand({ name: 'ask', options: { question: DEATH_TOLL } }));
    const before = api.logs.length;
    expect((await post(api.url, body, signedHeaders(signer, body))).status).toBe(200);
    expect(api.logs.slice(before).map((l) => l.msg)).toContain('question answered');
  });

  it('refuses a validly signed request sent again (a replay) with 401, and runs it only once', async () => {
    const payload = h.fake.slashCommand({ name: 'ask', options: { question: DEATH_TOLL } });
    const body = JSON.stringify(payload);
    const headers = signedHeaders(signer, body);
    expect((await post(api.url, body, headers)).status).toBe(200);
    expect(await post(api.url, body, headers)).toEqual({
      status: 401,
      body: { error: 'interaction already received' },
    });
    const about = api.logs.filter((l) => l.interactionId === payload.id).map((l) => l.msg);
    expect(about.filter((msg) => msg === 'question answered')).toHaveLength(1);
    expect(about).toContain('replayed request refused: this interaction was already received');
  });

  it('answers 404 off the configured path and 405 to anything but POST', async () => {
    expect((await fetch(new URL('/other', api.url))).status).toBe(404);
    const get = await fetch(api.url);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('answers 413 to a body over the size cap, without reading it all', async () => {
    const body = Buffer.alloc(MAX_BODY_BYTES + 1, 'x');
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(api.url, {
        method: 'POST',
        headers: signedHeaders(signer, body.toString()),
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.end(body);
    });
    expect(status).toBe(413);
  });

  it('answers 400 to a signed body that is not JSON', async () => {
    const body = 'not json';
    expect((await post(api.url, body, signedHeaders(signer, body))).status).toBe(400);
  });

  it('never connects to the gateway', () => {
    expect(h.fake.identifies).toHaveLength(1); // the gateway bot's, not the HTTP server's
    expect(api.server.client.isReady()).toBe(false);
  });
});

/**
 * A client that sends its request a little at a time and never finishes (a "slowloris"): what
 * arrived at the server when, and how long it took the server to close the connection.
 */
function slowSender(url: string, part: 'headers' | 'body'): Promise<{ ms: number; response: string }> {
  const { hostname, port, pathname } = new URL(url);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let response = '';
    let timer: NodeJS.Timeout | undefined;
    socket.on('connect', () => {
      socket.write(`POST ${pathname} HTTP/1.1\r\nHost: ${hostname}\r\n`);
      if (part === 'body') socket.write('Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{');
      let n = 0;
      timer = setInterval(() => {
        n++;
        socket.write(part === 'headers' ? `X-Slow-${n}: x\r\n` : ' ');
      }, 200);
    });
    socket.on('data', (chunk) => {
      response += String(chunk);
    });
    socket.on('error', () => {}); // a reset counts as closed
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, response });
    });
    // A ceiling against a test that would hang: give up long after any limit under test.
    setTimeout(() => {
      socket.destroy();
      reject(new Error('the server never closed the connection of a slow sender'));
    }, 25_000).unref();
  });
}

/**
 * One PING on a raw keep-alive connection, then `idleMs` of silence, then another on the same
 * connection: the second's status line, or how the connection ended before it.
 */
function pingAfterIdle(url: string, idleMs: number): Promise<string[]> {
  const { hostname, port, pathname } = new URL(url);
  const body = JSON.stringify({ type: 1 });
  const request = () => {
    const headers = signedHeaders(signer, body);
    return [
      `POST ${pathname} HTTP/1.1`,
      `Host: ${hostname}:${port}`,
      'Connection: keep-alive',
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      `Content-Length: ${Buffer.byteLength(body)}`,
      '',
      body,
    ].join('\r\n');
  };
  return new Promise((resolve, reject) => {
    const seen: string[] = [];
    let buffered = '';
    const socket = net.connect(Number(port), hostname, () => socket.write(request()));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffered += chunk;
      const status = /^HTTP\/1\.1 \d{3}/.exec(buffered)?.[0];
      if (!status || !buffered.includes('"type":1')) return;
      seen.push(status);
      buffered = '';
      if (seen.length === 1) setTimeout(() => socket.writable && socket.write(request()), idleMs);
      else {
        socket.end();
        resolve(seen);
      }
    });
    socket.on('end', () => {
      seen.push('closed by the server');
      resolve(seen);
    });
    socket.on('error', (error) => {
      seen.push(String(error));
      resolve(seen);
    });
    setTimeout(() => {
      socket.destroy();
      reject(new Error(`no second answer: ${seen.join(', ')}`));
    }, idleMs + 20_000).unref();
  });
}

describe('idle keep-alive connections', () => {
  it('stay open longer than the 5 s node closes them after, so a proxy reusing one is not reset', async () => {
    // A reverse proxy (nginx, a cloud load balancer) keeps idle upstream connections for 60 s and
    // reuses them; a server that closes first races the proxy's next request, which then fails
    // with ECONNRESET (Discord shows "This interaction failed"). 6 s of silence outlasts node's
    // default keepAliveTimeout (5 s), which this server used until 4 December 2026.
    expect(await pingAfterIdle(api.url, 6000)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
  }, 40_000);
});

describe('slow senders', () => {
  const limits = { headersTimeoutMs: 1500, requestTimeoutMs: 2500 };
  let slow: HttpInstance;
  beforeAll(async () => {
    // A server of its own, started just now: node checks its timeouts on a timer from listen().
    slow = await startHttpInstance({ fake: h.fake, signer, limits });
  });
  afterAll(async () => {
    await slow?.close();
  });

  it('are cut off with 408 soon after the configured limits (node checks them every second, not every 30 s)', async () => {
    const [headers, body] = await Promise.all([
      slowSender(slow.url, 'headers'),
      slowSender(slow.url, 'body'),
    ]);
    // Not before the limit; well before the 30 s at which node would otherwise look. The ceiling
    // leaves room for a loaded machine; it is not a speed target.
    expect(headers.response).toMatch(/^HTTP\/1\.1 408 /);
    expect(headers.ms).toBeGreaterThanOrEqual(limits.headersTimeoutMs);
    expect(headers.ms).toBeLessThan(20_000);
    expect(body.response).toMatch(/^HTTP\/1\.1 408 /);
    expect(body.ms).toBeGreaterThanOrEqual(limits.requestTimeoutMs);
    expect(body.ms).toBeLessThan(20_000);
  });
});

describe('same commands, same answers as the gateway bot', () => {
  it.each<[string, Omit<SlashCommandOptions, 'name'>]>([
    ['ask', { options: { question: DEATH_TOLL } }],
    ['ask', { options: { question: 'what did merkel say about it' } }],
    ['quote', { options: { speaker: 'Samantha Power' } }],
    ['facts', {}],
    ['timeline', {}],
    ['source', {}],
    ['help', {}],
  ])('/%s %j', async (name, options) => {
    const gateway = await runSlash(h.fake, { name, ...options });
    const answered = await slash({ name, ...options });
    expect(answered.status).toBe(200);
    expect(answered.call.status).toBe(204); // the fake took it as a valid initial response
    // Each answer starts a conversation of its own: only its id ("New question") differs.
    const withoutConversation = (body: unknown) =>
      JSON.parse(JSON.stringify(body).replace(/"new:[\w-]+"/g, '"new:(id)"'));
    expect(withoutConversation(answered.body)).toEqual(withoutConversation(gateway.call.body));
    expect(limitProblems(dataOf(answered.body))).toEqual([]);
  });

  it('handles an interaction that carries entitlements (premium SKUs) without a gateway READY', async () => {
    const payload = h.fake.slashCommand({ name: 'facts' });
    const entitlement = {
      id: '1234567890123456789',
      sku_id: '1234567890123456780',
      application_id: h.fake.applicationId,
      user_id: h.fake.defaultUser.id,
      type: 8,
      deleted: false,
      starts_at: null,
      ends_at: null,
      consumed: false,
    };
    const answered = await send({ ...payload, entitlements: [entitlement] } as APIInteraction);
    expect(answered.status).toBe(200);
    expect(dataOf(answered.body).embeds?.[0]?.title).toMatch(/^Key facts/);
  });

  it('answers autocomplete with the same choices', async () => {
    const typed = { name: 'ask', options: { question: 'how many sol' }, focused: 'question' };
    const gateway = await h.fake.waitForInteractionResponse(
      h.fake.dispatchInteraction(h.fake.autocomplete(typed)),
    );
    const answered = await send(h.fake.autocomplete(typed));
    expect(answered.body).toMatchObject({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
    });
    expect(dataOf(answered.body).choices?.length).toBeGreaterThan(0);
    expect(answered.body).toEqual(gateway.body);
  });

  it('serves the buttons under an answer: More, and feedback recorded in the database', async () => {
    const payload = h.fake.slashCommand({ name: 'ask', options: { question: DEATH_TOLL } });
    const asked = await send(payload);
    // The fake posted the answer from the HTTP response, as Discord does: the buttons are on it.
    const onMessage = h.fake.originalMessage(payload);
    if (!onMessage) throw new Error('the answer was not posted');
    const buttons = buttonsOf(dataOf(asked.body));
    expect(Object.keys(buttons)).toEqual(expect.arrayContaining(['More', 'Helpful']));

    const more = await send(h.fake.button({ customId: buttons.More ?? '', message: onMessage }));
    const gatewayMore = await click(h.fake, onMessage, buttons.More ?? '');
    expect(dataOf(more.body).embeds?.[0]?.title).toBe('More quotes');
    expect(dataOf(more.body).flags).toBe(MessageFlags.Ephemeral);
    expect(more.body).toEqual(gatewayMore.call.body);

    const before = (await api.database.feedback()).length;
    const helpful = await send(h.fake.button({ customId: buttons.Helpful ?? '', message: onMessage }));
    expect(dataOf(helpful.body).flags).toBe(MessageFlags.Ephemeral);
    expect(await api.database.feedback()).toHaveLength(before + 1);
    expect((await api.database.feedback())[0]).toMatchObject({
      question: DEATH_TOLL,
      helpful: true,
      qaId: 'death-toll',
    });
  });
});

describe('moderator checks, from the member in the payload', () => {
  it('refuses /kb to a member without Manage Server or a moderator role', async () => {
    const answered = await slash({ name: 'kb', subcommand: 'list', user: h.fake.defaultUser });
    expect(dataOf(answered.body)).toMatchObject({ content: NOT_A_MODERATOR, flags: MessageFlags.Ephemeral });
  });

  it('allows /kb to a member with Manage Server', async () => {
    const answered = await slash({ name: 'kb', subcommand: 'list', user: h.fake.ownerUser });
    expect(dataOf(answered.body).embeds?.[0]?.title).toMatch(/^Q&A entries \(\d+\)$/);
  });

  it('allows /kb to a member whose only claim is a role in MODERATOR_ROLE_IDS (raw role ids)', async () => {
    const member = h.fake.user({ username: 'role-only' });
    const answered = await slash({
      name: 'kb',
      subcommand: 'list',
      user: member,
      roles: [h.fake.guild().moderatorRoleId],
      permissions: EVERYONE_PERMISSIONS,
    });
    expect(dataOf(answered.body).embeds?.[0]?.title).toMatch(/^Q&A entries/);
  });
});

describe('deferred replies', () => {
  it('answers the HTTP request with the deferral and sends the edit over REST', async () => {
    const question = 'Which planes were used to bomb the Syrian troops?';
    const payload = h.fake.slashCommand({
      name: 'kb',
      subcommand: 'add',
      options: { question, answer: 'p3.s1', id: 'planes-used' },
      user: h.fake.moderatorUser,
    });
    const answered = await send(payload);
    expect(answered.body).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    const edit = await h.fake.waitForCall({
      method: 'PATCH',
      path: Routes.webhookMessage(h.fake.applicationId, payload.token, '@original'),
    });
    expect(edit.status).toBe(200);
    expect((edit.body as CallbackData).content).toMatch(/^✅ Added `planes-used` — it answers now\./);
    expect(h.fake.originalMessage(payload)?.flags ?? 0).toBe(MessageFlags.Ephemeral);
    expect(copy.read('qa.yaml')).toContain('id: planes-used');

    const asked = await slash({ name: 'ask', options: { question } });
    expect(buttonsOf(dataOf(asked.body)).Helpful).toMatch(/:planes-used$/);
  });
});

describe('stateless: instances share what they must through DATA_DIR', () => {
  let dataDir: string;
  let first: HttpInstance;
  let second: HttpInstance;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'http-shared-'));
    const options = { fake: h.fake, signer, dataDir, env: { COOLDOWN_SECONDS: '30' } };
    [first, second] = await Promise.all([startHttpInstance(options), startHttpInstance(options)]);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps one user's cooldown across instances", async () => {
    const user = h.fake.user({ username: 'quick-asker' });
    const ask = () => h.fake.slashCommand({ name: 'ask', options: { question: DEATH_TOLL }, user });
    const one = await deliver(h.fake, first.url, signer, ask());
    expect(dataOf(one.body).embeds?.[0]?.title).toBe(DEATH_TOLL);
    const two = await deliver(h.fake, second.url, signer, ask());
    expect(dataOf(two.body).flags).toBe(MessageFlags.Ephemeral);
    expect(cooldownSecondsIn(dataOf(two.body).content)).toBeGreaterThanOrEqual(1);
    expect(cooldownSecondsIn(dataOf(two.body).content)).toBeLessThanOrEqual(30);
  });
});

describe('a follow-up sent to another instance the moment the answer arrives', () => {
  it('is read in context: the reply to /ask goes out once its turn is recorded', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'http-follow-'));
    // The first instance's store takes 300 ms to record a turn: a reply sent before the turn is
    // recorded reaches the asker first, and their next question, on the other instance, would be
    // read as a new one.
    let recorded = 0;
    const slowTurns = (store: Store): Store =>
      new Proxy(store, {
        get(target, key) {
          if (key === 'addConversationTurn') {
            return async (...args: Parameters<Store['addConversationTurn']>) => {
              await sleep(300);
              await target.addConversationTurn(...args);
              recorded++;
            };
          }
          const value = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    const env = { COOLDOWN_SECONDS: '0' };
    const first = await startHttpInstance({ fake: h.fake, signer, dataDir, env, wrapStore: slowTurns });
    const second = await startHttpInstance({ fake: h.fake, signer, dataDir, env });
    try {
      const asker = h.fake.user({ username: 'hopping-asker' });
      const ask = (url: string, question: string) =>
        deliver(
          h.fake,
          url,
          signer,
          h.fake.slashCommand({ name: 'ask', options: { question }, user: asker }),
        );
      const one = await ask(first.url, 'what did samantha power say');
      expect(dataOf(one.body).embeds?.length).toBeGreaterThan(0);
      expect(recorded).toBe(1);
      const two = await ask(second.url, 'and what did churkin say about her');
      expect(dataOf(two.body).embeds?.[0]?.description).toMatch(/^\*Reading 'her' as/);
    } finally {
      await Promise.all([first.close(), second.close()]);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

// Several hosts on one PostgreSQL database: test/http/several-hosts.test.ts.

describe('PostgreSQL down (DATABASE_URL): answering goes on, /kb edits are refused, recovery', () => {
  it('answers questions, refuses an edit with a clear message and nothing written, then edits again', async () => {
    const proxy = await cuttableProxy(new URL(await freshPostgresUrl()));
    const folder = copyKnowledge();
    const instance = await startHttpInstance({
      fake: h.fake,
      signer,
      knowledgeDir: folder.dir,
      env: {
        COOLDOWN_SECONDS: '30',
        DATABASE_URL: proxy.url(),
        MODERATOR_ROLE_IDS: h.fake.guild().moderatorRoleId,
      },
    });
    try {
      const before = folder.read('qa.yaml');
      await proxy.cut();
      const asked = await deliver(
        h.fake,
        instance.url,
        signer,
        h.fake.slashCommand({ name: 'ask', options: { question: DEATH_TOLL } }),
      );
      expect(dataOf(asked.body).embeds?.[0]?.title).toBe(DEATH_TOLL);

      const add = (id: string) =>
        h.fake.slashCommand({
          name: 'kb',
          subcommand: 'add',
          options: { question: 'Which aircraft bombed the Syrian positions?', answer: 'p3.s1', id },
          user: h.fake.moderatorUser,
        });
      const refusedPayload = add('aircraft-down');
      await deliver(h.fake, instance.url, signer, refusedPayload);
      const refused = await h.fake.waitForCall({
        method: 'PATCH',
        path: Routes.webhookMessage(h.fake.applicationId, refusedPayload.token, '@original'),
      });
      expect((refused.body as CallbackData).content).toBe(`❌ Nothing was changed: ${KNOWLEDGE_DB_DOWN}`);
      expect(folder.read('qa.yaml')).toBe(before);

      await proxy.restore();
      const acceptedPayload = add('aircraft-back');
      await deliver(h.fake, instance.url, signer, acceptedPayload);
      const accepted = await h.fake.waitForCall({
        method: 'PATCH',
        path: Routes.webhookMessage(h.fake.applicationId, acceptedPayload.token, '@original'),
      });
      expect((accepted.body as CallbackData).content).toMatch(/^✅ Added `aircraft-back`/);
      expect((await instance.database.history()).map((r) => r.entryId)).toEqual(['aircraft-back']);
    } finally {
      await instance.close();
      folder.remove();
    }
  });
});

describe('/ask answered from the payload (Command.direct), without discord.js objects', () => {
  /**
   * Two instances on one engine: one answers /ask from the payload, its answers computed on an
   * answer thread (HTTP_ANSWER_THREADS, the default), the other through discord.js, its answers
   * computed on the thread serving requests.
   */
  async function pair(env: Record<string, string>) {
    const { commands } = await loadCommands();
    const calls = { direct: 0 };
    const counted = commands.map((command): Command => {
      const direct = command.direct;
      if (!direct) return command;
      return {
        ...command,
        direct: (payload, context) => {
          calls.direct++;
          return direct(payload, context);
        },
      };
    });
    const usual = commands.map(({ direct: _, ...command }): Command => command);
    const engine = api.knowledge.engines.current;
    const viaPayload = await startHttpInstance({ fake: h.fake, signer, engine, commands: counted, env });
    const viaDiscordJs = await startHttpInstance({
      fake: h.fake,
      signer,
      engine,
      commands: usual,
      env: { ...env, HTTP_ANSWER_THREADS: '0' },
    });
    const threads = viaPayload.server.answerThreads;
    expect(threads).toBeDefined();
    await waitFor(() => threads?.serving(engine), { what: 'the answer thread to build the engine' });
    const both = (options: Omit<SlashCommandOptions, 'name'>) =>
      askEach([viaPayload.url, viaDiscordJs.url], options);
    return {
      calls,
      both,
      urls: [viaPayload.url, viaDiscordJs.url],
      close: () => Promise.all([viaPayload.close(), viaDiscordJs.close()]),
    };
  }

  it('replies exactly as through discord.js: answers, contested points, abstentions, follow-ups, DMs', async () => {
    const p = await pair({});
    try {
      const asker = h.fake.user({ username: 'direct-asker' });
      const cases: Array<Omit<SlashCommandOptions, 'name'>> = [
        { options: { question: DEATH_TOLL } },
        { options: { question: 'what did merkel say about it' } },
        { options: { question: 'what is the capital of france' } },
        { options: { question: 'who bombed them and how long did it last?' } },
        { options: { question: '@everyone **who** said it was a `mistake`?? <#123>' } },
        // A conversation: the second question is read in the light of the first (both instances keep their own).
        { options: { question: 'what did samantha power say' }, user: asker },
        { options: { question: 'and what did churkin say about her' }, user: asker },
        { options: { question: 'when was that', new: true }, user: asker },
        { options: { question: DEATH_TOLL }, guildId: null },
      ];
      const kinds = new Set<string>();
      for (const options of cases) {
        const [direct, usual] = await p.both(options);
        expect(direct).toEqual(usual);
        const data = dataOf(direct);
        kinds.add(data.flags === MessageFlags.Ephemeral ? 'abstained' : 'answered');
        if (data.embeds?.[0]?.description?.startsWith("*Reading 'her' as")) kinds.add('follow-up');
      }
      // The cases did reach both kinds of reply, and the payload path answered every one of them.
      expect([...kinds].sort()).toEqual(['abstained', 'answered', 'follow-up']);
      expect(p.calls.direct).toBe(cases.length);
    } finally {
      await p.close();
    }
  });

  it('in a thread, continues the thread\'s conversation whoever asks, and "New question" ends it, as the gateway bot does', async () => {
    const p = await pair({});
    try {
      const thread = h.fake.thread({ name: 'airstrike questions' });
      const alice = h.fake.user({ username: 'thread-alice' });
      const bob = h.fake.user({ username: 'thread-bob' });
      const carol = h.fake.user({ username: 'thread-carol' });
      await p.both({
        options: { question: 'what did samantha power say' },
        user: alice,
        channelId: thread.id,
      });
      // Another user's follow-up in the thread is read in the light of the thread's question, on
      // both paths (the payload's channel type says it is a thread; no channel is cached).
      const followUp = await p.both({
        options: { question: 'and what did churkin say about her' },
        user: bob,
        channelId: thread.id,
      });
      expect(followUp[0]).toEqual(followUp[1]);
      for (const body of followUp)
        expect(dataOf(body).embeds?.[0]?.description).toMatch(/^\*Reading 'her' as/);
      // In the channel the thread hangs off, bob has no conversation: the same question is not a follow-up.
      const [outside] = await p.both({
        options: { question: 'and what did churkin say about her' },
        user: bob,
      });
      expect(dataOf(outside).embeds?.[0]?.description ?? '').not.toMatch(/^\*Reading/);
      // "New question" clicked in the thread (a button: the discord.js path on both) ends the
      // thread's conversation there: the next question in the thread by someone else starts afresh.
      const ask = (url: string, question: string, user: typeof alice) =>
        deliver(
          h.fake,
          url,
          signer,
          h.fake.slashCommand({ name: 'ask', options: { question }, user, channelId: thread.id }),
        );
      for (const url of p.urls) {
        const answered = await ask(url, 'what did samantha power say', alice);
        const newQuestion = buttonsOf(dataOf(answered.body))['New question'] ?? '';
        expect(newQuestion).toMatch(/^new:/);
        const clicked = await deliver(
          h.fake,
          url,
          signer,
          h.fake.button({ customId: newQuestion, user: bob, channelId: thread.id }),
        );
        expect(clicked.status).toBe(200);
        // A third user: alice's own key in the thread still leads to her conversation, the thread's does not.
        const after = await ask(url, 'and what did churkin say about her', carol);
        expect(dataOf(after.body).embeds?.[0]?.description ?? '').not.toMatch(/^\*Reading/);
      }
    } finally {
      await p.close();
    }
  });

  it('refuses a question within the cooldown exactly as through discord.js', async () => {
    const p = await pair({ COOLDOWN_SECONDS: '30' });
    try {
      const user = h.fake.user({ username: 'direct-quick-asker' });
      const [firstDirect, firstUsual] = await p.both({ options: { question: DEATH_TOLL }, user });
      expect(firstDirect).toEqual(firstUsual);
      const [direct, usual] = await p.both({ options: { question: DEATH_TOLL }, user });
      expect(dataOf(direct).flags).toBe(MessageFlags.Ephemeral);
      expect(cooldownSecondsIn(dataOf(direct).content)).toBeGreaterThanOrEqual(1);
      expect(cooldownSecondsIn(dataOf(direct).content)).toBeLessThanOrEqual(30);
      expect(direct).toEqual(usual);
    } finally {
      await p.close();
    }
  });
});

describe('/ask from the payload, failing', () => {
  it('apologises exactly as through discord.js, and logs the failure with the request ids', async () => {
    const { commands } = await loadCommands();
    const failing = (name: string) =>
      commands.map((command): Command => {
        if (command.data.name !== 'ask') return command;
        const { direct: _, ...usual } = command;
        return name === 'direct'
          ? { ...command, direct: () => Promise.reject(new Error('the store is on fire')) }
          : { ...usual, execute: () => Promise.reject(new Error('the store is on fire')) };
      });
    const engine = api.knowledge.engines.current;
    const instances = [
      await startHttpInstance({ fake: h.fake, signer, engine, commands: failing('direct') }),
      await startHttpInstance({ fake: h.fake, signer, engine, commands: failing('execute') }),
    ];
    try {
      const bodies = [];
      for (const instance of instances) {
        const payload = h.fake.slashCommand({ name: 'ask', options: { question: DEATH_TOLL } });
        const answered = await deliver(h.fake, instance.url, signer, payload);
        expect(answered.status).toBe(200);
        bodies.push(answered.body);
        const failed = instance.logs.find((line) => line.msg === 'handler failed');
        expect(failed).toMatchObject({ interactionId: payload.id, command: 'ask' });
      }
      expect(dataOf(bodies[0])).toMatchObject({ content: APOLOGY, flags: MessageFlags.Ephemeral });
      expect(bodies[0]).toEqual(bodies[1]);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
  });
});

describe('load', () => {
  it('serves requests on new connections in their turn while 50 keep-alive connections keep it busy', async () => {
    const busy = await startHttpInstance({ fake: h.fake, signer, discardLogs: true });
    try {
      const result = await measureNewConnections({
        url: busy.url,
        fake: h.fake,
        signer,
        busy: 50,
        fresh: 20,
        questions: [DEATH_TOLL],
        titleOf: () => DEATH_TOLL,
      });
      expect(result.failures).toEqual([]);
      expect(result.overtaken).toHaveLength(20);
      // In arrival order, each waits behind about one request per busy connection (measured: 1.2
      // to 1.8). Accepted only between rounds of the busy connections' requests, as before, the
      // 20th of the burst waited 20 rounds: 1,000 requests. A count, not a time: a slower machine
      // runs fewer requests per turn, so it only gets smaller; a quiet one with the async store
      // runs more per turn (measured up to 5.5 per busy connection), so the bound is half the old
      // behaviour's 1,000, not a tight fit to today's machine.
      expect(Math.max(...result.overtaken)).toBeLessThan(50 * 10);
    } finally {
      await busy.close();
    }
  });

  // npm run bench:http runs the same with 10,000 requests and measures it; here only the answers count.
  it('answers 500 signed /ask requests on loopback, 50 in flight, every one correctly', async () => {
    const loaded = await startHttpInstance({
      fake: h.fake,
      signer,
      discardLogs: true,
      env: { COOLDOWN_SECONDS: '5' },
    });
    try {
      const result = await runLoad({
        url: loaded.url,
        fake: h.fake,
        signer,
        total: 500,
        concurrency: 50,
        questions: [DEATH_TOLL],
        titleOf: () => DEATH_TOLL,
        warmup: 100,
      });
      console.log(formatLoad(result));
      expect(result.failures).toEqual([]);
      expect(result.ok).toBe(600);
    } finally {
      await loaded.close();
    }
  });
});

describe('the compiled program (dist/, as npm run start:http runs it, and as bench:http measures it)', () => {
  it('is what a compiled instance runs, and it replies to /ask as the TypeScript does', async () => {
    expect((await compiledProgram()).paths.COMPILED).toBe(true);
    const instances = [
      await startHttpInstance({ fake: h.fake, signer, compiled: true }),
      await startHttpInstance({ fake: h.fake, signer }),
    ];
    try {
      for (const instance of instances) {
        const threads = instance.server.answerThreads;
        await waitFor(() => threads?.serving(instance.knowledge.engines.current) ?? true, {
          what: 'the answer thread to build the engine',
        });
      }
      const asker = h.fake.user({ username: 'compiled-asker' });
      const cases: Array<Omit<SlashCommandOptions, 'name'>> = [
        { options: { question: DEATH_TOLL } },
        { options: { question: 'what is the capital of france' } },
        { options: { question: '@everyone **who** said it was a `mistake`?? <#123>' } },
        { options: { question: 'what did samantha power say' }, user: asker },
        { options: { question: 'and what did churkin say about her' }, user: asker },
      ];
      for (const options of cases) {
        const bodies = await askEach(
          instances.map((instance) => instance.url),
          options,
        );
        expect(bodies[0]).toEqual(bodies[1]);
      }
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
  });
});

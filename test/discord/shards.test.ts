/**
 * SHARD_COUNT=auto end to end: `npm start` (src/main.ts, run with tsx from an empty folder) becomes
 * discord.js's ShardingManager, which asks the fake Discord for the shard count (2) and runs two
 * shard processes, each with its own Client, against a copy of knowledge/ and a temporary DATA_DIR.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type APIInteraction, InteractionResponseType, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { type FakeDiscord, type SlashCommandOptions, startFakeDiscord } from '../support/fake-discord.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { isAlive, NODE_ARGS, ROOT } from '../support/processes.ts';
import { CEILING_MS, waitFor } from '../support/wait-for.ts';
import { buttonsOf, type CallbackData, callbackData, TOKEN } from './harness.ts';

type Line = { msg: string; shard?: number; pid?: number; role?: string; [key: string]: unknown };

let fake: FakeDiscord;
let copy: KnowledgeCopy;
let cwd: string;
let manager: ChildProcess;
let stderr = '';

const lines = (): Line[] =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Line);

/** The pids of the live shard processes, by shard, from the manager's log. */
function shardPid(shard: number): number {
  const spawned = lines().filter(
    (l) => l.role === 'shard-manager' && l.shard === shard && /spawned$/.test(l.msg),
  );
  const pid = spawned.at(-1)?.pid;
  if (typeof pid !== 'number') throw new Error(`no pid logged for shard ${shard}`);
  return pid;
}

beforeAll(async () => {
  fake = await startFakeDiscord({ shards: 2, token: TOKEN });
  copy = copyKnowledge();
  cwd = mkdtempSync(join(tmpdir(), 'bot-shards-'));
  manager = spawn(process.execPath, [...NODE_ARGS, join(ROOT, 'src/main.ts')], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      SHARD_COUNT: 'auto',
      KNOWLEDGE_DIR: copy.dir,
      DATA_DIR: join(cwd, 'data'),
      COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'info',
      HEALTH_PORT: '0',
      // A channel of the guild on shard 0: only that shard has it, and only it posts reload reports.
      MOD_LOG_CHANNEL_ID: fake.guild(0).botChannelId,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  manager.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  // Three node processes start (the manager, then one shard after the other): on a loaded
  // two-core machine that can take a long while (30 s a shard was seen), so the ceiling against a
  // hang is larger here; an exit fails at once.
  const started = await waitFor(
    () => lines().some((l) => l.msg === 'every shard is ready') || manager.exitCode !== null,
    { what: 'every shard to be ready', ceiling: 4 * CEILING_MS },
  ).catch(() => false);
  if (!started || manager.exitCode !== null) throw new Error(`the shards did not start:\n${stderr}`);
}, 5 * CEILING_MS);

afterAll(async () => {
  if (manager && manager.exitCode === null) {
    manager.kill('SIGKILL');
    await once(manager, 'exit');
  }
  // Orphaned shards notice the manager is gone and stop; make sure of it.
  for (const shard of [0, 1]) {
    try {
      process.kill(shardPid(shard), 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await fake?.close();
  copy?.remove();
  rmSync(cwd, { recursive: true, force: true });
});

/** Dispatches a slash command in the guild of `shard` and waits for its final answer. */
async function command(shard: number, options: Omit<SlashCommandOptions, 'guildId'>) {
  const interaction = fake.dispatchInteraction(
    fake.slashCommand({ ...options, guildId: fake.guild(shard).id }),
  );
  const call = await fake.waitForInteractionResponse(interaction);
  const deferred =
    (call.body as { type: number }).type === InteractionResponseType.DeferredChannelMessageWithSource;
  const body = deferred
    ? ((
        await fake.waitForCall({
          method: 'PATCH',
          path: Routes.webhookMessage(fake.applicationId, interaction.token, '@original'),
        })
      ).body as CallbackData)
    : callbackData(call);
  return { interaction, body };
}

const answeredBy = (interaction: APIInteraction) =>
  lines().find((l) => l.interactionId === interaction.id && l.msg === 'question answered')?.shard;

const ask = (shard: number, question: string) => command(shard, { name: 'ask', options: { question } });
const kb = (shard: number, subcommand: string, options: Record<string, string> = {}) =>
  command(shard, { name: 'kb', subcommand, options, user: fake.moderatorUser });

describe('SHARD_COUNT=auto', () => {
  it('asks the fake for the count through DISCORD_API_URL and starts two shards, one IDENTIFY each', () => {
    expect(fake.findCalls({ method: 'GET', path: Routes.gatewayBot() }).length).toBeGreaterThanOrEqual(1);
    expect(fake.identifies.map((d) => d.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.readyShards).toEqual([0, 1]);
    expect(shardPid(0)).not.toBe(shardPid(1));
    expect(lines().find((l) => l.msg === 'starting shards')).toMatchObject({
      totalShards: 2,
      recommended: 2,
    });
  });

  it('answers the health probe for every shard: ready, and the version each serves', async () => {
    const url = String(
      lines().find((l) => l.msg === 'health probe listening' && l.role === 'shard-manager')?.url,
    );
    const onDisk = loadKnowledge(copy.dir);
    if (!onDisk.ok) throw new Error('the knowledge copy does not load');
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      shards: [
        { id: 0, gateway: 'ready', knowledgeVersion: onDisk.kb.version },
        { id: 1, gateway: 'ready', knowledgeVersion: onDisk.kb.version },
      ],
    });
  });

  it('answers on each shard, with log lines that carry the shard id', async () => {
    const question = 'How long did the airstrike last?';
    const [zero, one] = await Promise.all([ask(0, question), ask(1, question)]);
    for (const { body } of [zero, one]) expect(body.embeds?.[0]?.title).toBe(question);
    await expect.poll(() => [answeredBy(zero.interaction), answeredBy(one.interaction)]).toEqual([0, 1]);
  });

  it('brings a /kb add on shard 0 to shard 1, which then answers it and reports the same version', async () => {
    const question = 'Which jets took part in the coalition raid?';
    const added = await kb(0, 'add', { question, answer: 'p3.s1', id: 'jets-in-raid' });
    const version = /Knowledge version `([0-9a-f]+)`/.exec(added.body.content ?? '')?.[1];
    expect(added.body.content).toMatch(/^✅ Added `jets-in-raid`/);
    expect(version).toBeDefined();

    // Shard 1 re-read the folder because shard 0 broadcast the change through the manager.
    await expect
      .poll(() =>
        lines().find((l) => l.shard === 1 && l.msg === 'another shard changed the knowledge: reloading'),
      )
      .toMatchObject({ fromShard: 0, version });
    // The reload is done on a worker thread: ask once shard 1 serves the new version.
    await expect
      .poll(() =>
        lines().find((l) => l.shard === 1 && l.msg === 'knowledge reloaded' && l.version === version),
      )
      .toBeDefined();
    const asked = await ask(1, question);
    expect(buttonsOf(asked.body).Helpful).toMatch(/:jets-in-raid$/);

    const checked = await kb(1, 'check');
    expect(checked.body.content).toContain(
      `Shards (2) all answer from the same version: 0: \`${version}\` · 1: \`${version}\`.`,
    );
  });

  it('serves a hand edit of the files on every shard: each watches the folder', async () => {
    copy.edit('qa.yaml', (text) =>
      text.replace(
        '    - For how long were the troops bombed?\n',
        '    - For how long were the troops bombed?\n    - How long was the bombardment?\n',
      ),
    );
    const onDisk = loadKnowledge(copy.dir);
    if (!onDisk.ok) throw new Error('the hand edit broke the knowledge');
    const version = onDisk.kb.version;
    await expect
      .poll(async () => (await kb(0, 'check')).body.content, { interval: 200 })
      .toContain(`Shards (2) all answer from the same version: 0: \`${version}\` · 1: \`${version}\`.`);
    // Both shards reloaded; the moderators are told once, not once per shard.
    const report = `✅ Knowledge reloaded (file changed: qa.yaml): the bot now answers from version \`${version}\`.`;
    const modLog = { method: 'POST', path: Routes.channelMessages(fake.guild(0).botChannelId) };
    await fake.waitForCall(modLog);
    await sleep(300); // time for a second report, were there one
    expect(fake.findCalls(modLog).map((c) => (c.body as CallbackData).content)).toEqual([report]);
    // Shard 1 did not even try (the channel is not one of its guilds').
    expect(lines().filter((l) => /mod-log|MOD_LOG_CHANNEL_ID/.test(l.msg))).toEqual([]);
  });

  it('respawns a shard whose process is killed, while the other keeps answering', async () => {
    const victim = shardPid(1);
    const identified = fake.identifies.length;
    process.kill(victim, 'SIGKILL');

    const during = await ask(0, 'Why was the strike stopped?');
    expect(during.body.embeds?.length).toBe(1);

    await expect.poll(() => isAlive(victim)).toBe(false);
    await expect
      .poll(() => lines().find((l) => l.role === 'shard-manager' && l.shard === 1 && l.msg === 'shard died'))
      .toMatchObject({ pid: victim, signal: 'SIGKILL', respawn: true });
    await expect.poll(() => fake.identifies.slice(identified).map((d) => d.shard)).toEqual([[1, 2]]);
    await expect.poll(() => fake.readyShards).toEqual([0, 1]);
    expect(shardPid(1)).not.toBe(victim);

    const after = await ask(1, 'Why was the strike stopped?');
    expect(after.body.embeds?.length).toBe(1);
    // The respawned shard serves the knowledge as edited: it read the folder when it started.
    expect(buttonsOf((await ask(1, 'Which jets took part in the coalition raid?')).body).Helpful).toMatch(
      /:jets-in-raid$/,
    );
  });

  it('stops every shard on SIGTERM and exits 0', async () => {
    const pids = [shardPid(0), shardPid(1)];
    manager.kill('SIGTERM');
    const [code] = (await once(manager, 'exit')) as [number | null];
    expect(code).toBe(0);
    for (const pid of pids) expect(isAlive(pid)).toBe(false);
    expect(lines().map((l) => l.msg)).toEqual(expect.arrayContaining(['every shard stopped']));
  });
});

/**
 * The gateway bot and an HTTP interactions instance on one PostgreSQL database (DATABASE_URL),
 * each with its own DATA_DIR and knowledge folder, on one fake Discord: the cooldown holds across
 * them, and a /kb edit on the gateway is served by the HTTP instance (and the other way round).
 */
import { Routes } from 'discord.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cooldownMessage } from '../../src/discord/cooldown.ts';
import { buttonsOf, type CallbackData, type Harness, runSlash, startHarness } from '../discord/harness.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { freshPostgresUrl } from '../support/postgres.ts';
import { deliver, type HttpInstance, newSigner, startHttpInstance } from './support.ts';

const DEATH_TOLL = 'How many Syrian soldiers were killed in the airstrike?';

let h: Harness;
let api: HttpInstance;
const folders: KnowledgeCopy[] = [];
const signer = newSigner();

beforeAll(async () => {
  const url = await freshPostgresUrl();
  folders.push(copyKnowledge(), copyKnowledge());
  h = await startHarness({
    knowledgeDir: folders[0]?.dir,
    env: (fake) => ({
      DATABASE_URL: url,
      COOLDOWN_SECONDS: '30',
      MODERATOR_ROLE_IDS: fake.guild().moderatorRoleId,
    }),
  });
  api = await startHttpInstance({
    fake: h.fake,
    signer,
    knowledgeDir: folders[1]?.dir,
    env: { DATABASE_URL: url, COOLDOWN_SECONDS: '30', MODERATOR_ROLE_IDS: h.fake.guild().moderatorRoleId },
  });
});

afterAll(async () => {
  await api?.close();
  await h?.close();
  for (const folder of folders) folder.remove();
});

const dataOf = (body: unknown) => ((body as { data?: CallbackData }).data ?? {}) as CallbackData;

it("holds one user's cooldown across the gateway bot and the HTTP instance", async () => {
  expect(h.store.kind).toBe('postgres');
  const user = h.fake.user({ username: 'gateway-then-http' });
  const first = await runSlash(h.fake, { name: 'ask', options: { question: DEATH_TOLL }, user });
  expect(first.data.embeds?.[0]?.title).toBe(DEATH_TOLL);
  const second = await deliver(
    h.fake,
    api.url,
    signer,
    h.fake.slashCommand({ name: 'ask', options: { question: DEATH_TOLL }, user }),
  );
  expect(dataOf(second.body).content).toBe(cooldownMessage(30));
});

it('serves a /kb add made on the gateway bot on the HTTP instance, and one made there on the bot', async () => {
  await expect.poll(() => api.sharedKnowledge?.listening && h.sharedKnowledge?.listening).toBe(true);
  const question = 'Which jets flew over Deir el-Zour that day?';
  const added = h.fake.dispatchInteraction(
    h.fake.slashCommand({
      name: 'kb',
      subcommand: 'add',
      options: { question, answer: 'p3.s1', id: 'jets-gateway' },
      user: h.fake.moderatorUser,
    }),
  );
  const edit = await h.fake.waitForCall({
    method: 'PATCH',
    path: Routes.webhookMessage(h.fake.applicationId, added.token, '@original'),
  });
  expect((edit.body as CallbackData).content).toMatch(/^✅ Added `jets-gateway`/);
  await expect.poll(() => api.sharedKnowledge?.revision).toBe(h.sharedKnowledge?.revision);
  await expect.poll(() => api.knowledge.version).toBe(h.knowledge.version);
  const asked = await deliver(
    h.fake,
    api.url,
    signer,
    h.fake.slashCommand({ name: 'ask', options: { question } }),
  );
  expect(buttonsOf(dataOf(asked.body)).Helpful).toMatch(/:jets-gateway$/);

  const back = h.fake.slashCommand({
    name: 'kb',
    subcommand: 'remove',
    options: { id: 'jets-gateway' },
    user: h.fake.moderatorUser,
  });
  await deliver(h.fake, api.url, signer, back);
  const removed = await h.fake.waitForCall({
    method: 'PATCH',
    path: Routes.webhookMessage(h.fake.applicationId, back.token, '@original'),
  });
  expect((removed.body as CallbackData).content).toMatch(/^✅ Removed `jets-gateway`/);
  await expect.poll(() => h.sharedKnowledge?.revision).toBe(api.sharedKnowledge?.revision);
  await expect.poll(() => h.knowledge.version).toBe(api.knowledge.version);
  expect(folders[0]?.read('qa.yaml')).not.toContain('jets-gateway');
  // One audit trail: both changes, whichever process made them.
  expect((await h.store.history('jets-gateway')).map((r) => r.action)).toEqual(['remove', 'add']);
});

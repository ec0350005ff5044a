/**
 * PostgreSQL stopped and started again under two HTTP instances (DATABASE_URL), on a server of
 * this test's own (the run's server is shared with other files): the instances keep answering,
 * refuse /kb edits with a clear message while it is down, and recover by themselves; nothing
 * committed before is lost.
 */
import { Routes } from 'discord.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KNOWLEDGE_DB_DOWN } from '../../src/app/shared-knowledge.ts';
import { type CallbackData, TOKEN } from '../discord/harness.ts';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { type EmbeddedServer, startEmbeddedServer } from '../support/postgres-setup.ts';
import { deliver, type HttpInstance, newSigner, type Signer, startHttpInstance } from './support.ts';

const DEATH_TOLL = 'How many Syrian soldiers were killed in the airstrike?';

let fake: FakeDiscord;
let signer: Signer;
let server: EmbeddedServer;
let folders: KnowledgeCopy[] = [];
const instances: HttpInstance[] = [];

beforeAll(async () => {
  [fake, server] = await Promise.all([startFakeDiscord({ token: TOKEN }), startEmbeddedServer()]);
  signer = newSigner();
  folders = [copyKnowledge(), copyKnowledge()];
  for (const folder of folders) {
    instances.push(
      await startHttpInstance({
        fake,
        signer,
        knowledgeDir: folder.dir,
        env: { DATABASE_URL: server.url, MODERATOR_ROLE_IDS: fake.guild().moderatorRoleId },
      }),
    );
  }
});

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.close()));
  for (const folder of folders) folder.remove();
  await server?.remove();
  await fake?.close();
});

const dataOf = (body: unknown) => ((body as { data?: CallbackData }).data ?? {}) as CallbackData;

async function kbAdd(instance: HttpInstance, id: string): Promise<string> {
  const payload = fake.slashCommand({
    name: 'kb',
    subcommand: 'add',
    options: { question: `Which aircraft flew mission ${id}?`, answer: 'p3.s1', id },
    user: fake.moderatorUser,
  });
  await deliver(fake, instance.url, signer, payload);
  const edit = await fake.waitForCall({
    method: 'PATCH',
    path: Routes.webhookMessage(fake.applicationId, payload.token, '@original'),
  });
  return (edit.body as CallbackData).content ?? '';
}

async function ask(instance: HttpInstance): Promise<string | undefined> {
  const answered = await deliver(
    fake,
    instance.url,
    signer,
    fake.slashCommand({ name: 'ask', options: { question: DEATH_TOLL } }),
  );
  return dataOf(answered.body).embeds?.[0]?.title;
}

it('keeps answering while PostgreSQL is down, refuses edits, and recovers by itself when it is back', async () => {
  const [first, second] = instances as [HttpInstance, HttpInstance];
  expect(await kbAdd(first, 'before-stop')).toMatch(/^✅ Added `before-stop`/);

  await server.stop();
  expect(await ask(first)).toBe(DEATH_TOLL);
  expect(await ask(second)).toBe(DEATH_TOLL);
  expect(await kbAdd(second, 'while-down')).toBe(`❌ Nothing was changed: ${KNOWLEDGE_DB_DOWN}`);
  expect(folders[1]?.read('qa.yaml')).not.toContain('while-down');

  await server.start();
  // No restart of the instances: their pools and notification connections come back by themselves.
  await expect.poll(() => second.sharedKnowledge?.listening).toBe(true);
  await expect.poll(() => first.sharedKnowledge?.listening).toBe(true);
  expect(await kbAdd(second, 'after-start')).toMatch(/^✅ Added `after-start`/);
  await expect.poll(() => first.sharedKnowledge?.revision).toBe(second.sharedKnowledge?.revision);
  await expect.poll(() => folders[0]?.read('qa.yaml').includes('id: after-start')).toBe(true);
  const history = (await first.database.history(null, 10)).map((r) => r.entryId);
  expect(history).toEqual(['after-start', 'before-stop']);
  for (const folder of folders) expect(folder.read('qa.yaml')).toContain('id: before-stop');
});

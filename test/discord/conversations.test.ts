/**
 * End to end: follow-up questions in Discord, through the real discord.js client against the
 * fake Discord. A reply to one of the bot's answers is read in that answer's conversation;
 * another user's question in the channel is never read in someone else's; a follow-up handled
 * by a second process on the same DATA_DIR (the HTTP endpoint) is read in context; "New
 * question" and `/ask new:True` start afresh.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIMessage, APIUser } from 'discord.js';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEW_CONVERSATION } from '../../src/discord/buttons.ts';
import { deliver, type HttpInstance, newSigner, startHttpInstance } from '../http/support.ts';
import {
  buttonsOf,
  type CallbackData,
  click,
  type Harness,
  projectEngine,
  runSlash,
  sendAndAwaitReply,
  startHarness,
} from './harness.ts';

const FIRST = 'who is peter cook';
const FOLLOW_UP = 'what did he say about moscow';
/** Peter Cook's sentence: what the follow-up means in the conversation. */
const COOK = 'p17.s1';

let h: Harness;
let http: HttpInstance;
let dataDir: string;
let botMention: string;
const signer = newSigner();

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'conversations-'));
  h = await startHarness({ dataDir });
  // A second process on the same DATA_DIR: the HTTP interactions endpoint, with its own engine.
  http = await startHttpInstance({ fake: h.fake, signer, dataDir, engine: projectEngine() });
  botMention = `<@${h.fake.botUser.id}>`;
});

afterAll(async () => {
  await http?.close();
  await h?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The sentence ids an answer quotes, from its footer ("… · p17.s1 p4.s2"). */
function quoted(data: CallbackData): string[] {
  return data.embeds?.[0]?.footer?.text.match(/p\d+\.s\d+/g) ?? [];
}

/** A user asks in a new channel of their own (so no test leans on another's conversation). */
async function ask(
  author: APIUser,
  content: string,
  extra: { channelId: string; referencedMessage?: APIMessage },
) {
  const { call, body } = await sendAndAwaitReply(h.fake, {
    author,
    content: extra.referencedMessage ? content : `${botMention} ${content}`,
    channelId: extra.channelId,
    ...(extra.referencedMessage
      ? { referencedMessage: extra.referencedMessage, mentions: [h.fake.botUser] }
      : {}),
  });
  const message = h.fake.messages.get((call.response as { id: string }).id) as APIMessage;
  return { body, message };
}

/** The follow-up asked with /ask through the second process (the HTTP endpoint). */
async function askOverHttp(asker: APIUser): Promise<{ status: number; data: CallbackData }> {
  const payload = h.fake.slashCommand({
    name: 'ask',
    options: { question: FOLLOW_UP },
    user: asker,
    channelId: channel(),
  });
  const { status, call } = await deliver(h.fake, http.url, signer, payload);
  return { status, data: (call.body as { data: CallbackData }).data };
}

function channel(): string {
  return h.fake.guild().textChannelId;
}

describe('follow-ups in Discord', () => {
  it('reads a reply to one of its answers in that answer’s conversation, whoever replies', async () => {
    const asker = h.fake.user({ username: 'asker-reply' });
    const first = await ask(asker, FIRST, { channelId: channel() });
    expect(buttonsOf(first.body)['New question']).toMatch(/^new:/);

    const other = h.fake.user({ username: 'replier' });
    const reply = await ask(other, FOLLOW_UP, { channelId: channel(), referencedMessage: first.message });
    expect(quoted(reply.body)[0]).toBe(COOK);
    expect(reply.body.embeds?.[0]?.description).toContain("*Reading 'he' as Peter Cook*");
    // The reply continues the same conversation: its New question button names it.
    expect(buttonsOf(reply.body)['New question']).toBe(buttonsOf(first.body)['New question']);
  });

  it('records the turn as the answer goes out: a follow-up elsewhere finds it before Discord has answered the reply', async () => {
    const release = h.fake.holdResponses();
    try {
      const asker = h.fake.user({ username: 'asker-early' });
      // The answer's POST is seen, and held: the bot still waits for Discord's response.
      await ask(asker, FIRST, { channelId: channel() });
      expect(quoted((await askOverHttp(asker)).data)[0]).toBe(COOK);
    } finally {
      release();
    }
  });

  it("never reads another user's question in someone else's conversation", async () => {
    const asker = h.fake.user({ username: 'asker-a' });
    await ask(asker, FIRST, { channelId: channel() });
    const bystander = h.fake.user({ username: 'bystander' });
    const theirs = await ask(bystander, FOLLOW_UP, { channelId: channel() });
    expect(quoted(theirs.body)).not.toContain(COOK);
    expect(theirs.body.embeds?.[0]?.description ?? '').not.toContain('Reading');
    // The asker's own next question in the channel is a follow-up of theirs.
    const own = await ask(asker, FOLLOW_UP, { channelId: channel() });
    expect(quoted(own.body)[0]).toBe(COOK);
  });

  it('reads a follow-up handled by a second process (the HTTP endpoint) in context', async () => {
    const asker = h.fake.user({ username: 'asker-http' });
    await ask(asker, FIRST, { channelId: channel() });
    const { status, data } = await askOverHttp(asker);
    expect(status).toBe(200);
    expect(quoted(data)[0]).toBe(COOK);
    expect(data.embeds?.[0]?.description).toContain("*Reading 'he' as Peter Cook*");
  });

  it('starts afresh after "New question"', async () => {
    const asker = h.fake.user({ username: 'asker-new' });
    const first = await ask(asker, FIRST, { channelId: channel() });
    const { data } = await click(h.fake, first.message, buttonsOf(first.body)['New question'] ?? '', asker);
    expect(data).toMatchObject({ content: NEW_CONVERSATION, flags: MessageFlags.Ephemeral });
    const next = await ask(asker, FOLLOW_UP, { channelId: channel() });
    expect(quoted(next.body)).not.toContain(COOK);
    expect(buttonsOf(next.body)['New question']).not.toBe(buttonsOf(first.body)['New question']);
  });

  it('starts afresh with /ask new:True, and follows on with /ask otherwise', async () => {
    const asker = h.fake.user({ username: 'asker-slash' });
    await runSlash(h.fake, { name: 'ask', options: { question: FIRST }, user: asker });
    const fresh = await runSlash(h.fake, {
      name: 'ask',
      options: { question: FOLLOW_UP, new: true },
      user: asker,
    });
    expect(quoted(fresh.data)).not.toContain(COOK);
    await runSlash(h.fake, { name: 'ask', options: { question: FIRST }, user: asker });
    const followUp = await runSlash(h.fake, { name: 'ask', options: { question: FOLLOW_UP }, user: asker });
    expect(quoted(followUp.data)[0]).toBe(COOK);
  });

  it('answers a reply to an answer whose conversation is unknown as a new question', async () => {
    const asker = h.fake.user({ username: 'asker-unknown' });
    const first = await ask(asker, FIRST, { channelId: channel() });
    const forged = {
      ...first.message,
      components: [
        {
          type: 1,
          components: [{ type: 2, style: 2, label: 'New question', custom_id: 'new:nosuchconversation' }],
        },
      ],
    } as APIMessage;
    h.fake.messages.set(forged.id, forged);
    const stranger = h.fake.user({ username: 'stranger' });
    const reply = await ask(stranger, FOLLOW_UP, { channelId: channel(), referencedMessage: forged });
    expect(reply.body.embeds?.[0]?.title).toBe(FOLLOW_UP);
    expect(quoted(reply.body)).not.toContain(COOK);
  });
});

/**
 * End to end: questions in plain messages. A mention anywhere, every message in an ask channel;
 * abstentions kept short and rare in a busy channel; no reply ever pings anyone.
 */
import { GatewayIntentBits, MessageType, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cooldownMessage } from '../../src/discord/cooldown.ts';
import { REACTIONS } from '../../src/discord/events/message-create.ts';
import { waitFor } from '../support/wait-for.ts';
import { callsAbout, type Harness, limitProblems, sendAndAwaitReply, startHarness } from './harness.ts';

let h: Harness;
let botMention: string;
let askChannel: string;

beforeAll(async () => {
  h = await startHarness({
    env: (fake) => ({ ASK_CHANNEL_IDS: fake.guild().botChannelId }),
    abstentionQuietSeconds: 60,
  });
  botMention = `<@${h.fake.botUser.id}>`;
  askChannel = h.fake.guild().botChannelId;
});

afterAll(async () => {
  await h?.close();
});

/** Sends a marker question and waits for its answer: every earlier message has been handled by then. */
async function drain(channelId: string): Promise<void> {
  await sendAndAwaitReply(h.fake, {
    channelId,
    author: h.fake.user({ username: 'drain' }),
    content: `${botMention} How long did the airstrike last?`,
  });
}

describe('free-text questions', () => {
  it('asks for Message Content only because ask channels are configured', () => {
    expect(h.fake.identifies[0]?.intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent,
    );
  });

  it('answers a mention with a reply to that message, the mention stripped from the question', async () => {
    const { body, call } = await sendAndAwaitReply(h.fake, {
      content: `${botMention} how many Syrian soldiers were killed?`,
    });
    expect(call.status).toBe(200);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.embeds?.[0]?.title).toBe('how many Syrian soldiers were killed?');
    expect(body.embeds?.[0]?.description).toMatch(/^> .*at least 90 regime troops/m);
    expect(body.components?.[0]?.components.map((b) => b.label)).toEqual([
      'More',
      'Context',
      'Helpful',
      'Not helpful',
      'New question',
    ]);
    expect(limitProblems(body)).toEqual([]);
    const reply = h.fake.messages.get((call.response as { id: string }).id);
    expect(reply?.type).toBe(MessageType.Reply);
  });

  it("takes a mention of the bot's own managed role as a mention of the bot", async () => {
    const { body } = await sendAndAwaitReply(h.fake, {
      content: `<@&${h.fake.guild().botRoleId}> how long did the airstrike last?`,
    });
    expect(body.embeds?.[0]?.title).toBe('how long did the airstrike last?');
    expect(body.embeds?.[0]?.description).toContain('40 minutes');
  });

  it('answers every message in an ask channel, without a mention', async () => {
    const { body } = await sendAndAwaitReply(h.fake, {
      channelId: askChannel,
      content: 'Why did the strike stop?',
    });
    expect(body.embeds?.[0]?.description).toMatch(/^> /m);
    expect(body.allowed_mentions?.parse).toEqual([]);
  });

  it('ignores messages outside ask channels that do not mention the bot', async () => {
    const plain = h.fake.dispatchMessage({ content: 'How many soldiers were killed?' });
    await drain(h.fake.guild().textChannelId);
    expect(callsAbout(h.fake, plain.id)).toEqual([]);
  });

  it('ignores small talk in an ask channel, and messages from bots, itself included', async () => {
    const smallTalk = h.fake.dispatchMessage({ channelId: askChannel, content: 'thanks!' });
    const otherBot = h.fake.dispatchMessage({
      channelId: askChannel,
      author: h.fake.user({ username: 'other-bot', bot: true }),
      content: 'How many soldiers were killed?',
    });
    const before = h.fake.findCalls({ method: 'POST', path: Routes.channelMessages(askChannel) }).length;
    await drain(askChannel);
    expect(callsAbout(h.fake, smallTalk.id)).toEqual([]);
    expect(callsAbout(h.fake, otherBot.id)).toEqual([]);
    // The fake echoes the bot's own replies back over the gateway: none of them got an answer.
    const after = h.fake.findCalls({ method: 'POST', path: Routes.channelMessages(askChannel) }).length;
    expect(after - before).toBe(1);
    const echoes = [...h.fake.messages.values()].filter((m) => m.author.id === h.fake.botUser.id);
    for (const echo of echoes) expect(callsAbout(h.fake, echo.id)).toEqual([]);
  });

  it('abstains in an ask channel with one short line, then only a reaction while the channel is busy', async () => {
    const first = await sendAndAwaitReply(h.fake, {
      channelId: askChannel,
      content: 'What did Angela Merkel say about the strike?',
    });
    expect(first.body.embeds ?? []).toEqual([]);
    expect(first.body.content).toContain("The article doesn't say");
    expect(first.body.content?.split('\n')).toHaveLength(1);
    expect(first.body.content?.length).toBeLessThan(300);

    const second = h.fake.dispatchMessage({
      channelId: askChannel,
      content: 'What is the capital of France?',
    });
    const reaction = await h.fake.waitForCall({
      method: 'PUT',
      path: Routes.channelMessageOwnReaction(askChannel, second.id, encodeURIComponent(REACTIONS.abstained)),
    });
    expect(reaction.status).toBe(204);
    expect(callsAbout(h.fake, second.id).filter((c) => c.method === 'POST')).toEqual([]);
    await expect
      .poll(() => h.database.unanswered().map((q) => q.normalized))
      .toEqual(
        expect.arrayContaining([
          'what did angela merkel say about the strike',
          'what is the capital of france',
        ]),
      );
  });

  it('always replies to a mention, even when it abstains in a busy channel', async () => {
    for (const question of ['Who won the football?', 'Who won the election?']) {
      const { body } = await sendAndAwaitReply(h.fake, {
        channelId: askChannel,
        content: `${botMention} ${question}`,
      });
      expect(body.content).toContain("The article doesn't say");
    }
  });

  it('pings nobody when the question contains @everyone, @here, a role and a user mention', async () => {
    const guild = h.fake.guild();
    const { body, call } = await sendAndAwaitReply(h.fake, {
      content: `${botMention} @everyone @here <@&${guild.moderatorRoleId}> <@${h.fake.moderatorUser.id}> how many soldiers were killed?`,
    });
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const text = JSON.stringify(body.embeds);
    expect(text).not.toContain('@everyone');
    expect(text).not.toContain(`<@&${guild.moderatorRoleId}>`);
    const reply = h.fake.messages.get((call.response as { id: string }).id);
    expect(reply?.mention_everyone).toBe(false);
    expect(reply?.mention_roles).toEqual([]);
  });
});

describe('a user who mentions the bot faster than the cooldown allows', () => {
  let spam: Harness;
  beforeAll(async () => {
    // A long cooldown, so that however slowly a loaded machine handles the 30 messages, they all
    // fall in one window.
    spam = await startHarness({ env: () => ({ COOLDOWN_SECONDS: '600' }) });
  });
  afterAll(async () => {
    await spam?.close();
  });

  it('gets one answer and one cooldown notice for 30 rapid mentions, then only reactions', async () => {
    const { fake } = spam;
    const author = fake.user({ username: 'rapid-asker' });
    const sent = Array.from({ length: 30 }, (_, i) =>
      fake.dispatchMessage({
        author,
        content: `<@${fake.botUser.id}> how many soldiers were killed? (${i + 1})`,
      }),
    );
    // Every message handled: a reply or a reaction each.
    await waitFor(() => sent.every((m) => callsAbout(fake, m.id).length > 0), {
      what: 'a reply or a reaction to each of the 30 messages',
    });
    const calls = sent.flatMap((m) => callsAbout(fake, m.id));
    const messages = calls.filter((c) => c.method === 'POST');
    expect(messages).toHaveLength(2);
    const bodies = messages.map((c) => c.body as { content?: string; embeds?: unknown[] });
    expect(bodies.filter((b) => b.embeds?.length === 1)).toHaveLength(1); // the answer
    // The notice: "wait 600 seconds", or a little less on a slow machine.
    const notice = new RegExp(`^${cooldownMessage(600).replace('600', '\\d+').replace(/[.?]/g, '\\$&')}$`);
    expect(bodies.filter((b) => notice.test(b.content ?? ''))).toHaveLength(1);
    const reactions = calls.filter((c) => c.method === 'PUT');
    expect(reactions).toHaveLength(28);
    for (const reaction of reactions) expect(reaction.path).toContain(encodeURIComponent(REACTIONS.cooldown));
  });
});

/**
 * End to end: a handler that throws (ephemeral apology, logged with the interaction id, the bot
 * answers the next question), the per-user cooldown, and Discord's limits for the longest
 * answers the knowledge base can produce.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../src/discord/events/boundary.ts';
import type { Answer } from '../../src/engine/answer.ts';
import { quotesBySpeaker, suggestSpeakers } from '../../src/engine/browse.ts';
import { Engine } from '../../src/engine/engine.ts';
import {
  type Harness,
  limitProblems,
  projectEngine,
  runSlash,
  sendAndAwaitReply,
  startHarness,
} from './harness.ts';

/** The real engine, except that a question containing "explode" makes it throw. */
class ExplodingEngine extends Engine {
  override answer(question: string): Answer {
    if (/explode/i.test(question)) throw new Error('engine exploded (test)');
    return super.answer(question);
  }
}

let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    engine: new ExplodingEngine(projectEngine().kb),
    env: () => ({ COOLDOWN_SECONDS: '30' }),
  });
});

afterAll(async () => {
  await h?.close();
});

const newUser = (name: string) => h.fake.user({ username: name });

describe('a handler that throws', () => {
  it('sends an ephemeral apology, logs the error with the interaction id, and answers the next question', async () => {
    const { interaction, data } = await runSlash(h.fake, {
      name: 'ask',
      options: { question: 'why did it explode?' },
      user: newUser('unlucky'),
    });
    expect(data).toMatchObject({ content: APOLOGY, flags: MessageFlags.Ephemeral });
    const error = h.logs.find((l) => l.interactionId === interaction.id && l.msg === 'handler failed');
    expect(error?.level).toBe(50);
    expect((error?.err as { message?: string } | undefined)?.message).toBe('engine exploded (test)');

    const next = await runSlash(h.fake, {
      name: 'ask',
      options: { question: 'How long did the airstrike last?' },
      user: newUser('next'),
    });
    expect(next.data.embeds?.[0]?.description).toContain('40 minutes');
  });

  it('answers autocomplete with an empty list when it throws', async () => {
    const interaction = h.fake.dispatchInteraction(
      h.fake.autocomplete({ name: 'ask', options: { question: 'explode' }, focused: 'question' }),
    );
    const call = await h.fake.waitForInteractionResponse(interaction);
    expect(call.body).toEqual({ type: 8, data: { choices: [] } });
  });

  it('replies with an apology to a mention that throws, and keeps answering mentions', async () => {
    const mention = `<@${h.fake.botUser.id}>`;
    const failed = await sendAndAwaitReply(h.fake, {
      content: `${mention} explode please`,
      author: newUser('m1'),
    });
    expect(failed.body.content).toBe(APOLOGY);
    expect(failed.body.allowed_mentions?.parse).toEqual([]);
    const ok = await sendAndAwaitReply(h.fake, {
      content: `${mention} how long did the airstrike last?`,
      author: newUser('m2'),
    });
    expect(ok.body.embeds?.[0]?.description).toContain('40 minutes');
  });
});

describe('cooldown', () => {
  it('refuses a second /ask within COOLDOWN_SECONDS with a polite ephemeral message', async () => {
    const user = newUser('quick');
    const first = await runSlash(h.fake, {
      name: 'ask',
      options: { question: 'Where did the airstrike happen?' },
      user,
    });
    expect(first.data.embeds?.[0]?.description).toMatch(/^> /m);
    const second = await runSlash(h.fake, {
      name: 'ask',
      options: { question: 'Who flew the planes?' },
      user,
    });
    expect(second.data.flags).toBe(MessageFlags.Ephemeral);
    const wait = /^You're asking quickly\. Please wait (\d+) seconds? before your next question\.$/.exec(
      second.data.content ?? '',
    );
    // 30 seconds, less whatever time passed between the two questions (on a loaded machine, some).
    expect(Number(wait?.[1])).toBeGreaterThan(0);
    expect(Number(wait?.[1])).toBeLessThanOrEqual(30);
    // Another user is not affected, nor are other commands.
    const other = await runSlash(h.fake, {
      name: 'ask',
      options: { question: 'Who flew the planes?' },
      user: newUser('calm'),
    });
    expect(other.data.embeds?.[0]?.description).toMatch(/^> /m);
    const facts = await runSlash(h.fake, { name: 'facts', user });
    expect(facts.data.embeds?.[0]?.fields?.length).toBeGreaterThan(0);
  });

  it('applies to free-text questions too, shared with /ask', async () => {
    const user = newUser('chatty');
    await runSlash(h.fake, { name: 'ask', options: { question: 'Where did the airstrike happen?' }, user });
    const { body } = await sendAndAwaitReply(h.fake, {
      content: `<@${h.fake.botUser.id}> who flew the planes?`,
      author: user,
    });
    expect(body.content).toMatch(/^You're asking quickly/);
  });
});

describe("Discord's limits", () => {
  it('keeps the longest answer the knowledge base can produce within every limit', async () => {
    const engine = h.engines.current;
    const size = (a: Answer) => [...a.quotes, ...a.more].reduce((sum, q) => sum + q.text.length, 0);
    const questions = engine.kb.qa.flatMap((q) => [q.question, ...q.paraphrases]);
    const longest = questions
      .map((q) => engine.answer(q))
      .filter((a) => a.answered)
      .sort((a, b) => size(b) - size(a))[0];
    if (!longest) throw new Error('no answered question');
    const { data } = await runSlash(h.fake, {
      name: 'ask',
      options: { question: longest.question },
      user: newUser('longest'),
    });
    expect(data.embeds?.[0]?.description?.match(/^> /gm)?.length).toBe(longest.quotes.length);
    expect(limitProblems(data)).toEqual([]);
  });

  it('keeps /quote within every limit for the most quoted speaker', async () => {
    const engine = h.engines.current;
    const [top] = suggestSpeakers(engine, '', 25)
      .map((s) => ({ s, n: quotesBySpeaker(engine, s.id)?.quotes.length ?? 0 }))
      .sort((a, b) => b.n - a.n);
    if (!top) throw new Error('no speaker');
    const { data } = await runSlash(h.fake, { name: 'quote', options: { speaker: top.s.id } });
    expect(data.embeds?.[0]?.description).toMatch(/^> /m);
    expect(limitProblems(data)).toEqual([]);
  });
});

/**
 * End to end: the real bot (createBot, commands/, knowledge/) against the fake Discord. Every
 * slash command, autocomplete and each button, asserted on what the bot sends to Discord.
 */
import { GatewayIntentBits, InteractionResponseType, MessageFlags, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intentsFor } from '../../src/discord/bot.ts';
import { FEEDBACK_THANKS, STALE_BUTTON } from '../../src/discord/buttons.ts';
import { UNKNOWN_COMMAND } from '../../src/discord/events/interaction-create.ts';
import {
  buttonsOf,
  COMMAND_NAMES,
  click,
  type Harness,
  limitProblems,
  runSlash,
  startHarness,
} from './harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const DEATH_TOLL = 'How many Syrian soldiers were killed in the airstrike?';

describe('startup and registration', () => {
  it('connects with Guilds and GuildMessages only: no Message Content without ask channels', () => {
    expect(h.fake.identifies).toHaveLength(1);
    expect(h.fake.identifies[0]?.token).toBe(h.config.discord?.token);
    expect(h.fake.identifies[0]?.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages);
    expect(intentsFor(['123456789012345678'])).toContain(GatewayIntentBits.MessageContent);
  });

  it('registers the seven commands in the guild (deploy-commands), with autocomplete on ask and quote', () => {
    const registered = h.fake.commands.get(h.fake.guild().id) ?? [];
    expect(registered.map((c) => c.name).sort()).toEqual(COMMAND_NAMES);
    const option = (name: string) => registered.find((c) => c.name === name)?.options?.[0];
    expect(option('ask')).toMatchObject({ name: 'question', required: true, autocomplete: true });
    expect(option('quote')).toMatchObject({ name: 'speaker', required: true, autocomplete: true });
    const put = h.fake.findCalls({ method: 'PUT' });
    expect(put.map((c) => c.path)).toEqual([
      Routes.applicationGuildCommands(h.fake.applicationId, h.fake.guild().id),
    ]);
  });
});

describe('/ask', () => {
  it('answers with block quotes, speakers, the source, every side of a contested point, and buttons', async () => {
    const { data, call } = await runSlash(h.fake, { name: 'ask', options: { question: DEATH_TOLL } });
    expect(call.status).toBe(204);
    expect((call.body as { type: number }).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(data.flags ?? 0).toBe(0);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embed = data.embeds?.[0];
    expect(embed?.title).toBe(DEATH_TOLL);
    expect(embed?.description).toContain('Sources disagree');
    // Both figures, each as a block quote with its speaker and the source.
    expect(embed?.description).toMatch(/^> .*at least 90 regime troops/m);
    expect(embed?.description).toMatch(/^> Damascus and Moscow put the death toll to 62\./m);
    expect(embed?.description).toContain('**Syrian Observatory for Human Rights (UK-based monitor)**');
    expect(embed?.description).toContain('**Syrian and Russian governments (Damascus and Moscow)**');
    expect(embed?.description).toContain('DW, 18 September 2016');
    expect(embed?.footer?.text).toContain('p4.s1 p4.s2');
    const buttons = buttonsOf(data);
    expect(Object.keys(buttons)).toEqual(['More', 'Context', 'Helpful', 'Not helpful', 'New question']);
    expect(buttons.Context).toBe('ctx:p4.s1');
    expect(buttons['New question']).toMatch(/^new:[A-Za-z0-9_-]{12}$/);
    expect(buttons.More).toMatch(/^more:p\d+\.s\d+(,p\d+\.s\d+)*$/);
    expect(buttons.Helpful).toBe(`fb:up:${h.engines.current.kb.version}:death-toll`);
    expect(limitProblems(data)).toEqual([]);
  });

  it('shows the question back without its markdown, mentions, links or words struck through', async () => {
    const { data } = await runSlash(h.fake, {
      name: 'ask',
      options: {
        question: 'how many soldiers **were killed** <@&123456789012345678> https://evil.example ~~really~~?',
      },
    });
    expect(data.embeds?.[0]?.title).toBe('how many soldiers were killed ?');
  });

  it('abstains ephemerally with suggestions, and logs the unanswered question', async () => {
    const question = 'What did Angela Merkel say about the strike?';
    const { data } = await runSlash(h.fake, { name: 'ask', options: { question } });
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.embeds?.[0]?.description).toContain("The article doesn't say");
    expect(data.embeds?.[0]?.description).toContain('You could ask');
    // Only "New question": the next question may follow on from this one.
    expect(data.components?.flatMap((r) => r.components.map((b) => ('label' in b ? b.label : '')))).toEqual([
      'New question',
    ]);
    await runSlash(h.fake, {
      name: 'ask',
      options: { question: 'what did angela merkel say about the strike' },
    });
    // Recorded just after the reply, so that the database never delays the acknowledgement.
    await expect
      .poll(() => h.database.unanswered().find((q) => q.normalized.includes('merkel')))
      .toMatchObject({ normalized: 'what did angela merkel say about the strike', count: 2 });
  });

  it('logs each question with the interaction id, user, guild, command, qa id, confidence and time', async () => {
    const { interaction } = await runSlash(h.fake, {
      name: 'ask',
      options: { question: 'How long did the airstrike last?' },
    });
    const find = () =>
      h.logs.find((l) => l.interactionId === interaction.id && l.msg === 'question answered');
    await expect.poll(find).toBeDefined();
    const line = find();
    expect(line).toMatchObject({
      userId: h.fake.defaultUser.id,
      guildId: h.fake.guild().id,
      command: 'ask',
      qa: 'duration',
    });
    expect(line?.confidence).toBeGreaterThan(0.5);
    expect(typeof line?.ms).toBe('number');
  });
});

describe('autocomplete', () => {
  // How fast it answers is measured by npm run bench (autocomplete p50/p99), not asserted here.
  it('suggests curated questions as the user types, at most 25', async () => {
    const interaction = h.fake.dispatchInteraction(
      h.fake.autocomplete({ name: 'ask', options: { question: 'how many' }, focused: 'question' }),
    );
    const call = await h.fake.waitForInteractionResponse(interaction);
    expect(call.status).toBe(204);
    const { type, data } = call.body as {
      type: number;
      data: { choices: Array<{ name: string; value: string }> };
    };
    expect(type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(data.choices.length).toBeGreaterThan(0);
    expect(data.choices.length).toBeLessThanOrEqual(25);
    expect(data.choices.map((c) => c.name)).toContain(DEATH_TOLL);
    for (const choice of data.choices) expect(choice.name.length).toBeLessThanOrEqual(100);
  });

  it('offers starter questions for an empty field, never more than 25', async () => {
    const interaction = h.fake.dispatchInteraction(
      h.fake.autocomplete({ name: 'ask', options: { question: '' }, focused: 'question' }),
    );
    const { data } = (await h.fake.waitForInteractionResponse(interaction)).body as {
      data: { choices: unknown[] };
    };
    expect(data.choices.length).toBeGreaterThan(0);
    expect(data.choices.length).toBeLessThanOrEqual(25);
  });

  it('suggests speakers and their aliases for /quote', async () => {
    const interaction = h.fake.dispatchInteraction(
      h.fake.autocomplete({ name: 'quote', options: { speaker: 'churk' }, focused: 'speaker' }),
    );
    const { data } = (await h.fake.waitForInteractionResponse(interaction)).body as {
      data: { choices: Array<{ name: string; value: string }> };
    };
    expect(data.choices[0]).toMatchObject({ value: 'churkin' });
    expect(data.choices[0]?.name).toContain('Churkin');
  });
});

describe('/quote, /facts, /timeline, /source, /help', () => {
  it('/quote lists what a speaker said, each quote attributed', async () => {
    const { data } = await runSlash(h.fake, { name: 'quote', options: { speaker: 'power' } });
    const embed = data.embeds?.[0];
    expect(embed?.title).toContain('Samantha Power');
    const quotes = embed?.description?.match(/^> /gm) ?? [];
    expect(quotes.length).toBeGreaterThan(1);
    const attributions =
      embed?.description?.match(/^— \*\*Samantha Power[^*]*\*\* · DW, 18 September 2016$/gm) ?? [];
    expect(attributions.length).toBe(quotes.length);
    expect(limitProblems(data)).toEqual([]);
  });

  it('/quote for someone the article does not quote answers ephemerally', async () => {
    const { data } = await runSlash(h.fake, { name: 'quote', options: { speaker: 'Angela **Merkel**' } });
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    // What the user typed is echoed back markdown-escaped.
    expect(data.content).toContain('does not quote anyone called “Angela \\*\\*Merkel\\*\\*”');
  });

  it('/facts shows each key fact backed by its quote, the toll with both figures and their sources', async () => {
    const { data } = await runSlash(h.fake, { name: 'facts' });
    const fields = data.embeds?.[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'What happened',
        'Where',
        'When',
        'How long it lasted',
        'Who carried it out',
        'The death toll',
      ]),
    );
    for (const field of fields) expect(field.value).toMatch(/^> /m);
    const toll = fields.find((f) => f.name === 'The death toll')?.value ?? '';
    expect(toll).toContain('at least 90');
    expect(toll).toContain('Syrian Observatory for Human Rights');
    expect(toll).toContain('put the death toll to 62');
    expect(toll).toContain('Syrian and Russian governments');
    expect(limitProblems(data)).toEqual([]);
  });

  it('/timeline shows the events in order, each with its quote', async () => {
    const { data } = await runSlash(h.fake, { name: 'timeline' });
    const fields = data.embeds?.[0]?.fields ?? [];
    const expected = h.engines.current.kb.timeline.map((e) => `${e.when}: ${e.label}`);
    expect(fields.map((f) => f.name.replace(/\\/g, ''))).toEqual(expected);
    for (const field of fields) expect(field.value).toMatch(/^> /m);
    expect(limitProblems(data)).toEqual([]);
  });

  it('/source gives the headline, publisher, date and how the bot answers', async () => {
    const { data } = await runSlash(h.fake, { name: 'source' });
    const embed = data.embeds?.[0];
    expect(embed?.title).toBe('Moscow Slams US For Bombing Syrian Army');
    expect(embed?.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Publisher', value: 'DW' }),
        expect.objectContaining({ name: 'Date', value: '18 September 2016' }),
      ]),
    );
    expect(embed?.description).toContain('only with quotes');
    expect(embed?.footer?.text).toContain(h.engines.current.kb.version);
  });

  it('/help lists what the bot can do with examples, ephemerally', async () => {
    const { data } = await runSlash(h.fake, { name: 'help' });
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    const names = data.embeds?.[0]?.fields?.map((f) => f.name) ?? [];
    expect(names).toEqual(
      expect.arrayContaining([
        '/ask question',
        '/quote speaker',
        '/facts',
        '/timeline',
        '/source',
        'Follow-up questions',
      ]),
    );
    const ask = data.embeds?.[0]?.fields?.find((f) => f.name === '/ask question')?.value ?? '';
    for (const example of h.engines.current.defaultSuggestions()) expect(ask).toContain(example.slice(0, 20));
  });

  it('answers an unknown command with an ephemeral note', async () => {
    const { data } = await runSlash(h.fake, { name: 'nosuchcommand' });
    expect(data).toMatchObject({ content: UNKNOWN_COMMAND, flags: MessageFlags.Ephemeral });
  });
});

describe('buttons', () => {
  async function answerMessage(question: string) {
    const { interaction, data } = await runSlash(h.fake, { name: 'ask', options: { question } });
    const message = h.fake.originalMessage(interaction);
    if (!message) throw new Error('the answer has no message');
    return { message, buttons: buttonsOf(data) };
  }

  it('"More" shows the next quotes, ephemerally', async () => {
    const { message, buttons } = await answerMessage(DEATH_TOLL);
    const ids = (buttons.More ?? '').slice('more:'.length).split(',');
    const { data } = await click(h.fake, message, buttons.More ?? '');
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.embeds?.[0]?.title).toBe('More quotes');
    const first = h.engines.current.quote(ids[0] ?? '');
    expect(data.embeds?.[0]?.description).toContain(first.text.slice(0, 40).replace(/"/g, '"'));
    expect(limitProblems(data)).toEqual([]);
  });

  it('"Context" shows the whole paragraph around the first quote', async () => {
    const { message, buttons } = await answerMessage(DEATH_TOLL);
    const { data } = await click(h.fake, message, buttons.Context ?? '');
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    const description = data.embeds?.[0]?.description ?? '';
    const paragraph = h.engines.current.kb.passages.filter((p) => p.paragraph === 4);
    expect(paragraph.length).toBeGreaterThan(1);
    for (const sentence of paragraph) expect(description).toContain(sentence.text.slice(0, 30));
  });

  it('feedback records the question, the quotes, the curated answer and the version for moderators', async () => {
    const { message, buttons } = await answerMessage(DEATH_TOLL);
    const voter = h.fake.user({ username: 'voter' });
    const up = await click(h.fake, message, buttons.Helpful ?? '', voter);
    expect(up.data).toMatchObject({ content: FEEDBACK_THANKS, flags: MessageFlags.Ephemeral });
    const down = await click(h.fake, message, buttons['Not helpful'] ?? '', voter);
    expect(down.data.content).toBe(FEEDBACK_THANKS);
    const rows = h.database.feedback().filter((r) => r.userId === voter.id);
    expect(rows.map((r) => r.helpful)).toEqual([false, true]);
    expect(rows[1]).toMatchObject({
      question: DEATH_TOLL,
      quoteIds: ['p4.s1', 'p4.s2'],
      qaId: 'death-toll',
      knowledgeVersion: h.engines.current.kb.version,
    });
  });

  it('answers a stale or foreign button politely instead of failing', async () => {
    const { message } = await answerMessage(DEATH_TOLL);
    for (const customId of ['more:p999.s1', 'something-else']) {
      const { data } = await click(h.fake, message, customId);
      expect(data).toMatchObject({ content: STALE_BUTTON, flags: MessageFlags.Ephemeral });
    }
  });
});

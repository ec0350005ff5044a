import { once } from 'node:events';
import zlib from 'node:zlib';
import {
  ApplicationCommandOptionType,
  AttachmentBuilder,
  Client,
  type ClientOptions,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  type FakeDiscord,
  type GatewayPayload,
  shardForGuild,
  startFakeDiscord,
} from './support/fake-discord.ts';
import { CEILING_MS } from './support/wait-for.ts';

const TOKEN = 'fake.bot.token';

const fakes: FakeDiscord[] = [];
const clients: Client[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.destroy()));
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

async function fakeDiscord(options: Parameters<typeof startFakeDiscord>[0] = {}): Promise<FakeDiscord> {
  const fake = await startFakeDiscord(options);
  fakes.push(fake);
  return fake;
}

/** Logs a real discord.js client into the fake and waits for clientReady (all guilds received). */
async function readyClient(fake: FakeDiscord, options: Partial<ClientOptions> = {}): Promise<Client<true>> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    rest: { api: fake.apiUrl },
    ...options,
  });
  clients.push(client);
  const ready = once(client, Events.ClientReady);
  await client.login(TOKEN);
  await ready;
  return client as Client<true>;
}

/** Resolves with the first emission of `event` whose args satisfy `predicate`. */
function nextEvent<T>(
  client: Client,
  event: string,
  predicate: (value: T) => boolean = () => true,
  timeoutMs = CEILING_MS,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs}ms`));
    }, timeoutMs);
    const listener = (value: T) => {
      if (!predicate(value)) return;
      clearTimeout(timer);
      client.off(event, listener);
      resolve(value);
    };
    client.on(event, listener);
  });
}

/** Registers an interaction handler whose failures surface in the test instead of as unhandled rejections. */
function handleInteractions(
  client: Client,
  handler: (interaction: Interaction) => Promise<void>,
): () => unknown[] {
  const errors: unknown[] = [];
  client.on(Events.InteractionCreate, (interaction) => {
    handler(interaction).catch((error: unknown) => errors.push(error));
  });
  return () => errors;
}

describe('fake Discord with one shard', () => {
  it('logs a real client in and fills the guild, channel, role and member caches', async () => {
    const fake = await fakeDiscord();
    const client = await readyClient(fake);
    const guild = fake.guild(0);

    const cached = client.guilds.cache.get(guild.id);
    expect(cached?.available).toBe(true);
    expect(cached?.name).toBe(guild.name);
    expect(cached?.ownerId).toBe(fake.ownerUser.id);
    expect(cached?.channels.cache.get(guild.textChannelId)?.name).toBe('general');
    expect(cached?.roles.everyone.id).toBe(guild.id);
    expect(cached?.roles.cache.find((role) => role.name === 'Moderator')?.id).toBe(guild.moderatorRoleId);
    expect(cached?.members.me?.id).toBe(fake.botUser.id);
    expect(client.user.id).toBe(fake.botUser.id);
    expect(client.user.bot).toBe(true);
    expect(client.application.id).toBe(fake.applicationId);

    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]?.shard).toEqual([0, 1]);
    expect(fake.identifies[0]?.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages);
    expect(fake.identifies[0]?.token).toBe(TOKEN);
    expect(fake.handshakes[0]).toEqual({ v: '10', encoding: 'json' });
    expect(fake.connections).toBe(1);
    const gatewayCall = await fake.waitForCall({ method: 'GET', path: Routes.gatewayBot() });
    expect(gatewayCall.headers.authorization).toBe(`Bot ${TOKEN}`);
  });

  it('records the interaction callback of interaction.reply()', async () => {
    const fake = await fakeDiscord();
    const client = await readyClient(fake);
    const errors = handleInteractions(client, async (interaction) => {
      if (interaction.isChatInputCommand() && interaction.commandName === 'ping') {
        await interaction.reply({ content: 'pong' });
      }
    });

    const interaction = fake.dispatchInteraction(fake.slashCommand({ name: 'ping' }));
    const call = await fake.waitForInteractionResponse(interaction);

    expect(errors()).toEqual([]);
    expect(call.method).toBe('POST');
    expect(call.path).toBe(Routes.interactionCallback(interaction.id, interaction.token));
    expect(call.body).toMatchObject({ type: 4, data: { content: 'pong' } });
    expect(call.query).toEqual({ with_response: 'false' });
    expect(call.status).toBe(204);
    expect(call.headers.authorization).toBeUndefined();
    expect(fake.originalMessage(interaction)?.content).toBe('pong');
  });

  it('passes options, member permissions and roles through to discord.js', async () => {
    const fake = await fakeDiscord();
    const client = await readyClient(fake);
    const seen: Array<{ question: string | null; manageGuild: boolean | undefined; roles: string[] }> = [];
    handleInteractions(client, async (interaction) => {
      if (!interaction.isChatInputCommand() || !interaction.inCachedGuild()) return;
      seen.push({
        question: interaction.options.getString('question'),
        manageGuild: interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild),
        roles: [...interaction.member.roles.cache.keys()],
      });
      await interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral });
    });
    const guild = fake.guild();

    const plain = fake.dispatchInteraction(fake.slashCommand({ name: 'ask', options: { question: 'who?' } }));
    await fake.waitForInteractionResponse(plain);
    const moderator = fake.dispatchInteraction(
      fake.slashCommand({ name: 'ask', options: { question: 'why?' }, roles: [guild.moderatorRoleId] }),
    );
    await fake.waitForInteractionResponse(moderator);
    const explicit = fake.dispatchInteraction(
      fake.slashCommand({
        name: 'ask',
        options: { question: 'when?' },
        permissions: PermissionFlagsBits.ManageGuild,
      }),
    );
    const call = await fake.waitForInteractionResponse(explicit);

    expect(seen).toEqual([
      { question: 'who?', manageGuild: false, roles: [guild.id] },
      {
        question: 'why?',
        manageGuild: true,
        roles: expect.arrayContaining([guild.id, guild.moderatorRoleId]),
      },
      { question: 'when?', manageGuild: true, roles: [guild.id] },
    ]);
    expect(call.body).toMatchObject({ type: 4, data: { content: 'ok', flags: MessageFlags.Ephemeral } });
  });

  it('fires messageCreate for a dispatched message, blanking content without MessageContent like Discord', async () => {
    const fake = await fakeDiscord();
    const client = await readyClient(fake);

    const mentioning = nextEvent<Message>(client, Events.MessageCreate);
    const sent = fake.dispatchMessage({ content: `<@${fake.botUser.id}> what happened in Deir ez-Zor?` });
    const message = await mentioning;
    expect(message.id).toBe(sent.id);
    expect(message.content).toBe(`<@${fake.botUser.id}> what happened in Deir ez-Zor?`);
    expect(message.mentions.users.has(fake.botUser.id)).toBe(true);
    expect(message.author.id).toBe(fake.defaultUser.id);
    expect(message.guildId).toBe(fake.guild().id);
    expect(message.member?.id).toBe(fake.defaultUser.id);

    const unmentioned = nextEvent<Message>(client, Events.MessageCreate);
    fake.dispatchMessage({ content: 'no mention here' });
    expect((await unmentioned).content).toBe('');
  });

  it('delivers message content with the MessageContent intent and drops messages without GuildMessages', async () => {
    const fake = await fakeDiscord();
    const client = await readyClient(fake, {
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    });
    const received = nextEvent<Message>(client, Events.MessageCreate);
    fake.dispatchMessage({ content: 'plain question' });
    expect((await received).content).toBe('plain question');

    const guildsOnly = await fakeDiscord();
    await readyClient(guildsOnly, { intents: [GatewayIntentBits.Guilds] });
    expect(guildsOnly.dispatchMessage.bind(guildsOnly)).not.toThrow();
    expect(guildsOnly.droppedDispatches).toEqual([
      { event: 'MESSAGE_CREATE', shard: 0, missingIntent: GatewayIntentBits.GuildMessages },
    ]);
  });

  it('records the PATCH to @original for deferReply() + editReply()', async () => {
    const fake = await fakeDiscord();
    const client = await readyClient(fake);
    let edited: Message | undefined;
    const errors = handleInteractions(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      edited = await interaction.editReply({ content: 'done thinking' });
    });

    const interaction = fake.dispatchInteraction(fake.slashCommand({ name: 'slow' }));
    const deferred = await fake.waitForInteractionResponse(interaction);
    expect(deferred.body).toMatchObject({ type: 5 });
    const patch = await fake.waitForCall({
      method: 'PATCH',
      path: Routes.webhookMessage(fake.applicationId, interaction.token, '@original'),
    });

    expect(errors()).toEqual([]);
    expect(patch.body).toMatchObject({ content: 'done thinking' });
    expect(patch.status).toBe(200);
    await expect.poll(() => edited?.content).toBe('done thinking');
    expect(edited?.author.id).toBe(fake.botUser.id);
    const original = fake.originalMessage(interaction);
    expect(original?.content).toBe('done thinking');
    expect((original?.flags ?? 0) & MessageFlags.Loading).toBe(0);
  });

  it('supports follow-ups, fetchReply, deleteReply and withResponse', async () => {
    const fake = await fakeDiscord();
    const client = await readyClient(fake);
    const results: string[] = [];
    const errors = handleInteractions(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const response = await interaction.reply({ content: 'first', withResponse: true });
      results.push(`resource:${response.resource?.message?.content}`);
      const followUp = await interaction.followUp({ content: 'second' });
      results.push(`followUp:${followUp.content}`);
      results.push(`fetched:${(await interaction.fetchReply()).content}`);
      await interaction.deleteReply();
      results.push('deleted');
    });

    const interaction = fake.dispatchInteraction(fake.slashCommand({ name: 'multi' }));
    await fake.waitForCall({
      method: 'DELETE',
      path: Routes.webhookMessage(fake.applicationId, interaction.token, '@original'),
    });
    await expect.poll(() => results.length).toBe(4);
    expect(errors()).toEqual([]);
    expect(results).toEqual(['resource:first', 'followUp:second', 'fetched:first', 'deleted']);
    expect(fake.followUps(interaction).map((m) => m.content)).toEqual(['second']);
    expect(fake.originalMessage(interaction)).toBeUndefined();
  });

  it('rejects a second acknowledgement the way Discord does', async () => {
    const fake = await fakeDiscord();
    const client = await readyClient(fake);
    const errors = handleInteractions(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      // bypass discord.js's own guard to hit the API twice
      await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: { type: 4, data: { content: 'again' } },
        auth: false,
      });
    });
    fake.dispatchInteraction(fake.slashCommand({ name: 'twice' }));
    await expect.poll(() => errors().length).toBe(1);
    const error = errors()[0];
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(40060);
  });

  it('answers autocomplete, button updates and modal submissions', async () => {
    const fake = await fakeDiscord();
    const client = await readyClient(fake);
    const errors = handleInteractions(client, async (interaction) => {
      if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        await interaction.respond([{ name: `${typed} airstrike`, value: 'airstrike' }]);
      } else if (interaction.isButton()) {
        await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
      } else if (interaction.isModalSubmit()) {
        await interaction.reply({ content: `you said ${interaction.fields.getTextInputValue('text')}` });
      }
    });

    const auto = fake.dispatchInteraction(
      fake.autocomplete({ name: 'ask', options: { topic: 'sept' }, focused: 'topic' }),
    );
    expect((await fake.waitForInteractionResponse(auto)).body).toEqual({
      type: 8,
      data: { choices: [{ name: 'sept airstrike', value: 'airstrike' }] },
    });

    const click = fake.dispatchInteraction(fake.button({ customId: 'more' }));
    expect((await fake.waitForInteractionResponse(click)).body).toMatchObject({
      type: 7,
      data: { content: 'clicked more', components: [] },
    });
    expect(fake.messages.get(click.message.id)?.content).toBe('clicked more');

    const modal = fake.dispatchInteraction(
      fake.modalSubmit({ customId: 'feedback', fields: { text: 'thanks' } }),
    );
    expect((await fake.waitForInteractionResponse(modal)).body).toMatchObject({
      type: 4,
      data: { content: 'you said thanks' },
    });
    expect(errors()).toEqual([]);
  });

  it('records command registration, channel messages with files, and echoes the bot its own messages', async () => {
    const fake = await fakeDiscord();
    const client = await readyClient(fake);
    const guild = fake.guild();

    const registered = await client.application.commands.set([
      {
        name: 'ask',
        description: 'Ask about the airstrike',
        options: [
          { name: 'question', description: 'Your question', type: ApplicationCommandOptionType.String },
        ],
      },
    ]);
    expect([...registered.values()].map((c) => c.name)).toEqual(['ask']);
    const put = await fake.waitForCall({
      method: 'PUT',
      path: Routes.applicationCommands(fake.applicationId),
    });
    expect(put.body).toMatchObject([{ name: 'ask' }]);
    await client.application.commands.set([{ name: 'ping', description: 'Ping' }], guild.id);
    expect(fake.commands.get(guild.id)?.map((c) => c.name)).toEqual(['ping']);
    await expect(
      client.application.commands.set([{ name: 'Bad Name', description: 'x' }]),
    ).rejects.toMatchObject({
      code: 50035,
    });

    const channel = client.channels.cache.get(guild.textChannelId);
    if (!channel?.isSendable()) throw new Error('general channel is not sendable');
    const echoed = nextEvent<Message>(client, Events.MessageCreate, (m) => m.author.id === fake.botUser.id);
    const sent = await channel.send({
      content: 'here is the source',
      files: [new AttachmentBuilder(Buffer.from('quote'), { name: 'quote.txt' })],
    });
    const post = await fake.waitForCall({
      method: 'POST',
      path: Routes.channelMessages(guild.textChannelId),
    });
    expect(post.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(post.body).toMatchObject({ content: 'here is the source' });
    expect(post.files).toMatchObject([{ field: 'files[0]', name: 'quote.txt', size: 5 }]);
    expect(sent.author.id).toBe(fake.botUser.id);
    expect(sent.attachments.first()?.name).toBe('quote.txt');
    expect((await echoed).id).toBe(sent.id);

    await expect(channel.send({ content: 'x'.repeat(2001) })).rejects.toMatchObject({ code: 50035 });
  });

  it('acknowledges heartbeats', async () => {
    const fake = await fakeDiscord({ heartbeatIntervalMs: 50 });
    const client = await readyClient(fake);
    const ack = nextEvent<string>(client, Events.Debug, (line) => line.includes('Heartbeat acknowledged'));
    await ack;
    expect(fake.gatewayReceived.some(({ payload }) => payload.op === 1)).toBe(true);
    expect(fake.gatewaySent.some(({ payload }) => payload.op === 11)).toBe(true);
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  it('builds DM interactions when guildId is null', async () => {
    const fake = await fakeDiscord();
    const client = await readyClient(fake);
    const seen: Array<{ inGuild: boolean; user: string }> = [];
    const errors = handleInteractions(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      seen.push({ inGuild: interaction.inGuild(), user: interaction.user.id });
      await interaction.reply('hi in DM');
    });
    const interaction = fake.dispatchInteraction(fake.slashCommand({ name: 'ping', guildId: null }));
    expect((await fake.waitForInteractionResponse(interaction)).body).toMatchObject({
      data: { content: 'hi in DM' },
    });
    expect(errors()).toEqual([]);
    expect(seen).toEqual([{ inGuild: false, user: fake.defaultUser.id }]);
  });

  it('resumes after a gateway disconnect', async () => {
    const fake = await fakeDiscord();
    const client = await readyClient(fake);
    const resumed = nextEvent<number>(client, Events.ShardResume);
    expect(fake.disconnect(0, 4000)).toBe(1);
    expect(await resumed).toBe(0);
    expect(fake.gatewayReceived.some(({ payload }) => payload.op === 6)).toBe(true);
    expect(fake.identifies).toHaveLength(1);
  });
});

describe('fake Discord for an Interactions Endpoint URL', () => {
  it("takes the endpoint's HTTP response as the initial response, and holds an earlier edit until then", async () => {
    const fake = await fakeDiscord();
    const payload = fake.httpInteraction(fake.slashCommand({ name: 'slow' }));
    expect(fake.gatewaySent.some(({ payload: p }) => p.t === 'INTERACTION_CREATE')).toBe(false);
    // The endpoint's process edits its deferred reply before the test has applied the HTTP response.
    const edit = fetch(
      `${fake.apiUrl}/v10${Routes.webhookMessage(fake.applicationId, payload.token, '@original')}`,
      {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ content: 'done' }),
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const call = fake.applyHttpResponse(payload, 200, { type: 5, data: { flags: MessageFlags.Ephemeral } });
    expect(call).toMatchObject({ status: 204, url: 'interactions-endpoint-response' });
    expect(await fake.waitForInteractionResponse(payload)).toBe(call);
    expect((await edit).status).toBe(200);
    expect(fake.originalMessage(payload)).toMatchObject({ content: 'done', flags: MessageFlags.Ephemeral });
  });

  it('validates the response like a callback, and fails the interaction on any other status', async () => {
    const fake = await fakeDiscord();
    const tooMany = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
    const auto = fake.httpInteraction(fake.autocomplete({ name: 'ask', options: { q: 'x' }, focused: 'q' }));
    expect(fake.applyHttpResponse(auto, 200, { type: 8, data: { choices: tooMany } }).status).toBe(400);
    const failed = fake.httpInteraction(fake.slashCommand({ name: 'ask' }));
    expect(fake.applyHttpResponse(failed, 500, { error: 'no response' }).status).toBe(502);
    expect(fake.originalMessage(failed)).toBeUndefined();
  });
});

describe('fake Discord with two shards', () => {
  it('gives each shard-specific client only its own guild', async () => {
    const fake = await fakeDiscord({ shards: 2 });
    const [guild0, guild1] = [fake.guild(0), fake.guild(1)];
    expect(shardForGuild(guild0.id, 2)).toBe(0);
    expect(shardForGuild(guild1.id, 2)).toBe(1);

    const [client0, client1] = await Promise.all([
      readyClient(fake, { shards: 0, shardCount: 2 }),
      readyClient(fake, { shards: 1, shardCount: 2 }),
    ]);
    expect([...client0.guilds.cache.keys()]).toEqual([guild0.id]);
    expect([...client1.guilds.cache.keys()]).toEqual([guild1.id]);
    expect(fake.identifies.map((d) => d.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.connections).toBe(2);

    const seen: string[] = [];
    client0.on(Events.MessageCreate, (m) => seen.push(`0:${m.guildId}`));
    const onShard1 = nextEvent<Message>(client1, Events.MessageCreate);
    expect(fake.dispatchMessage({ guildId: guild1.id, content: 'for shard 1' })).toBeTruthy();
    expect((await onShard1).guildId).toBe(guild1.id);
    expect(seen).toEqual([]);
  });

  it("connects both shards of one client with shards: 'auto'", async () => {
    const fake = await fakeDiscord({ shards: 2 });
    const client = await readyClient(fake, { shards: 'auto' });
    expect(client.options.shardCount).toBe(2);
    // Both may identify at once: no 5-second wait between them in @discordjs/ws.
    const [gateway] = fake.findCalls({ method: 'GET', path: Routes.gatewayBot() });
    expect(gateway?.response).toMatchObject({ shards: 2, session_start_limit: { max_concurrency: 2 } });
    expect(new Set(client.guilds.cache.map((g) => g.shardId))).toEqual(new Set([0, 1]));
    expect(client.guilds.cache.get(fake.guild(1).id)?.shardId).toBe(1);
    expect(fake.readyShards).toEqual([0, 1]);
  });
});

describe('fake gateway handshake', () => {
  it('speaks zlib-stream when asked to via ?compress=zlib-stream', async () => {
    const fake = await fakeDiscord();
    const socket = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    const inflate = zlib.createInflate();
    const payloads: GatewayPayload[] = [];
    let text = '';
    inflate.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      try {
        payloads.push(JSON.parse(text) as GatewayPayload);
        text = '';
      } catch {
        // partial message, wait for more
      }
    });
    socket.on('message', (data: Buffer, isBinary) => {
      expect(isBinary).toBe(true);
      expect([...data.subarray(-4)]).toEqual([0, 0, 0xff, 0xff]);
      inflate.write(data);
    });
    await once(socket, 'open');
    await expect.poll(() => payloads[0]?.op).toBe(10);
    socket.send(JSON.stringify({ op: 2, d: { token: TOKEN, intents: 1, properties: {}, shard: [0, 1] } }));
    await expect.poll(() => payloads.map((p) => p.t)).toEqual([null, 'READY', 'GUILD_CREATE']);
    socket.send(JSON.stringify({ op: 1, d: 2 }));
    await expect.poll(() => payloads.at(-1)?.op).toBe(11);
    socket.close();
  });
});

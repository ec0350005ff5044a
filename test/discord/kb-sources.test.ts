/**
 * /kb source add | list | remove end to end: the real bot on a copy of knowledge/ through the fake
 * Discord, a moderator attaching a .txt file (served by the fake's CDN). Asserts on what the bot
 * says, on the folder and on what it answers afterwards; every refusal changes nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type APIInteraction, InteractionResponseType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_A_MODERATOR } from '../../src/discord/preconditions.ts';
import {
  decodePath,
  type FakeAttachment,
  type InvokerOptions,
  type OptionValue,
  type RecordedCall,
} from '../support/fake-discord.ts';
import {
  copyKnowledge,
  folderState as folderStateOf,
  type KnowledgeCopy,
} from '../support/knowledge-copy.ts';
import { buildFolder, WIRE_TEXT } from '../support/two-sources.ts';
import { type CallbackData, callbackData, type Harness, runSlash, startHarness } from './harness.ts';

let copy: KnowledgeCopy;
let dataDir: string;
let h: Harness;

beforeAll(async () => {
  copy = copyKnowledge();
  dataDir = mkdtempSync(join(tmpdir(), 'kb-sources-'));
  h = await startHarness({
    knowledgeDir: copy.dir,
    dataDir,
    env: (fake) => ({ MODERATOR_ROLE_IDS: fake.guild().moderatorRoleId }),
  });
});

afterAll(async () => {
  await h?.close();
  copy?.remove();
  rmSync(dataDir, { recursive: true, force: true });
});

const moderator = (): Partial<InvokerOptions> => ({ user: h.fake.moderatorUser });

function isEditOfOriginal(interaction: APIInteraction) {
  return (c: RecordedCall) =>
    c.method === 'PATCH' && decodePath(c.path).endsWith(`/${interaction.token}/messages/@original`);
}

function textOf(body: CallbackData): string {
  const embeds = (body.embeds ?? []).flatMap((e) => [
    e.title ?? '',
    e.description ?? '',
    ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    e.footer?.text ?? '',
  ]);
  return [body.content ?? '', ...embeds].filter(Boolean).join('\n');
}

/** /kb source <subcommand> and its final reply. */
async function source(
  subcommand: string,
  options: Record<string, OptionValue | FakeAttachment> = {},
  invoker: Partial<InvokerOptions> = moderator(),
) {
  const interaction = h.fake.dispatchInteraction(
    h.fake.slashCommand({ name: 'kb', subcommandGroup: 'source', subcommand, options, ...invoker }),
  );
  const call = await h.fake.waitForInteractionResponse(interaction);
  const deferred =
    (call.body as { type: number }).type === InteractionResponseType.DeferredChannelMessageWithSource;
  const body = deferred
    ? ((await h.fake.waitForCall(isEditOfOriginal(interaction))).body as CallbackData)
    : callbackData(call);
  const flags = h.fake.originalMessage(interaction)?.flags ?? 0;
  return { body, text: textOf(body), ephemeral: (flags & MessageFlags.Ephemeral) !== 0 };
}

/** Every file of the folder with its content: what a refusal must leave as it was. */
const folderState = () => folderStateOf(copy.dir);

const wire = () => h.fake.attachment({ filename: 'wire.txt', content: WIRE_TEXT });
const WIRE_FIELDS = { publisher: 'Test Wire', date: '19 September 2016', url: 'https://wire.example/moscow' };
const QUESTION = 'Should the Security Council ask Washington for a full account of the raid?';

async function askText(question: string): Promise<string> {
  const { data } = await runSlash(h.fake, { name: 'ask', options: { question } });
  return textOf(data);
}

describe('/kb source add', () => {
  it('refuses a member who is not a moderator, and changes nothing', async () => {
    const before = folderState();
    const reply = await source('add', { file: wire(), ...WIRE_FIELDS }, { user: h.fake.defaultUser });
    expect(reply.text).toBe(NOT_A_MODERATOR);
    expect(folderState()).toEqual(before);
  });

  it.each<[string, () => FakeAttachment, Record<string, string>, RegExp]>([
    [
      'a file that is not UTF-8',
      () =>
        h.fake.attachment({
          filename: 'latin1.txt',
          content: Buffer.from('Titel\n\nDer Angriff dauerte 40 Minuten \xe4\xf6.', 'latin1'),
        }),
      {},
      /not UTF-8 text/,
    ],
    [
      'an empty file',
      () => h.fake.attachment({ filename: 'empty.txt', content: '\n  \n' }),
      {},
      /the file is empty/,
    ],
    [
      'a file over 200 KB',
      () => h.fake.attachment({ filename: 'big.txt', content: `Headline\n\n${'word '.repeat(45_000)}` }),
      {},
      /over the limit of 200 KB/,
    ],
    ['a date that cannot be read', wire, { date: 'next Tuesday' }, /"next Tuesday" is not a date/],
    [
      'a file that is not text',
      () =>
        h.fake.attachment({
          filename: 'photo.png',
          content: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
          contentType: 'image/png',
        }),
      {},
      /not a \.txt file/,
    ],
  ])('refuses %s clearly and changes nothing', async (_what, file, fields, message) => {
    const before = folderState();
    const audit = h.database.history(null, 1000).length;
    const reply = await source('add', { file: file(), ...WIRE_FIELDS, ...fields });
    expect(reply.ephemeral).toBe(true);
    expect(reply.text).toMatch(/^❌ Nothing was changed: /);
    expect(reply.text).toMatch(message);
    expect(folderState()).toEqual(before);
    expect(h.database.history(null, 1000)).toHaveLength(audit);
  });

  it('does not download a file over the limit at all', async () => {
    const big = h.fake.attachment({ filename: 'big.txt', content: 'Headline\n\nShort.', size: 300 * 1024 });
    const reply = await source('add', { file: big, ...WIRE_FIELDS });
    expect(reply.text).toMatch(/300 KB, over the limit of 200 KB/);
    expect(h.fake.findCalls((c) => c.path.startsWith('/attachments/') && c.url.includes(big.id))).toEqual([]);
  });

  it('adds the source: split, speakers attributed, new names proposed (not added), served at once', async () => {
    const entities = copy.read('entities.yaml');
    const file = wire();
    const reply = await source('add', { file, ...WIRE_FIELDS, 'publisher-aliases': 'TW,  the wire ' });
    expect(reply.ephemeral).toBe(true);
    expect(reply.text).toContain('✅ Added source `test-wire`');
    // The publisher's other names, as typed, kept in its record and said in the reply.
    expect(reply.text).toContain('“TW”, “the wire” read as its publisher');
    expect(copy.read('sources.yaml')).toContain('  publisherAliases:\n    - TW\n    - the wire\n');
    expect(reply.text).toContain('5 sentences, ids `test-wire.p1.s1` to `test-wire.p4.s2`');
    expect(reply.text).toContain('credited “Test Wire, 19 September 2016”');
    expect(reply.text).toMatch(/Pavel Testerov \(person\?\), quoted in test-wire\.p4\.s1/);
    // The attachment was read from the fake's CDN, at the URL Discord gave.
    expect(h.fake.findCalls((c) => c.method === 'GET' && c.url.includes(file.id))).toHaveLength(1);
    // Its files, listed last in sources.yaml; entities.yaml untouched; the proposals beside it.
    expect(copy.read('sources/test-wire.txt')).toBe(WIRE_TEXT);
    expect(copy.read('sources.yaml')).toContain('- id: test-wire\n  headline: Moscow Says It Was Not Warned');
    expect(existsSync(join(copy.dir, 'sources/test-wire.passages.json'))).toBe(true);
    expect(copy.read('entities.yaml')).toBe(entities);
    expect(copy.read('sources/test-wire.proposed-entities.yaml')).toContain('name: Pavel Testerov');
    // Recorded in the audit trail, and answering now, credited to its own source.
    expect(h.database.history(null, 1)[0]).toMatchObject({
      action: 'source-add',
      entryId: 'source:test-wire',
    });
    const answer = await askText(QUESTION);
    expect(answer).toContain('the reporter · Test Wire, 19 September 2016');
    expect(answer).toContain('test-wire.p4.s1');
  });

  it('refuses the same source again, and changes nothing', async () => {
    const before = folderState();
    const reply = await source('add', { file: wire(), ...WIRE_FIELDS, publisher: 'Another Wire', url: '' });
    expect(reply.text).toMatch(/^❌ Nothing was changed: this text is already held as source "test-wire"/);
    expect(folderState()).toEqual(before);
  });

  it('lists every source with its date and link, in /kb source list and /source', async () => {
    const list = await source('list');
    expect(list.text).toContain('`dw` — 18 September 2016 · DW');
    expect(list.text).toContain('`test-wire` — 19 September 2016 · Test Wire');
    expect(list.text).toContain('<https://wire.example/moscow>');
    const { data } = await runSlash(h.fake, { name: 'source' });
    const fields = data.embeds?.[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual(['18 September 2016 · DW', '19 September 2016 · Test Wire']);
    expect(fields[1]?.value).toContain('https://wire.example/moscow');
    // /help says the bot quotes more than the article now.
    const help = await runSlash(h.fake, { name: 'help' });
    expect(help.data.embeds?.[0]?.description).toContain(
      'with quotes from a DW article and 1 later source (see /source)',
    );
  });
});

describe('/kb source remove', () => {
  it('refuses while an answer cites the source, naming each citation', async () => {
    copy.edit(
      'qa.yaml',
      (s) =>
        `${s}\n- id: full-account\n  question: What should the Council ask Washington for?\n  answer: [test-wire.p4.s1]\n`,
    );
    await h.knowledge.reload('test');
    const before = folderState();
    const reply = await source('remove', { id: 'test-wire' });
    expect(reply.text).toContain('❌ Nothing was changed: these cite sentences of `test-wire`');
    expect(reply.text).toContain('qa.yaml › entry "full-account": cites test-wire.p4.s1');
    expect(folderState()).toEqual(before);
  });

  it('refuses the article itself', async () => {
    const reply = await source('remove', { id: 'dw' });
    expect(reply.text).toMatch(/^❌ Nothing was changed: "dw" is the story's article/);
  });

  it('removes it once nothing cites it: its files go, it no longer answers', async () => {
    copy.edit('qa.yaml', (s) => s.slice(0, s.indexOf('\n- id: full-account')).concat('\n'));
    await h.knowledge.reload('test');
    const reply = await source('remove', { id: 'test-wire' });
    expect(reply.text).toContain('✅ Removed source `test-wire` (Test Wire, 19 September 2016, 5 sentences)');
    expect(existsSync(join(copy.dir, 'sources/test-wire.txt'))).toBe(false);
    expect(existsSync(join(copy.dir, 'sources/test-wire.passages.json'))).toBe(false);
    expect(copy.read('sources.yaml')).not.toContain('test-wire');
    expect(h.engines.current.kb.sources.map((s) => s.id)).toEqual(['dw']);
    expect(await askText(QUESTION)).not.toContain('Test Wire');
    expect(h.database.history(null, 1)[0]).toMatchObject({
      action: 'source-remove',
      entryId: 'source:test-wire',
    });
  });
});

describe('/source with many sources', () => {
  it('lists every one, oldest first, in pages that fit Discord', async () => {
    // 30 short reports, written and built by hand as a moderator could, listed newest first.
    const entries: string[] = [];
    mkdirSync(join(copy.dir, 'sources'), { recursive: true });
    for (let k = 30; k >= 1; k--) {
      const id = `daily-${k}`;
      copy.write(`sources/${id}.txt`, `Daily Report ${k}\n\nThe ministry said little on day ${k}.\n`);
      const day = String(k).padStart(2, '0');
      entries.push(
        `- id: ${id}\n  headline: Daily Report ${k}\n  publisher: Daily ${k}\n  date: 2016-10-${day}\n  url: https://daily.example/${k}\n`,
      );
    }
    copy.write('sources.yaml', entries.join(''));
    buildFolder(copy.dir);
    await h.knowledge.reload('test');
    expect(h.engines.current.kb.sources).toHaveLength(31);

    const names: string[] = [];
    const footers: string[] = [];
    for (let page = 1; ; page++) {
      const { data } = await runSlash(h.fake, { name: 'source', options: { page } });
      const embed = data.embeds?.[0];
      expect(embed?.title).toBe('The 31 sources I quote, oldest first');
      expect(embed?.fields?.length).toBeLessThanOrEqual(25);
      names.push(...(embed?.fields ?? []).map((f) => f.name));
      footers.push(embed?.footer?.text ?? '');
      if (!embed?.footer?.text?.includes('for more')) break;
      expect(page).toBeLessThan(5);
    }
    expect(names).toEqual([
      '18 September 2016 · DW',
      ...Array.from({ length: 30 }, (_, k) => `${k + 1} October 2016 · Daily ${k + 1}`),
    ]);
    expect(footers[0]).toContain(`page 1 of ${footers.length}: /source page:2 for more`);
    // /kb source list says where the ones that do not fit are.
    expect((await source('list')).text).toMatch(
      /… and \d+ more sources: \/source lists every one, in pages\.$/,
    );
    // A page past the last shows the last.
    const past = await runSlash(h.fake, { name: 'source', options: { page: 99 } });
    expect(past.data.embeds?.[0]?.fields?.at(-1)?.name).toBe('30 October 2016 · Daily 30');
  });
});

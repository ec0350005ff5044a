/**
 * The knowledge folder as a deploy or a slip of the hand leaves it, seen from Discord: the real
 * bot on `current`, a symlink to a release folder (a copy of knowledge/), watching it as
 * `npm start` does, driven through the fake Discord.
 *
 * - issue 10 item 6: an emptied qa.yaml is held, not served; the moderators are told in the
 *   mod-log channel how to accept it; /kb check shows both versions; /kb reload accepts it.
 * - issue 10 item 7: the folder replaced (the symlink switched, the folder gone and back) keeps
 *   being watched, and /kb check says so.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type APIInteraction, InteractionResponseType, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePath, type RecordedCall } from '../support/fake-discord.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';
import { CEILING_MS } from '../support/wait-for.ts';
import { type CallbackData, callbackData, type Harness, runSlash, startHarness } from './harness.ts';

let root: string;
let h: Harness;
const current = () => join(root, 'current');

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kb-folder-'));
  cpSync(KNOWLEDGE_DIR, join(root, 'release-1'), { recursive: true });
  symlinkSync(join(root, 'release-1'), current());
  h = await startHarness({
    knowledgeDir: current(),
    dataDir: join(root, 'data'),
    watchDebounceMs: 60,
    env: (fake) => ({
      MOD_LOG_CHANNEL_ID: fake.guild().botChannelId,
      MODERATOR_ROLE_IDS: fake.guild().moderatorRoleId,
    }),
  });
});

afterAll(async () => {
  await h?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Runs /kb <subcommand> as a moderator and returns the text of its final reply. */
async function kb(subcommand: string, options: Record<string, string> = {}): Promise<string> {
  const interaction = h.fake.dispatchInteraction(
    h.fake.slashCommand({ name: 'kb', subcommand, options, user: h.fake.moderatorUser }),
  );
  const call = await h.fake.waitForInteractionResponse(interaction);
  const deferred =
    (call.body as { type: number }).type === InteractionResponseType.DeferredChannelMessageWithSource;
  const body = deferred
    ? ((await h.fake.waitForCall(isOriginalEdit(interaction))).body as CallbackData)
    : callbackData(call);
  return body.content ?? '';
}

const isOriginalEdit = (interaction: APIInteraction) => (c: RecordedCall) =>
  c.method === 'PATCH' && decodePath(c.path).endsWith(`/${interaction.token}/messages/@original`);

/** The next post to the mod-log channel starting with `mark`. */
function nextModLogPost(mark: string): Promise<string> {
  const earlier = new Set(h.fake.calls);
  const channel = Routes.channelMessages(h.fake.guild().botChannelId);
  return h.fake
    .waitForCall(
      (c) =>
        !earlier.has(c) &&
        c.method === 'POST' &&
        c.path === channel &&
        String((c.body as CallbackData).content).startsWith(mark),
    )
    .then((c) => String((c.body as CallbackData).content));
}

async function durationQuote(): Promise<string | undefined> {
  const { data } = await runSlash(h.fake, {
    name: 'ask',
    options: { question: 'How long did the airstrike last?' },
  });
  return data.embeds?.[0]?.footer?.text.match(/p\d+\.s\d+/)?.[0];
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + CEILING_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(25);
  }
}

const setDuration = (dir: string, answer: string) => {
  const file = join(dir, 'qa.yaml');
  const text = readFileSync(file, 'utf8');
  const duration = /answer: \[[^\]]*\]\n\n- id: location/;
  if (!duration.test(text)) throw new Error('qa.yaml changed: the test is out of date');
  writeFileSync(file, text.replace(duration, `answer: [${answer}]\n\n- id: location`));
};

describe('a folder that would remove most of the knowledge at once', () => {
  const original = () => readFileSync(join(KNOWLEDGE_DIR, 'qa.yaml'), 'utf8');

  it('holds an emptied qa.yaml: still answers, tells the moderators how to accept it', async () => {
    const serving = h.knowledge.version;
    const entries = h.engines.current.kb.qa.length;
    const post = nextModLogPost('⚠️');
    writeFileSync(join(current(), 'qa.yaml'), '# emptied by mistake\n');
    const text = await post;
    expect(text).toMatch(
      new RegExp(
        `^⚠️ Not served: the knowledge folder on disk \\(version \`[0-9a-f]{12}\`\\) removes ${entries} of ${entries} Q&A entries at once \\(file changed: qa\\.yaml\\)\\. ` +
          `The bot keeps answering from version \`${serving}\`\\. If this is intended, run /kb reload to accept it; otherwise put the files back\\.$`,
      ),
    );
    expect(h.knowledge.version).toBe(serving);
    expect(await durationQuote()).toBe('p4.s1');

    // /kb check shows both versions, and why the one on disk is not served.
    const check = await kb('check');
    expect(check).toMatch(
      new RegExp(
        `^✅ The knowledge folder is valid: version \`([0-9a-f]{12})\`, 0 Q&A entries, .*\\. The bot answers from version \`${serving}\`, not this one: ` +
          `this version removes ${entries} of ${entries} Q&A entries at once, so it waits for a moderator\\. If this is intended, /kb reload accepts it\\.`,
      ),
    );
    // An edit on top of it is refused: it would make the loss current.
    const add = await kb('add', { question: 'Is this the only entry left?', answer: 'p4.s1' });
    expect(add).toBe(
      `❌ Nothing was changed: the knowledge files on disk have lost most of what the bot answers from (version \`${serving}\`): ` +
        `with this change, 1 of ${entries} Q&A entries would be left. Check the files; if that is intended, run /kb reload to accept it first.`,
    );
    expect(readFileSync(join(current(), 'qa.yaml'), 'utf8')).toBe('# emptied by mistake\n');
  });

  it('serves it once a moderator runs /kb reload, and says what was accepted', async () => {
    const serving = h.knowledge.version;
    const entries = h.engines.current.kb.qa.length;
    const reply = await kb('reload');
    expect(reply).toMatch(
      new RegExp(
        `^✅ Reloaded: the bot now answers from version \`[0-9a-f]{12}\` \\(was \`${serving}\`\\), 0 Q&A entries, in \\d+ ms\\.\\n` +
          `Accepted: this version removes ${entries} of ${entries} Q&A entries at once\\.$`,
      ),
    );
    expect(h.engines.current.kb.qa).toHaveLength(0);
    // Putting the entries back is growth, not loss: served at once.
    writeFileSync(join(current(), 'qa.yaml'), original());
    await until(() => h.engines.current.kb.qa.length === entries, 'the entries are back');
    expect(await durationQuote()).toBe('p4.s1');
  });
});

describe('the knowledge folder replaced', () => {
  it('follows the symlink switched to another release, and its next hand edit', async () => {
    cpSync(KNOWLEDGE_DIR, join(root, 'release-2'), { recursive: true });
    setDuration(join(root, 'release-2'), 'p4.s2');
    symlinkSync(join(root, 'release-2'), join(root, 'current.next'));
    renameSync(join(root, 'current.next'), current());
    await until(async () => (await durationQuote()) === 'p4.s2', 'the new release answers');
    const check = await kb('check');
    expect(check).toMatch(
      // and nothing after: the stock knowledge has no warnings (its four-sentence entry says `more: true`)
      /The bot answers from this version\. The folder was replaced <t:\d+:R>; the bot watches the new one\.$/,
    );
    setDuration(join(root, 'release-2'), 'p9.s1');
    await until(async () => (await durationQuote()) === 'p9.s1', 'a hand edit in the new release answers');
  });

  it('keeps answering while the folder is gone, says so, and serves it when it is back', async () => {
    const serving = h.knowledge.version;
    rmSync(current());
    const check = await kb('check');
    expect(check).toBe(
      `❌ The knowledge folder is not there (replaced, moved or unmounted?). The bot keeps answering from version \`${serving}\`, ` +
        'and serves the folder by itself as soon as it is back.',
    );
    expect(await durationQuote()).toBe('p9.s1');
    symlinkSync(join(root, 'release-1'), current());
    await until(async () => (await durationQuote()) === 'p4.s1', 'the folder is served again');
  });
});

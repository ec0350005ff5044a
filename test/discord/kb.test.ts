/**
 * /kb end to end: the real bot on a copy of knowledge/ and a temporary DATA_DIR, driven through
 * the fake Discord. Asserts on what the bot sends to Discord, on qa.yaml and on the database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type APIInteraction,
  ApplicationCommandOptionType,
  InteractionResponseType,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_A_MODERATOR } from '../../src/discord/preconditions.ts';
import { escapeText } from '../../src/discord/render.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import {
  decodePath,
  EVERYONE_PERMISSIONS,
  type InvokerOptions,
  type OptionValue,
  type RecordedCall,
} from '../support/fake-discord.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { CEILING_MS, waitFor } from '../support/wait-for.ts';
import {
  buttonsOf,
  type CallbackData,
  callbackData,
  click,
  type Harness,
  limitProblems,
  runSlash,
  startHarness,
} from './harness.ts';

let copy: KnowledgeCopy;
let dataDir: string;
let h: Harness;

const start = (watchDebounceMs?: number) =>
  startHarness({
    knowledgeDir: copy.dir,
    dataDir,
    ...(watchDebounceMs !== undefined ? { watchDebounceMs } : {}),
    env: (fake) => ({
      MOD_LOG_CHANNEL_ID: fake.guild().botChannelId,
      MODERATOR_ROLE_IDS: fake.guild().moderatorRoleId,
    }),
  });

beforeAll(async () => {
  copy = copyKnowledge();
  dataDir = mkdtempSync(join(tmpdir(), 'kb-data-'));
  h = await start(60);
});

afterAll(async () => {
  await h?.close();
  copy?.remove();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Waits until the bot serves what is on disk (the watcher has caught up with hand edits). */
async function settled(): Promise<void> {
  await waitFor(
    () => {
      const onDisk = loadKnowledge(copy.dir);
      return onDisk.ok && onDisk.kb.version === h.knowledge.version;
    },
    { what: 'the watcher to serve the files' },
  );
}

interface KbResult {
  interaction: APIInteraction;
  /** What the bot finally sent: the callback's data, or the edit of a deferred reply. */
  body: CallbackData;
  deferred: boolean;
  ephemeral: boolean;
  /** The content and every embed's text, for assertions on what the moderator reads. */
  text: string;
}

const moderator = (): Partial<InvokerOptions> => ({ user: h.fake.moderatorUser });

function textOf(body: CallbackData): string {
  const embeds = (body.embeds ?? []).flatMap((e) => [
    e.title ?? '',
    e.description ?? '',
    ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    e.footer?.text ?? '',
  ]);
  return [body.content ?? '', ...embeds].filter(Boolean).join('\n');
}

function isEditOfOriginal(interaction: APIInteraction) {
  return (c: RecordedCall) =>
    c.method === 'PATCH' && decodePath(c.path).endsWith(`/${interaction.token}/messages/@original`);
}

/** Runs /kb <subcommand> and waits for its final reply (at most `ceiling` ms, default the shared one). */
async function kb(
  subcommand: string,
  options: Record<string, OptionValue> = {},
  invoker: Partial<InvokerOptions> = moderator(),
  ceiling?: number,
): Promise<KbResult> {
  const interaction = h.fake.dispatchInteraction(
    h.fake.slashCommand({ name: 'kb', subcommand, options, ...invoker }),
  );
  const call = await h.fake.waitForInteractionResponse(interaction, ceiling);
  const deferred =
    (call.body as { type: number }).type === InteractionResponseType.DeferredChannelMessageWithSource;
  const body = deferred
    ? ((await h.fake.waitForCall(isEditOfOriginal(interaction), ceiling)).body as CallbackData)
    : callbackData(call);
  const flags = h.fake.originalMessage(interaction)?.flags ?? 0;
  return {
    interaction,
    body,
    deferred,
    ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
    text: textOf(body),
  };
}

async function autocomplete(
  subcommand: string,
  options: Record<string, OptionValue>,
  focused: string,
  invoker: Partial<InvokerOptions> = moderator(),
) {
  const interaction = h.fake.dispatchInteraction(
    h.fake.autocomplete({ name: 'kb', subcommand, options, focused, ...invoker }),
  );
  return callbackData(await h.fake.waitForInteractionResponse(interaction)).choices ?? [];
}

/** What /ask answers: the curated entry (from the feedback button) and the quote ids shown. */
async function ask(question: string) {
  const { interaction, data } = await runSlash(h.fake, { name: 'ask', options: { question } });
  const helpful = buttonsOf(data).Helpful ?? '';
  return {
    interaction,
    data,
    qa: helpful.split(':')[3] || null,
    quotes: [...new Set(data.embeds?.[0]?.footer?.text.match(/p\d+\.s\d+/g) ?? [])],
    text: textOf(data),
  };
}

/** Every line of `before` is still in `after`, in order. */
function linesKept(before: string, after: string): void {
  const rest = after.split('\n');
  let j = 0;
  for (const line of before.split('\n')) {
    const at = rest.indexOf(line, j);
    expect(at, `line lost: ${line}`).toBeGreaterThanOrEqual(0);
    j = at + 1;
  }
}

const auditCount = (entryId?: string) => h.database.history(entryId ?? null, 1000).length;

const TANKS = 'Which tanks did the bombing destroy near the airport?';

/**
 * A change is found by the file watch or, on a busy machine, first by the periodic check
 * (both may be named when they coalesce): either way it is reported as the watch's reason.
 */
const anyWatch = (content: string | undefined) =>
  String(content).replace(
    / \(file changed(?: \(found by the periodic check\))?(?:, file changed)?(?:: qa\.yaml)?\)/,
    ' (file changed: qa.yaml)',
  );

describe('/kb registration and permissions', () => {
  it('is registered for guilds only, hidden from members without Manage Server, with every subcommand', () => {
    const registered = h.fake.commands.get(h.fake.guild().id)?.find((c) => c.name === 'kb');
    expect(registered?.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(registered?.contexts).toEqual([0]);
    expect(registered?.options?.map((o) => o.name)).toEqual([
      'add',
      'edit',
      'remove',
      'show',
      'list',
      'sentences',
      'check',
      'reload',
      'history',
      'undo',
      'unanswered',
      'feedback',
      'source',
    ]);
    const [group, ...subcommands] = [...(registered?.options ?? [])].reverse();
    expect(subcommands.every((o) => o.type === ApplicationCommandOptionType.Subcommand)).toBe(true);
    expect(group?.type).toBe(ApplicationCommandOptionType.SubcommandGroup);
    const inGroup = group?.type === ApplicationCommandOptionType.SubcommandGroup ? (group.options ?? []) : [];
    expect(inGroup.map((o) => [o.name, o.type])).toEqual([
      ['add', ApplicationCommandOptionType.Subcommand],
      ['list', ApplicationCommandOptionType.Subcommand],
      ['remove', ApplicationCommandOptionType.Subcommand],
    ]);
  });

  it("refuses a non-moderator's /kb add ephemerally and changes nothing", async () => {
    const before = copy.read('qa.yaml');
    const version = h.knowledge.version;
    const result = await kb(
      'add',
      { question: 'Is this a sneaky edit?', answer: 'p4.s1' },
      { user: h.fake.defaultUser },
    );
    expect(result.deferred).toBe(false);
    expect(result.ephemeral).toBe(true);
    expect(result.body.content).toBe(NOT_A_MODERATOR);
    expect(copy.read('qa.yaml')).toBe(before);
    expect(h.knowledge.version).toBe(version);
    expect(auditCount()).toBe(0);
    // Nor does autocomplete reveal anything to them.
    expect(await autocomplete('add', { answer: 'p4' }, 'answer', { user: h.fake.defaultUser })).toEqual([]);
  });

  it('refuses a member whose roles are not moderator roles, even with the same permissions otherwise', async () => {
    const member = h.fake.user({ username: 'member-with-a-role' });
    const result = await kb(
      'list',
      {},
      {
        user: member,
        roles: [h.fake.guild().botRoleId],
        permissions: EVERYONE_PERMISSIONS,
      },
    );
    expect(result.body.content).toBe(NOT_A_MODERATOR);
  });

  it('allows a member with a role in MODERATOR_ROLE_IDS, without Manage Server', async () => {
    const helper = h.fake.user({ username: 'role-moderator' });
    const result = await kb(
      'list',
      {},
      {
        user: helper,
        roles: [h.fake.guild().moderatorRoleId],
        permissions: EVERYONE_PERMISSIONS,
      },
    );
    expect(result.ephemeral).toBe(true);
    expect(result.text).toContain('`death-toll` — How many Syrian soldiers were killed in the airstrike?');
    expect(result.text).toMatch(/Page 1 of 3 · knowledge version [0-9a-f]{12} · \/kb list page: 2 for more/);
  });
});

describe('/kb add, edit, remove, undo: served at once and audited', () => {
  it('adds an entry that answers at once, keeping every other line of qa.yaml', async () => {
    const before = copy.read('qa.yaml');
    expect((await ask(TANKS)).qa).toBe('equipment-destroyed');
    const result = await kb('add', {
      question: TANKS,
      answer: 'p9.s2',
      paraphrases: 'What did the bombs hit near the airport? | Which vehicles were hit near the airport?',
      note: 'Added in a test.',
    });
    expect(result.deferred).toBe(true);
    expect(result.ephemeral).toBe(true);
    const version = h.knowledge.version;
    expect(result.body.content).toBe(
      `✅ Added \`tanks-bombing-destroy-near-airport\` — it answers now. Knowledge version \`${version}\`.\n` +
        `Try it: /ask question: ${TANKS}`,
    );
    const answer = await ask(TANKS);
    expect(answer.qa).toBe('tanks-bombing-destroy-near-airport');
    expect(answer.quotes[0]).toBe('p9.s2');
    const after = copy.read('qa.yaml');
    linesKept(before, after);
    expect(after).toContain(
      [
        '- id: tanks-bombing-destroy-near-airport',
        `  question: ${TANKS}`,
        '  paraphrases:',
        '    - What did the bombs hit near the airport?',
        '    - Which vehicles were hit near the airport?',
        '  answer: [p9.s2]',
        '  note: Added in a test.',
      ].join('\n'),
    );
    const [row] = h.database.history('tanks-bombing-destroy-near-airport');
    expect(row).toMatchObject({
      actorId: h.fake.moderatorUser.id,
      action: 'add',
      before: null,
      after: { id: 'tanks-bombing-destroy-near-airport', answer: ['p9.s2'] },
      knowledgeVersion: version,
    });
  });

  it('edits an entry: the new answer is served at once', async () => {
    const result = await kb('edit', { id: 'tanks-bombing-destroy-near-airport', answer: 'p4.s3, p9.s1' });
    expect(result.body.content).toMatch(
      /^✅ Updated `tanks-bombing-destroy-near-airport` \(answer\) — the new version answers now\. Knowledge version `[0-9a-f]{12}`\.\nanswer p9\.s2 → p4\.s3, p9\.s1$/,
    );
    const answer = await ask(TANKS);
    expect(answer.qa).toBe('tanks-bombing-destroy-near-airport');
    expect(answer.quotes.slice(0, 2)).toEqual(['p4.s3', 'p9.s1']);
    expect(copy.read('qa.yaml')).toContain('  answer: [p4.s3, p9.s1]');
  });

  it('removes an entry: it stops answering at once', async () => {
    const result = await kb('remove', { id: 'tanks-bombing-destroy-near-airport' });
    expect(result.body.content).toContain(
      '✅ Removed `tanks-bombing-destroy-near-airport` — it no longer answers.',
    );
    expect(result.body.content).toContain('/kb undo id: tanks-bombing-destroy-near-airport puts it back.');
    expect((await ask(TANKS)).qa).toBe('equipment-destroyed');
    expect(copy.read('qa.yaml')).not.toContain('tanks-bombing-destroy-near-airport');
  });

  it('undoes the remove: the entry answers again as it was, and the undo is audited', async () => {
    const result = await kb('undo', { id: 'tanks-bombing-destroy-near-airport' });
    expect(result.body.content).toMatch(
      new RegExp(
        `^✅ Undid the remove of \`tanks-bombing-destroy-near-airport\` by <@${h.fake.moderatorUser.id}> \\(<t:\\d+:R>\\): the entry is back and answers now\\.`,
      ),
    );
    expect(result.body.allowed_mentions).toEqual({ parse: [] });
    const answer = await ask(TANKS);
    expect(answer.qa).toBe('tanks-bombing-destroy-near-airport');
    expect(answer.quotes.slice(0, 2)).toEqual(['p4.s3', 'p9.s1']);
    expect(h.database.history('tanks-bombing-destroy-near-airport').map((r) => r.action)).toEqual([
      'undo',
      'remove',
      'edit',
      'add',
    ]);
  });

  it('refuses to undo when there is nothing to undo, or when a hand edit came after', async () => {
    const nothing = await kb('undo', { id: 'duration' });
    expect(nothing.body.content).toBe(
      'Nothing to undo for `duration`: no change to it was made with /kb (hand edits of qa.yaml are not recorded).',
    );
    copy.edit('qa.yaml', (s) => s.replace('  note: Added in a test.', '  note: Changed by hand.'));
    const before = copy.read('qa.yaml');
    const refused = await kb('undo', { id: 'tanks-bombing-destroy-near-airport' });
    expect(refused.body.content).toBe(
      '❌ Nothing was changed: `tanks-bombing-destroy-near-airport` was changed by hand in qa.yaml after its last /kb change, ' +
        'and undoing would lose that edit. Use /kb edit instead.',
    );
    expect(copy.read('qa.yaml')).toBe(before);
  });

  it('refuses an add with an unknown sentence id, with the exact problem, and writes nothing', async () => {
    const before = copy.read('qa.yaml');
    const audited = auditCount();
    const result = await kb('add', {
      id: 'bad-entry',
      question: 'Is this entry broken?',
      answer: 'p4.s1, p4.s99',
    });
    // The entry is appended: a blank line, then id, question and answer (the line of answer[1]).
    const answerLine = before.split('\n').length + 3;
    // One clear refusal: it says once that nothing changed, and points to what a moderator can use.
    expect(result.body.content?.match(/nothing was changed|not saved/gi)).toHaveLength(1);
    expect(result.body.content).not.toContain('passages.json');
    expect(result.body.content).toMatch(
      new RegExp(
        `^❌ Nothing was changed: the change would make the knowledge invalid\\. Fix this and try again:\\n` +
          `• qa\\.yaml:${answerLine} › entry "bad-entry" › field "answer\\[1\\]": unknown sentence id "p4\\.s99": paragraph 4 has p4\\.s1 to p4\\.s3 \\(every id with its sentence: npm run knowledge:check -- --sentences, or /kb sentences in Discord\\)$`,
      ),
    );
    expect(copy.read('qa.yaml')).toBe(before);
    expect(auditCount()).toBe(audited);
  });

  it('refuses an add with an id that is already taken, saying to use /kb edit', async () => {
    const result = await kb('add', {
      id: 'duration',
      question: 'How many minutes did it go on?',
      answer: 'p4.s1',
    });
    expect(result.body.content).toBe(
      '❌ Nothing was changed: an entry "duration" already exists: use /kb edit.',
    );
  });
});

describe('/kb add with verbatim quotes', () => {
  it('takes sentence ids and verbatim quotes in any mix, keeping the commas inside a quote', async () => {
    const quote = 'The Saturday night raid, which the US claims was unintentional, lasted for 40 minutes';
    const question = 'For how many minutes did the unintentional Saturday raid go on?';
    const result = await kb('add', {
      id: 'raid-minutes-quoted',
      question,
      answer: `p9.s2, ${quote}, "Damascus and Moscow put the death toll to 62."`,
    });
    expect(result.body.content).toContain('✅ Added `raid-minutes-quoted` — it answers now.');
    expect(h.database.latestChange('raid-minutes-quoted')?.after?.answer).toEqual([
      'p9.s2',
      quote,
      'Damascus and Moscow put the death toll to 62.',
    ]);
    const answer = await ask(question);
    expect(answer.qa).toBe('raid-minutes-quoted');
    // The curated order first; the third place goes to the other side of the contested point the
    // question asks most about (it calls the raid "unintentional": intent, so Russia's side).
    expect(answer.quotes.slice(0, 2)).toEqual(['p9.s2', 'p4.s1']);
    // Leave the knowledge as the other tests expect it.
    expect((await kb('remove', { id: 'raid-minutes-quoted' })).body.content).toContain('✅ Removed');
  });
});

describe('/kb and hand edits', () => {
  it('keeps a hand edit made after the bot loaded, when a /kb edit follows before any reload', async () => {
    await settled();
    copy.edit('qa.yaml', (s) =>
      s.replace(
        '  question: Where did the airstrike happen?\n',
        '  question: Where did the airstrike happen?\n  note: Hand edit, not yet loaded.\n',
      ),
    );
    expect(h.engines.current.kb.qa.find((e) => e.id === 'location')?.note).toBeUndefined();
    // At once, before the watcher's debounce: the editor must re-read the file.
    const result = await kb('edit', { id: 'duration', note: 'Edited from Discord.' });
    expect(result.body.content).toContain('✅ Updated `duration` (note)');
    const file = copy.read('qa.yaml');
    expect(file).toContain('  note: Hand edit, not yet loaded.');
    expect(file).toContain('  note: Edited from Discord.');
    const served = h.engines.current.kb.qa;
    expect(served.find((e) => e.id === 'location')?.note).toBe('Hand edit, not yet loaded.');
    expect(served.find((e) => e.id === 'duration')?.note).toBe('Edited from Discord.');
  });

  it('posts the exact problems of a broken hand edit to the mod-log channel, and keeps answering', async () => {
    await settled();
    const serving = h.knowledge.version;
    const channel = Routes.channelMessages(h.fake.guild().botChannelId);
    const earlier = new Set(h.fake.calls);
    const posted = (mark: string) => (c: RecordedCall) =>
      !earlier.has(c) &&
      c.method === 'POST' &&
      c.path === channel &&
      String((c.body as CallbackData).content).startsWith(mark);
    copy.edit('qa.yaml', (s) =>
      s.replace(
        '  question: How long did the airstrike last?\n',
        '  question: How long did the airstrike last?\n  colour: red\n',
      ),
    );
    const line = copy.read('qa.yaml').split('\n').indexOf('- id: duration') + 1;
    const post = await h.fake.waitForCall(posted('⚠️'));
    const body = post.body as CallbackData;
    expect(anyWatch(body.content)).toBe(
      `⚠️ The knowledge folder has 1 problem (file changed: qa.yaml). The bot keeps answering from the last good version \`${serving}\` until they are fixed:\n` +
        `• qa.yaml:${line} › entry "duration": unknown field(s) "colour": remove or rename`,
    );
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(h.knowledge.version).toBe(serving);
    expect((await ask('How long did the airstrike last?')).quotes[0]).toBe('p4.s1');

    // /kb check reads the folder now: the same problem, and the version still served.
    const check = await kb('check');
    expect(check.body.content).toBe(
      `❌ The knowledge folder has 1 problem. The bot keeps answering from the last good version \`${serving}\`. ` +
        'Fix these and save (the bot reloads by itself), or use /kb reload:\n' +
        `• qa.yaml:${line} › entry "duration": unknown field(s) "colour": remove or rename`,
    );
    // An edit from Discord is refused while the folder is broken, with the same problem.
    const refused = await kb('edit', { id: 'location', note: 'Not now.' });
    expect(refused.body.content).toContain('unknown field(s) "colour"');

    copy.edit('qa.yaml', (s) => s.replace('  colour: red\n', ''));
    const fixed = await h.fake.waitForCall(posted('✅'));
    expect(anyWatch((fixed.body as CallbackData).content)).toBe(
      `✅ The knowledge folder is valid again (file changed: qa.yaml): the bot answers from version \`${serving}\`, as before.`,
    );
    const ok = await kb('check');
    expect(ok.body.content).toMatch(
      /^✅ The knowledge folder is valid: version `[0-9a-f]{12}`, 45 Q&A entries, 29 sentences, \d+ key facts, \d+ timeline events, \d+ contested points\. The bot answers from this version\./,
    );
  });

  it(
    'lands 20 /kb add dispatched at once: 20 entries in qa.yaml, 20 audit rows, all served',
    async () => {
      await settled();
      const before = copy.read('qa.yaml');
      const audited = auditCount();
      const ids = Array.from({ length: 20 }, (_, i) => `concurrent-${i + 1}`);
      // The edits take turns (one writer at a time, each validating the whole knowledge): the
      // last waits for the 19 before it, so the ceilings against a hang are larger here.
      const results = await Promise.all(
        ids.map((id, i) =>
          kb(
            'add',
            {
              id,
              question: `Is concurrent test question number ${i + 1} answered?`,
              answer: `p${(i % 5) + 2}.s1`,
            },
            moderator(),
            5 * CEILING_MS,
          ),
        ),
      );
      for (const [i, result] of results.entries()) {
        expect(result.body.content).toContain(`✅ Added \`${ids[i]}\` — it answers now.`);
      }
      const file = copy.read('qa.yaml');
      for (const id of ids) expect(file).toContain(`- id: ${id}\n`);
      linesKept(before, file);
      expect(auditCount()).toBe(audited + 20);
      const served = new Set(h.engines.current.kb.qa.map((e) => e.id));
      expect(ids.filter((id) => !served.has(id))).toEqual([]);
    },
    6 * CEILING_MS,
  );
});

describe('/kb views', () => {
  it('autocompletes answer sentences from the passage index, completing the last item', async () => {
    const byWords = await autocomplete('add', { answer: 'p4.s1, saturday raid' }, 'answer');
    expect(byWords).toEqual([]); // p4.s1 is the Saturday raid, and it is already listed
    const choices = await autocomplete('add', { answer: 'p9.s2, saturday raid' }, 'answer');
    expect(choices[0]).toEqual({
      name: expect.stringMatching(
        /^p4\.s1 — The Saturday night raid, which the US claims was unintentional.*…$/,
      ),
      value: 'p9.s2, p4.s1',
    });
    const byId = await autocomplete('add', { answer: 'p4' }, 'answer');
    expect(byId.map((c) => c.value)).toEqual(['p4.s1', 'p4.s2', 'p4.s3']);
    const all = await autocomplete('edit', { id: 'duration', answer: '' }, 'answer');
    expect(all).toHaveLength(25);
    for (const c of all) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    const ids = await autocomplete('show', { id: 'death' }, 'id');
    expect(ids[0]).toEqual({
      name: 'death-toll — How many Syrian soldiers were killed in the airstrike?',
      value: 'death-toll',
    });
    const undoable = await autocomplete('undo', { id: '' }, 'id');
    expect(undoable.map((c) => c.value)).toContain('tanks-bombing-destroy-near-airport');
    expect(undoable.map((c) => c.value)).not.toContain('death-toll');
  });

  it('/kb sentences lists the ids answers can cite, with their text, by paragraph or words', async () => {
    const passages = h.engines.current.kb.passages;
    const lineOf = (id: string) => {
      const p = passages.find((x) => x.id === id);
      return `\`${id}\` ${escapeText(p?.text ?? '')}`;
    };
    const four = await kb('sentences', { paragraph: 4 });
    expect(four.ephemeral).toBe(true);
    const embed = four.body.embeds?.[0];
    expect(embed?.title).toBe('Sentences of paragraph 4 (3)');
    expect(embed?.description).toBe(['p4.s1', 'p4.s2', 'p4.s3'].map(lineOf).join('\n'));
    expect(embed?.description).toContain(
      '`p4.s1` The Saturday night raid, which the US claims was unintentional',
    );
    expect(embed?.footer?.text).toMatch(
      /^Page 1 of 1 · knowledge version [0-9a-f]{12} · cite them in \/kb add answer: p4\.s1, p4\.s2$/,
    );

    const raid = await kb('sentences', { search: 'sat raid' });
    expect(raid.body.embeds?.[0]?.title).toBe('Sentences of the article matching “sat raid” (1)');
    expect(raid.body.embeds?.[0]?.description).toBe(lineOf('p4.s1'));

    // Every sentence, page by page, each page within Discord's limits.
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const result = await kb('sentences', { page });
      expect(limitProblems(result.body)).toEqual([]);
      const e = result.body.embeds?.[0];
      seen.push(...(e?.description?.match(/^`p\d+\.s\d+`/gm) ?? []).map((m) => m.slice(1, -1)));
      if (!e?.footer?.text.includes(`/kb sentences page: ${page + 1} for more`)) break;
      expect(page).toBeLessThan(10);
    }
    expect(seen).toEqual(passages.map((p) => p.id));

    const none = await kb('sentences', { paragraph: 99 });
    const last = passages.at(-1)?.paragraph;
    expect(none.body.content).toBe(
      `There is no paragraph 99: the article has paragraphs 1 to ${last} (1 is the headline).`,
    );
    const nothing = await kb('sentences', { search: 'zeppelin' });
    expect(nothing.body.content).toBe(
      'No sentence of the article matching “zeppelin”. Search with the start of words ("sat raid"), or a sentence id ("p4").',
    );
  });

  it('/kb show renders the entry with its quotes verbatim, with speakers', async () => {
    const result = await kb('show', { id: 'death-toll' });
    expect(result.ephemeral).toBe(true);
    const embed = result.body.embeds?.[0];
    expect(embed?.title).toBe('Entry death-toll');
    expect(embed?.description).toContain(
      '**Question:** How many Syrian soldiers were killed in the airstrike?',
    );
    expect(embed?.description).toContain('**Answer:** p4.s1, p4.s2');
    expect(embed?.description).toContain('> Damascus and Moscow put the death toll to 62.');
    expect(embed?.description).toMatch(/— \*\*[^*]+\*\* · DW/);
    expect(limitProblems(result.body)).toEqual([]);
  });

  it('/kb history lists who, when, what and which entry, without pinging', async () => {
    const result = await kb('history', { id: 'tanks-bombing-destroy-near-airport' });
    expect(result.body.allowed_mentions).toEqual({ parse: [] });
    const lines = result.body.embeds?.[0]?.description?.split('\n') ?? [];
    const who = `<@${h.fake.moderatorUser.id}>`;
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      new RegExp(`^<t:\\d+:R> ${who} \\*\\*undo\\*\\* \`tanks-bombing-destroy-near-airport\`: new: `),
    );
    expect(lines[2]).toMatch(
      new RegExp(
        `^<t:\\d+:R> ${who} \\*\\*edit\\*\\* \`tanks-bombing-destroy-near-airport\`: answer p9\\.s2 → p4\\.s3, p9\\.s1$`,
      ),
    );
    const all = await kb('history');
    expect(all.body.embeds?.[0]?.description?.split('\n')).toHaveLength(20);
  });

  it('/kb unanswered lists the questions the bot abstained on, most asked first', async () => {
    await ask('What is the capital of France?');
    await ask('what is the capital of France');
    await ask('Who won the football world cup?');
    const result = await kb('unanswered');
    const lines = result.body.embeds?.[0]?.description?.split('\n') ?? [];
    expect(lines[0]).toMatch(/^\*\*2×\*\* what is the capital of france — last asked <t:\d+:R>$/);
    expect(lines[1]).toMatch(/^\*\*1×\*\* who won the football world cup — last asked <t:\d+:R>$/);
  });

  it('/kb feedback lists answers marked not helpful, with the question and the quotes', async () => {
    const answer = await ask('How long did the airstrike last?');
    const message = h.fake.originalMessage(answer.interaction);
    if (!message) throw new Error('no answer message');
    await click(h.fake, message, buttonsOf(answer.data)['Not helpful'] ?? '');
    const result = await kb('feedback');
    const line = result.body.embeds?.[0]?.description?.split('\n')[0];
    expect(line).toMatch(
      /^<t:\d+:R> “How long did the airstrike last\?” \(entry `duration`\) — p4\.s1 “The Saturday night raid, which the…”/,
    );
  });
});

describe('restart', () => {
  it('keeps the changes and the audit history after the bot is destroyed and started again', async () => {
    const rows = auditCount();
    const file = copy.read('qa.yaml');
    await h.close();
    h = await start();
    expect(copy.read('qa.yaml')).toBe(file);
    expect(auditCount()).toBe(rows);
    const answer = await ask(TANKS);
    expect(answer.qa).toBe('tanks-bombing-destroy-near-airport');
    expect((await ask('Is concurrent test question number 7 answered?')).qa).toBe('concurrent-7');
    const history = await kb('history', { id: 'tanks-bombing-destroy-near-airport' });
    expect(history.body.embeds?.[0]?.description?.split('\n')).toHaveLength(4);
  });

  it('/kb reload serves a hand edit on demand (no watcher here) and says what happened', async () => {
    const previous = h.knowledge.version;
    const same = await kb('reload');
    expect(same.body.content).toBe(
      `Nothing to reload: the files are the version the bot already answers from (\`${previous}\`).`,
    );
    copy.edit('qa.yaml', (s) => s.replace('  note: Changed by hand.', '  note: Changed by hand again.'));
    const result = await kb('reload');
    const version = h.knowledge.version;
    expect(version).not.toBe(previous);
    expect(result.body.content).toMatch(
      new RegExp(
        `^✅ Reloaded: the bot now answers from version \`${version}\` \\(was \`${previous}\`\\), 65 Q&A entries, in \\d+ ms\\.$`,
      ),
    );
    expect(h.database.history(null, 1)[0]).toMatchObject({
      action: 'reload',
      actorId: h.fake.moderatorUser.id,
      entryId: null,
      knowledgeVersion: version,
    });
  });
});

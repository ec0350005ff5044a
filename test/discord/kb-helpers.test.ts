/** The pure parts of /kb: option parsing, autocomplete, moderator-facing text, mod-log reports. */
import { describe, expect, it } from 'vitest';
import {
  auditLine,
  changedFields,
  describeChange,
  fitLines,
  problemLines,
  sameEntry,
} from '../../src/discord/kb/format.ts';
import { parseAnswer, parseParaphrases, slugFromQuestion } from '../../src/discord/kb/parse.ts';
import { suggestEntries, suggestSentences } from '../../src/discord/kb/suggest.ts';
import { shardVersionsLine } from '../../src/discord/kb/views.ts';
import { formatReloadReport, isKbReason, kbReason } from '../../src/discord/mod-log.ts';
import type { Problem } from '../../src/knowledge/problems.ts';
import { projectEngine } from './harness.ts';

/** Part of p4.s1, and p14.s1: quotes with commas. */
const RAID = 'The Saturday night raid, which the US claims was unintentional, lasted for 40 minutes';
const QUOTED_SPEECH =
  '"I would be very interested to see how Washington is going to react," he told reporters.';

describe('parsing /kb options', () => {
  it.each([
    ['How many died? | What was the toll?', ['How many died?', 'What was the toll?']],
    ['one\ntwo\n\n three ', ['one', 'two', 'three']],
    ['  single  ', ['single']],
    ['-', []],
    ['', []],
  ])('paraphrases %j -> %j', (typed, expected) => {
    expect(parseParaphrases(typed)).toEqual(expected);
  });

  it.each([
    ['p4.s1, p4.s2', ['p4.s1', 'p4.s2']],
    [' p4.s1 ,, p9.s2 ,', ['p4.s1', 'p9.s2']],
    ['p4.s1 — The Saturday night raid…', ['p4.s1']],
    ['Damascus and Moscow put the death toll to 62.', ['Damascus and Moscow put the death toll to 62.']],
    // A verbatim quote keeps its commas, alone or between ids.
    [RAID, [RAID]],
    [`p4.s2, ${RAID}`, ['p4.s2', RAID]],
    [`${RAID}, p4.s2`, [RAID, 'p4.s2']],
    [`p9.s2,${RAID} ,p4.s2`, ['p9.s2', RAID, 'p4.s2']],
    // Quotation marks tell two quotes in a row apart, and keep their commas too.
    [
      `"${RAID}", "Damascus and Moscow put the death toll to 62."`,
      [RAID, 'Damascus and Moscow put the death toll to 62.'],
    ],
    [`“${RAID}”, p4.s2`, [RAID, 'p4.s2']],
    // Quotation marks inside a quote are the article's: kept as typed.
    [QUOTED_SPEECH, [QUOTED_SPEECH]],
    ['p4.s1 — The Saturday night raid, which the US claims…, p4.s2', ['p4.s1', 'p4.s2']],
    // The start of an id is an item of its own (refused by the validator), not part of a quote.
    [`${RAID}, p4.s`, [RAID, 'p4.s']],
  ])('answer %j -> %j', (typed, expected) => {
    expect(parseAnswer(typed)).toEqual(expected);
  });

  it.each([
    ['What did the Syrian regime say was destroyed?', 'syrian-regime-destroyed'],
    ['Who is Samantha Power?', 'samantha-power'],
    ['Où est Deir el-Zour ?', 'ou-est-deir-el-zour'],
    ['What is it?', 'what-is-it'],
    ['???', 'entry'],
    [
      'Supercalifragilisticexpialidocious antidisestablishmentarianism words',
      'supercalifragilisticexpialidocious',
    ],
  ])('slug of %j is %j', (question, slug) => {
    expect(slugFromQuestion(question)).toBe(slug);
  });

  it('makes a slug unique among the ids taken', () => {
    expect(slugFromQuestion('Who is Samantha Power?', new Set(['samantha-power', 'samantha-power-2']))).toBe(
      'samantha-power-3',
    );
  });
});

describe('autocomplete', () => {
  const passages = projectEngine().kb.passages;

  it('offers sentences by words, completing the last item and keeping the others', () => {
    const choices = suggestSentences(passages, 'p9.s2, saturday night');
    expect(choices[0]).toEqual({
      name: expect.stringMatching(/^p4\.s1 — The Saturday night raid, which the US claims.*…$/),
      value: 'p9.s2, p4.s1',
    });
    expect(choices[0]?.name.length).toBeLessThanOrEqual(100);
    for (const c of choices) {
      expect(c.value).toMatch(/^p9\.s2, p\d+\.s\d+$/);
      const id = c.value.slice('p9.s2, '.length);
      expect(passages.find((p) => p.id === id)?.text).toMatch(/\bSaturday\b.*\bnight\b/i);
    }
  });

  it('completes a quote being typed, commas included, keeping what was typed before it', () => {
    expect(suggestSentences(passages, 'p9.s2, The Saturday night raid, which the US')).toEqual([
      { name: expect.stringMatching(/^p4\.s1 — The Saturday night raid/), value: 'p9.s2, p4.s1' },
    ]);
    expect(
      suggestSentences(passages, 'The Saturday night raid, which the US claims, p4.s').map((c) => c.value),
    ).toEqual([
      'The Saturday night raid, which the US claims, p4.s1',
      'The Saturday night raid, which the US claims, p4.s2',
      'The Saturday night raid, which the US claims, p4.s3',
    ]);
    expect(suggestSentences(passages, '"Damascus and Moscow, they say", p4.s').map((c) => c.value)).toEqual([
      '"Damascus and Moscow, they say", p4.s1',
      '"Damascus and Moscow, they say", p4.s2',
      '"Damascus and Moscow, they say", p4.s3',
    ]);
  });

  it('offers sentences by id prefix, without those already listed', () => {
    expect(suggestSentences(passages, 'p4').map((c) => c.value)).toEqual(['p4.s1', 'p4.s2', 'p4.s3']);
    expect(suggestSentences(passages, 'p4.s1, p4.s2, p4.').map((c) => c.value)).toEqual([
      'p4.s1, p4.s2, p4.s3',
    ]);
  });

  it('stays within 25 choices of at most 100 characters, dropping values that would not fit', () => {
    const all = suggestSentences(passages, '');
    expect(all).toHaveLength(25);
    for (const c of all) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    const long = `${Array.from({ length: 16 }, (_, i) => `p${i + 1}.s1`).join(', ')}, `;
    for (const c of suggestSentences(passages, long)) expect(c.value.length).toBeLessThanOrEqual(100);
  });

  it('offers entries by id first, then by words of the question', () => {
    const entries = [
      { id: 'death-toll', question: 'How many Syrian soldiers were killed?' },
      { id: 'toll-damascus', question: 'What death toll did Damascus give?' },
      { id: 'duration', question: 'How long did it last?' },
    ];
    expect(suggestEntries(entries, 'death').map((c) => c.value)).toEqual(['death-toll', 'toll-damascus']);
    expect(suggestEntries(entries, 'how long')).toEqual([
      { name: 'duration — How long did it last?', value: 'duration' },
    ]);
    expect(suggestEntries(entries, '')).toHaveLength(3);
  });
});

describe('text for moderators', () => {
  it('fits whole lines and counts the rest', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i + 1} ${'x'.repeat(50)}`);
    const text = fitLines('Head:', lines, 500);
    expect(text.length).toBeLessThanOrEqual(500);
    expect(text.startsWith('Head:\nline 1 ')).toBe(true);
    const shown = text.split('\n').filter((l) => l.startsWith('line ')).length;
    expect(text.endsWith(`… and ${50 - shown} more.`)).toBe(true);
    expect(fitLines('Head:', ['a', 'b'], 500)).toBe('Head:\na\nb');
  });

  it('lists each problem with its file, line, entry and field, escaped for Discord', () => {
    const problems: Problem[] = [
      {
        file: 'qa.yaml',
        line: 12,
        entry: 'death_toll',
        field: 'answer[0]',
        message: 'unknown sentence id "p4.s99"',
      },
    ];
    expect(problemLines(problems)).toEqual([
      '• qa.yaml:12 › entry "death\\_toll" › field "answer[0]": unknown sentence id "p4.s99"',
    ]);
  });

  const entry = { id: 'x', question: 'Q?', paraphrases: ['a'], answer: ['p4.s1'] };

  it('describes a change by its fields', () => {
    expect(describeChange(null, entry)).toBe('new: “Q?” → p4.s1');
    expect(describeChange(entry, null)).toBe('was: “Q?” → p4.s1');
    expect(describeChange(entry, { ...entry, answer: ['p4.s3', 'p4.s1'], note: 'Checked.' })).toBe(
      'answer p4.s1 → p4.s3, p4.s1; note (none) → “Checked.”',
    );
    expect(describeChange(entry, { ...entry, paraphrases: ['a', 'b'] })).toBe(
      'paraphrases 1 paraphrase → 2 paraphrases',
    );
    expect(changedFields(entry, { ...entry, question: 'R?' })).toEqual(['question']);
  });

  it('treats a missing paraphrases list or note as empty when comparing entries', () => {
    const { paraphrases: _, ...bare } = { ...entry, paraphrases: [] };
    expect(sameEntry({ ...entry, paraphrases: [] }, bare)).toBe(true);
    expect(sameEntry({ ...entry, note: '' }, entry)).toBe(true);
    expect(sameEntry(entry, { ...entry, answer: ['p4.s2'] })).toBe(false);
    expect(sameEntry(null, null)).toBe(true);
    expect(sameEntry(null, entry)).toBe(false);
  });

  it('renders an audit row with a timestamp and a mention', () => {
    expect(
      auditLine({
        id: 1,
        at: '2026-01-31T12:00:00.000Z',
        actorId: '123456789012345678',
        action: 'edit',
        entryId: 'x',
        before: entry,
        after: { ...entry, answer: ['p4.s2'] },
        knowledgeVersion: 'abc',
      }),
    ).toBe('<t:1769860800:R> <@123456789012345678> **edit** `x`: answer p4.s1 → p4.s2');
  });
});

describe('mod-log reports', () => {
  const problem: Problem = {
    file: 'qa.yaml',
    line: 44,
    entry: 'duration',
    field: 'answer[0]',
    message: 'unknown sentence id "p4.s77": see passages.json for the ids',
  };

  it('reports a broken folder with its exact problems, within 2000 characters', () => {
    const one = formatReloadReport(
      { ok: false, problems: [problem], servingVersion: 'abc123' },
      'file changed: qa.yaml',
    );
    expect(one).toBe(
      '⚠️ The knowledge folder has 1 problem (file changed: qa.yaml). The bot keeps answering from the last good version `abc123` until they are fixed:\n' +
        '• qa.yaml:44 › entry "duration" › field "answer[0]": unknown sentence id "p4.s77": see passages.json for the ids',
    );
    const many = formatReloadReport(
      { ok: false, problems: Array.from({ length: 200 }, () => problem), servingVersion: 'abc123' },
      'file changed: qa.yaml',
    );
    expect(many?.length).toBeLessThanOrEqual(2000);
    expect(many).toMatch(/… and \d+ more: run \/kb check or npm run knowledge:check for the full list\.$/);
  });

  it('reports a hand edit served, and a fix back to the served version', () => {
    expect(
      formatReloadReport({ ok: true, changed: true, version: 'def456', ms: 3 }, 'file changed: qa.yaml'),
    ).toBe('✅ Knowledge reloaded (file changed: qa.yaml): the bot now answers from version `def456`.');
    expect(
      formatReloadReport({ ok: true, changed: false, version: 'def456', ms: 3 }, 'file changed: qa.yaml'),
    ).toBe(
      '✅ The knowledge folder is valid again (file changed: qa.yaml): the bot answers from version `def456`, as before.',
    );
  });

  it('names the moderator of a /kb reload, and leaves /kb edits to their own replies', () => {
    expect(
      formatReloadReport(
        { ok: true, changed: true, version: 'def456', ms: 3 },
        kbReason('reload', '123456789012345678'),
      ),
    ).toBe(
      '✅ Knowledge reloaded (kb reload by <@123456789012345678>): the bot now answers from version `def456`.',
    );
    expect(
      formatReloadReport(
        { ok: true, changed: true, version: 'def456', ms: 3 },
        kbReason('add', '123456789012345678'),
      ),
    ).toBeNull();
  });
});

describe('/kb check with shards', () => {
  it.each<[string, Parameters<typeof shardVersionsLine>[0], string]>([
    ['one process: nothing to add', null, ''],
    [
      'every shard on one version',
      [
        { shard: 0, version: 'abc' },
        { shard: 1, version: 'abc' },
      ],
      '\nShards (2) all answer from the same version: 0: `abc` · 1: `abc`.',
    ],
    [
      'shards on different versions',
      [
        { shard: 0, version: 'abc' },
        { shard: 1, version: 'def' },
      ],
      '\n⚠️ The shards answer from different versions: 0: `abc` · 1: `def`. /kb reload makes every shard re-read the folder.',
    ],
    [
      'a shard that does not answer',
      [
        { shard: 0, version: 'abc' },
        { shard: 1, version: null },
      ],
      '\n⚠️ Not every shard answered: 0: `abc` · 1: not answering (restarting?). A shard that died is restarted by itself; check again in a moment.',
    ],
  ])('%s', (_, shards, line) => {
    expect(shardVersionsLine(shards)).toBe(line);
  });

  it('tells the changes made with /kb (announced to the other shards) from file watcher reloads', () => {
    expect(isKbReason(kbReason('add', '123456789012345678'))).toBe(true);
    expect(isKbReason(kbReason('reload', '123456789012345678'))).toBe(true);
    expect(isKbReason('file changed: qa.yaml')).toBe(false);
  });
});

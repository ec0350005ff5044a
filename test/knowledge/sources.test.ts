/**
 * Several sources in one knowledge folder: the article (article.yaml, ids without a prefix) and the
 * coverage that followed (sources.yaml, each source's ids prefixed with its id), read, checked and
 * compiled together.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileKnowledge, readCompiled } from '../../src/app/compiled.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { decide } from '../../src/engine/decide.ts';
import { loadKnowledge, readSentences } from '../../src/knowledge/load.ts';
import type { Problem } from '../../src/knowledge/problems.ts';
import { KNOWLEDGE_DIR, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { buildFolder, twoSourceKnowledge, WIRE_ENTRY, WIRE_TEXT } from '../support/two-sources.ts';

let copy: KnowledgeCopy | undefined;
afterEach(() => copy?.remove());

function loaded(dir: string) {
  const result = loadKnowledge(dir);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  return result;
}

function problemsOf(dir: string): Problem[] {
  const result = loadKnowledge(dir);
  if (result.ok) throw new Error('expected the knowledge to be rejected');
  return result.problems;
}

describe('a folder with a second source', () => {
  it('reads both sources, the article first, each with its credit', () => {
    copy = twoSourceKnowledge();
    const { kb, warnings } = loaded(copy.dir);
    expect(warnings).toEqual([]);
    expect(
      kb.sources.map(({ id, quotedAs, date, primary, file, passagesFile, url }) => ({
        id,
        quotedAs,
        date,
        primary,
        file,
        passagesFile,
        url,
      })),
    ).toEqual([
      {
        id: 'dw',
        quotedAs: 'DW, 18 September 2016',
        date: '2016-09-18',
        primary: true,
        file: 'article.txt',
        passagesFile: 'passages.json',
        url: null,
      },
      {
        id: 'wire',
        // No `source:` in sources.yaml: the publisher and the date, written out.
        quotedAs: 'Test Wire, 19 September 2016',
        date: '2016-09-19',
        primary: false,
        file: 'sources/wire.txt',
        passagesFile: 'sources/wire.passages.json',
        url: 'https://wire.example/moscow-not-warned',
      },
    ]);
    expect(kb.sources[1]?.sentences).toBe(5);
  });

  it("keeps the article's sentence ids and sentences exactly; the source's carry its id", () => {
    copy = twoSourceKnowledge();
    const single = loaded(KNOWLEDGE_DIR).kb;
    const { kb } = loaded(copy.dir);
    const article = kb.passages.filter((p) => p.source === 'dw');
    expect(article).toEqual(single.passages);
    expect(kb.passageById.get('p4.s1')?.text).toBe(single.passageById.get('p4.s1')?.text);
    expect(
      kb.passages.filter((p) => p.source === 'wire').map((p) => [p.id, p.paragraph, p.sentence]),
    ).toEqual([
      ['wire.p1.s1', 1, 1],
      ['wire.p2.s1', 2, 1],
      ['wire.p3.s1', 3, 1],
      ['wire.p4.s1', 4, 1],
      ['wire.p4.s2', 4, 2],
    ]);
    // The date line and the credit line are not sentences, as in the article.
    expect(kb.passages.some((p) => p.text === 'September 19, 2016' || p.text === '(Test Wire)')).toBe(false);
  });

  it('attributes speakers within each source: rules, and curated attributions by prefixed id', () => {
    copy = twoSourceKnowledge();
    const { kb } = loaded(copy.dir);
    const speaker = (id: string) => kb.passageById.get(id)?.speaker;
    expect(speaker('wire.p2.s1')).toBe('russian-foreign-ministry'); // "The Russian Foreign Ministry said"
    expect(speaker('wire.p4.s1')).toBeNull(); // a spokesman entities.yaml does not know
    copy.edit(
      'attributions.yaml',
      (s) =>
        `${s}\n- sentence: wire.p4.s1\n  speaker: russian-foreign-ministry\n  starts: Ministry spokesman\n`,
    );
    expect(problemsOf(copy.dir)).toEqual([
      expect.objectContaining({
        file: 'sources/wire.passages.json',
        message: expect.stringMatching(/out of date.*knowledge:build/),
      }),
    ]);
    buildFolder(copy.dir);
    const rebuilt = loaded(copy.dir).kb;
    expect(rebuilt.passageById.get('wire.p4.s1')).toMatchObject({
      speaker: 'russian-foreign-ministry',
      attribution: 'curated',
    });
    // "He added" follows the spokesman within the wire's own text.
    expect(rebuilt.passageById.get('wire.p4.s2')?.speaker).toBe('russian-foreign-ministry');
  });

  it('resolves curated answers to sentences of any source, by id or verbatim', () => {
    copy = twoSourceKnowledge();
    copy.edit(
      'qa.yaml',
      (s) =>
        `${s}\n- id: full-account\n  question: What should the Security Council ask Washington for?\n  answer: ["should ask Washington for a full account", wire.p2.s1]\n`,
    );
    const { kb } = loaded(copy.dir);
    expect(kb.qa.find((q) => q.id === 'full-account')?.answerIds).toEqual(['wire.p4.s1', 'wire.p2.s1']);
  });

  it('lists every sentence id of every source (knowledge:check -- --sentences)', () => {
    copy = twoSourceKnowledge();
    const read = readSentences(copy.dir);
    if (!read.ok) throw new Error('expected the sentences');
    const ids = read.passages.map((p) => p.id);
    expect(ids).toContain('p4.s1');
    expect(ids.slice(-5)).toEqual(['wire.p1.s1', 'wire.p2.s1', 'wire.p3.s1', 'wire.p4.s1', 'wire.p4.s2']);
  });

  it('compiles both, and a changed source text makes compiled.json stale', () => {
    copy = twoSourceKnowledge();
    const compiled = compileKnowledge(copy.dir);
    expect(compiled.ok).toBe(true);
    const read = readCompiled(copy.dir);
    expect(read?.kb.sources.map((s) => s.id)).toEqual(['dw', 'wire']);
    expect(read?.kb.passageById.get('wire.p2.s1')?.source).toBe('wire');
    copy.edit('sources/wire.txt', (s) => s.replace('full account', 'fuller account'));
    expect(readCompiled(copy.dir)).toBeNull();
  });

  it("each source's publisher and its other names, from its record, name the text: no speaker it lacks", () => {
    copy = twoSourceKnowledge();
    const corpusOf = () => buildCorpus(loaded((copy as KnowledgeCopy).dir).kb);
    const question = 'did wirenet say the truce could still hold';
    const notTheirs = (corpus: ReturnType<typeof buildCorpus>, q: string) =>
      decide(corpus, corpus.analyzer.analyzeQuery(q)).notTheirWords;
    const before = corpusOf();
    expect(notTheirs(before, question)).toBe(true);
    // The article's publisher and its other name (article.yaml publisherAliases); the wire's, none yet.
    expect(before.kb.sources.map((s) => [s.publisher, s.publisherAliases])).toEqual([
      ['DW', ['Deutsche Welle']],
      ['Test Wire', []],
    ]);
    copy.edit('sources.yaml', (s) =>
      s.replace('  publisher: Test Wire\n', '  publisher: Test Wire\n  publisherAliases: [Wirenet]\n'),
    );
    expect(notTheirs(corpusOf(), question)).toBe(false);
  });

  it('a folder without sources.yaml is one source, as before', () => {
    const { kb } = loaded(KNOWLEDGE_DIR);
    expect(kb.sources.map((s) => s.id)).toEqual(['dw']);
    expect(new Set(kb.passages.map((p) => p.source))).toEqual(new Set(['dw']));
  });
});

describe('problems with sources, each said with file, entry and what to do', () => {
  it.each<[string, (c: KnowledgeCopy) => void, Omit<Partial<Problem>, 'message'> & { message: RegExp }]>([
    [
      "the article's id used again",
      (c) => c.edit('sources.yaml', (s) => s.replace('id: wire', 'id: dw')),
      { file: 'sources.yaml', entry: 'dw', field: 'id', message: /article's id/ },
    ],
    [
      'the same id twice',
      (c) => c.edit('sources.yaml', (s) => `${s}${s.replace('sources/wire', 'x')}`),
      { file: 'sources.yaml', entry: 'wire', field: 'id', message: /duplicate id/ },
    ],
    [
      'a text outside the folder',
      (c) => c.edit('sources.yaml', (s) => s.replace('- id: wire\n', '- id: wire\n  file: ../wire.txt\n')),
      { file: 'sources.yaml', entry: 'wire', field: 'file', message: /outside the knowledge folder/ },
    ],
    [
      'the same text as another source',
      (c) => {
        c.write('sources/copy.txt', WIRE_TEXT.replace(/\n\n/g, '\n\n\n'));
        c.edit('sources.yaml', (s) => `${s}${WIRE_ENTRY.replace('id: wire', 'id: copy')}`);
      },
      { file: 'sources.yaml', entry: 'copy', field: 'file', message: /same text as source "wire"/ },
    ],
    [
      'a sentence file not built yet',
      (c) => rmSync(join(c.dir, 'sources/wire.passages.json')),
      { file: 'sources/wire.passages.json', message: /missing: run npm run knowledge:build/ },
    ],
    [
      'a date that is not one',
      (c) => c.edit('sources.yaml', (s) => s.replace('date: 2016-09-19', 'date: 2016-09-31')),
      { file: 'sources.yaml', entry: 'wire', field: 'date', message: /YYYY-MM-DD/ },
    ],
    [
      'an empty other name of the publisher',
      (c) =>
        c.edit('sources.yaml', (s) =>
          s.replace('  publisher: Test Wire\n', '  publisher: Test Wire\n  publisherAliases: [TW, ""]\n'),
        ),
      { file: 'sources.yaml', entry: 'wire', field: 'publisherAliases[1]', message: /./ },
    ],
    [
      'an id that reads as a paragraph',
      (c) => c.edit('sources.yaml', (s) => s.replace('id: wire', 'id: p2')),
      { file: 'sources.yaml', field: 'id', message: /paragraph/ },
    ],
    [
      'an unknown sentence of a source: its paragraphs are named',
      (c) => c.edit('qa.yaml', (s) => s.replace('answer: [p4.s3]', 'answer: [wire.p9.s1]')),
      { file: 'qa.yaml', message: /unknown sentence id "wire\.p9\.s1": source "wire" has paragraphs 1 to 4/ },
    ],
    [
      'a sentence of a source there is not',
      (c) => c.edit('qa.yaml', (s) => s.replace('answer: [p4.s3]', 'answer: [reuters.p2.s1]')),
      { file: 'qa.yaml', message: /no source "reuters" \(sources: wire;/ },
    ],
  ])('%s', (_what, change, expected) => {
    copy = twoSourceKnowledge();
    change(copy);
    expect(problemsOf(copy.dir)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ...expected, message: expect.stringMatching(expected.message) }),
      ]),
    );
  });
});

/**
 * How writers slip, on the made-up lighthouse article (test/fixtures/tiny): a name they are unsure
 * of said with "or" beside one the knowledge has ("was it Varga or Gaddafi"), and a thing the
 * article never tells, named by a group of synonyms.yaml that has no word of it (a copy of the
 * fixture with such a group added).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const TINY = resolve(import.meta.dirname, '../fixtures/tiny');

function corpusOf(dir: string) {
  const loaded = loadKnowledge(dir);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  return buildCorpus(loaded.kb);
}

describe('a name said with "or" beside one the knowledge has', () => {
  const corpus = corpusOf(TINY);
  const terms = (message: string) =>
    corpus.reader.read(message).questions.flatMap((q) => corpus.analyzer.analyzeTokens(q.tokens).terms);

  it('leaves out the name the bot does not know', () => {
    expect(terms('who paid for it, was it Varga or Gaddafi?')).not.toContain('w:gaddafi');
    expect(terms('who paid for it, was it Varga or Gaddafi?')).toContain('e:elena-varga');
    expect(terms('did Paul Varga or Elena Varga pay')).not.toContain('w:paul');
  });

  it('keeps an unknown name with no known one beside the "or"', () => {
    expect(terms('who paid for it, Gaddafi or Mubarak?')).toContain('w:gaddafi');
    // Without the "or", the name is asked.
    expect(terms('did Gaddafi pay for the repairs')).toContain('w:gaddafi');
  });
});

describe('a thing the article never tells, named by a group of synonyms.yaml', () => {
  const dir = mkdtempSync(join(tmpdir(), 'absent-group-'));
  cpSync(TINY, dir, { recursive: true });
  writeFileSync(
    join(dir, 'synonyms.yaml'),
    `${readFileSync(join(TINY, 'synonyms.yaml'), 'utf8')}- id: demolition\n  words: [demolish, demolished, knocked down, bulldozed]\n`,
  );
  const engine = loadEngine(dir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused, however well the rest matches', () => {
    expect(engine.answer('was the lighthouse demolished after the repairs').status).not.toBe('answered');
    expect(engine.answer('did the town council demolish the tower').status).not.toBe('answered');
  });

  it('leaves what the article tells alone', () => {
    expect(engine.answer('when did the lighthouse reopen').status).toBe('answered');
  });
});

/**
 * A word the knowledge meets only inside a multi-word phrase counts, weakly, toward the phrase's
 * meaning on its own (corpus.ts, wordsOfPhrases: "overhaul" of "major overhaul"), unless the
 * phrase is listed in its entry's `wholePhrases` (synonyms.yaml, entities.yaml): then only the
 * whole phrase counts ("sent" of "sent word", "body" of "top security body"). On the tiny
 * knowledge folder (test/fixtures/tiny) with a few phrases added.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const TINY = resolve(import.meta.dirname, '../fixtures/tiny');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the tiny folder with each file's text edited (each pair: before -> after). */
function tinyWith(edits: Record<string, [string, string][]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'phrase-words-'));
  dirs.push(dir);
  cpSync(TINY, dir, { recursive: true });
  for (const [file, pairs] of Object.entries(edits)) {
    let text = readFileSync(join(dir, file), 'utf8');
    for (const [before, after] of pairs) {
      if (!text.includes(before)) throw new Error(`${file} lacks ${before}`);
      text = text.replace(before, after);
    }
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const REPAIR = 'refurbishment, works]';
const engine = loadEngine(
  tinyWith({
    'synonyms.yaml': [
      [
        REPAIR,
        'refurbishment, works, major overhaul, complete facelift]\n  wholePhrases: [complete facelift]',
      ],
    ],
    'entities.yaml': [
      [
        'aliases: [heritage fund, the fund]',
        'aliases: [heritage fund, the fund, regional grant body, heritage money pot]\n  wholePhrases: [heritage money pot]',
      ],
    ],
  }),
);

const termsOf = (question: string) => Object.keys(engine.explain(question).terms);

describe('words met only inside a phrase', () => {
  it('a phrase not listed whole: its own words mean it alone', () => {
    expect(termsOf('how long did the overhaul take')).toContain('c:repair');
    expect(termsOf('who gave the grant')).toContain('e:heritage-fund');
  });

  it('a phrase listed in wholePhrases still means it whole', () => {
    expect(termsOf('was it a complete facelift')).toContain('c:repair');
    expect(termsOf('who filled the heritage money pot')).toContain('e:heritage-fund');
  });

  it('a phrase listed in wholePhrases gives its words nothing alone', () => {
    expect(termsOf('how long did the facelift take')).not.toContain('c:repair');
    expect(termsOf('was the job complete')).not.toContain('c:repair');
    expect(termsOf('who filled the pot')).not.toContain('e:heritage-fund');
  });
});

describe('wholePhrases entries are checked', () => {
  const problems = (dir: string) => {
    const loaded = loadKnowledge(dir);
    return loaded.ok ? [] : loaded.problems.map((p) => p.message);
  };

  it("a phrase not among the group's words, or a single word, is a problem", () => {
    const dir = tinyWith({
      'synonyms.yaml': [[REPAIR, `${REPAIR}\n  wholePhrases: [major overhaul, works]`]],
    });
    expect(problems(dir)).toEqual([
      expect.stringContaining('"major overhaul" is not one of the words'),
      expect.stringContaining('"works" is a single word'),
    ]);
  });

  it("a phrase not among the entity's names is a problem", () => {
    const dir = tinyWith({
      'entities.yaml': [
        [
          'aliases: [heritage fund, the fund]',
          'aliases: [heritage fund, the fund]\n  wholePhrases: [money pot]',
        ],
      ],
    });
    expect(problems(dir)).toEqual([expect.stringContaining('"money pot" is not one of the aliases')]);
  });
});

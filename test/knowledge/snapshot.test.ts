import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileKnowledge, readSnapshot } from '../../src/app/compiled.ts';
import { Engine } from '../../src/engine/engine.ts';
import { type KnowledgeBase, loadKnowledge } from '../../src/knowledge/load.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';

let kb: KnowledgeCopy;
afterEach(() => kb?.remove());

const comparable = ({ dir: _d, loadedAt: _l, index: _i, ...rest }: KnowledgeBase) => rest;

function compiledCopy(): KnowledgeCopy {
  const copy = copyKnowledge();
  if (!compileKnowledge(copy.dir).ok) throw new Error('the project knowledge should compile');
  return copy;
}

describe('compiled.json', () => {
  it('gives the same knowledge as parsing every file', () => {
    kb = compiledCopy();
    const fromSnapshot = readSnapshot(kb.dir);
    const parsed = loadKnowledge(kb.dir, { useSnapshot: false });
    expect(fromSnapshot).not.toBeNull();
    expect(parsed.ok).toBe(true);
    if (fromSnapshot && parsed.ok) expect(comparable(fromSnapshot)).toEqual(comparable(parsed.kb));
  });

  it("carries the engine's analysis, and an engine built from it answers exactly like one built from the files", () => {
    kb = compiledCopy();
    const fromSnapshot = readSnapshot(kb.dir);
    expect(fromSnapshot?.index?.passages).toHaveLength(fromSnapshot?.passages.length ?? -1);
    const parsed = loadKnowledge(kb.dir, { useSnapshot: false });
    if (!fromSnapshot || !parsed.ok) throw new Error('both should load');
    const fast = new Engine(fromSnapshot);
    const slow = new Engine(parsed.kb);
    const questions = readFileSync(
      resolve(import.meta.dirname, '../../eval/paraphrase-questions.jsonl'),
      'utf8',
    )
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { q: string }).q);
    for (const q of questions) {
      const { ms: _a, ...a } = fast.answer(q);
      const { ms: _b, ...b } = slow.answer(q);
      expect(a, q).toEqual(b);
    }
  });

  it('is ignored as soon as a source file changes, so a hand edit is served', () => {
    kb = compiledCopy();
    kb.edit('qa.yaml', (s) =>
      s.replace(
        'question: How long did the airstrike last?',
        'question: For how long did the airstrike go on?',
      ),
    );
    expect(readSnapshot(kb.dir)).toBeNull();
    const loaded = loadKnowledge(kb.dir);
    expect(loaded.ok && loaded.kb.qa.find((q) => q.id === 'duration')?.question).toBe(
      'For how long did the airstrike go on?',
    );
  });

  it('is ignored when an optional file appears or disappears', () => {
    kb = compiledCopy();
    rmSync(join(kb.dir, 'timeline.yaml'));
    expect(readSnapshot(kb.dir)).toBeNull();
  });

  it('is ignored when corrupt, and an invalid edit is still reported', () => {
    kb = compiledCopy();
    writeFileSync(join(kb.dir, 'compiled.json'), '{"format": 1, "sour');
    expect(readSnapshot(kb.dir)).toBeNull();
    kb.edit('qa.yaml', (s) => s.replace('answer: [p4.s3]', 'answer: [p4.s9]'));
    const loaded = loadKnowledge(kb.dir);
    expect(loaded.ok).toBe(false);
  });
});

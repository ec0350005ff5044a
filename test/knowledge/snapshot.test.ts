import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileKnowledge, readCompiled } from '../../src/app/compiled.ts';
import { loadServedKnowledge } from '../../src/app/load-engine.ts';
import { Engine } from '../../src/engine/engine.ts';
import { INDEX_VERSION, loadSavedIndex, type SavedIndex } from '../../src/engine/saved-index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_MODEL_VERSION, type KnowledgeBase } from '../../src/knowledge/model.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';

let kb: KnowledgeCopy;
afterEach(() => kb?.remove());

const comparable = ({ dir: _d, loadedAt: _l, ...rest }: KnowledgeBase) => rest;

function compiledCopy(): KnowledgeCopy {
  const copy = copyKnowledge();
  if (!compileKnowledge(copy.dir).ok) throw new Error('the project knowledge should compile');
  return copy;
}

describe('compiled.json', () => {
  it('gives the same knowledge as parsing every file', () => {
    kb = compiledCopy();
    const fromSnapshot = readCompiled(kb.dir)?.kb;
    const parsed = loadKnowledge(kb.dir);
    expect(fromSnapshot).toBeDefined();
    expect(parsed.ok).toBe(true);
    if (fromSnapshot && parsed.ok) expect(comparable(fromSnapshot)).toEqual(comparable(parsed.kb));
  });

  it("carries the engine's analysis, and an engine built from it answers exactly like one built from the files", () => {
    kb = compiledCopy();
    const compiled = readCompiled(kb.dir);
    const fromSnapshot = compiled?.kb;
    const saved = fromSnapshot && loadSavedIndex(compiled.engineIndex, fromSnapshot);
    expect(saved?.passageTerms).toHaveLength(fromSnapshot?.passages.length ?? -1);
    const parsed = loadKnowledge(kb.dir);
    if (!fromSnapshot || !parsed.ok) throw new Error('both should load');
    const fast = new Engine(fromSnapshot, { savedIndex: compiled.engineIndex });
    const slow = new Engine(parsed.kb);
    const questions = readFileSync(
      resolve(import.meta.dirname, '../../eval/check-paraphrase-questions.jsonl'),
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
    expect(readCompiled(kb.dir)).toBeNull();
    const loaded = loadServedKnowledge(kb.dir);
    expect(loaded.ok && loaded.kb.qa.find((q) => q.id === 'duration')?.question).toBe(
      'For how long did the airstrike go on?',
    );
  });

  it('is ignored when an optional file appears or disappears', () => {
    kb = compiledCopy();
    rmSync(join(kb.dir, 'timeline.yaml'));
    expect(readCompiled(kb.dir)).toBeNull();
  });

  it('is ignored when corrupt, and an invalid edit is still reported', () => {
    kb = compiledCopy();
    writeFileSync(join(kb.dir, 'compiled.json'), '{"format": 1, "sour');
    expect(readCompiled(kb.dir)).toBeNull();
    kb.edit('qa.yaml', (s) => s.replace('answer: [p4.s3]', 'answer: [p4.s9]'));
    const loaded = loadServedKnowledge(kb.dir);
    expect(loaded.ok).toBe(false);
  });

  it('is ignored when written by a program whose knowledge model differs', () => {
    kb = compiledCopy();
    expect(readCompiled(kb.dir)).not.toBeNull();
    kb.edit('compiled.json', (s) =>
      s.replace(
        `"knowledgeModel":${KNOWLEDGE_MODEL_VERSION},`,
        `"knowledgeModel":${KNOWLEDGE_MODEL_VERSION + 1},`,
      ),
    );
    expect(readCompiled(kb.dir)).toBeNull();
  });

  it('an engine index of another INDEX_VERSION is refused, and the engine analyses afresh', () => {
    kb = compiledCopy();
    const compiled = readCompiled(kb.dir);
    if (!compiled) throw new Error('should load');
    const other = { ...(compiled.engineIndex as SavedIndex), version: INDEX_VERSION + 1 };
    expect(loadSavedIndex(compiled.engineIndex, compiled.kb)).not.toBeNull();
    expect(loadSavedIndex(other, compiled.kb)).toBeNull();
    const q = 'how many soldiers died';
    const { ms: _a, ...fresh } = new Engine(compiled.kb, { savedIndex: other }).answer(q);
    const { ms: _b, ...saved } = new Engine(compiled.kb, { savedIndex: compiled.engineIndex }).answer(q);
    expect(fresh).toEqual(saved);
    expect(fresh.answered).toBe(true);
  });
});

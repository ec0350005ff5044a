/**
 * A reload built on the engine served, in short turns of the event loop (readyEngineInTurns:
 * the index, the typo indexes and autocomplete's indexes built in steps, issue 15), answers and
 * suggests exactly what an engine built afresh on the edited files does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadEngine, readyEngineInTurns } from '../../src/app/load-engine.ts';
import { forgetPrepared, prepareKnowledge } from '../../src/app/prepare.ts';
import { TypoIndex } from '../../src/engine/analyzer.ts';
import { suggestQuestions } from '../../src/engine/browse.ts';
import { ChangedVocabulary } from '../../src/engine/changed-words.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { indexOf, sameAnswers } from '../support/same-answers.ts';

let kb: KnowledgeCopy;
afterEach(() => {
  kb?.remove();
  forgetPrepared();
});

describe('a reload built in turns on the engine served', () => {
  it('answers exactly like an engine built afresh on the edited files, edit after edit', async () => {
    kb = copyKnowledge();
    let served = loadEngine(kb.dir);
    // Warm: the first reload of a process reads every file; the typo indexes are built.
    served.answer('how many soldeirs were killed');
    suggestQuestions(served, 'how many sol');
    // Each edit, and whether the index is patched from the one served (TermIndex.patching): every
    // time the curated wordings stay as many.
    const edits: [(s: string) => string, boolean][] = [
      // A wording with a word the knowledge did not have, in the first entry.
      [
        (s) => s.replace('were killed in the airstrike?', 'were killed in the zorbleflat airstrike now?'),
        false,
      ],
      // The same entry again, the new word gone (its last use) and another one added.
      [(s) => s.replace('zorbleflat airstrike now?', 'airstrike, quixotically?'), true],
      // Another entry's question.
      [
        (s) =>
          s.replace(
            'What death toll did Damascus and Moscow give?',
            'What toll did Damascus and Moscow give then?',
          ),
        true,
      ],
      // The last use of a word removed, and a word of the passages added.
      [(s) => s.replace('airstrike, quixotically?', 'airstrike near the airport?'), true],
      // One more wording: one more document in the article's source, every weight changes.
      [
        (s) => s.replace('    - number of deaths\n', '    - number of deaths\n    - the zorbleflat toll\n'),
        false,
      ],
      // A word of the passages added to a wording there, the entry keeping its own word (the
      // worker patches its counts: the curated wordings' own words keep their order).
      [(s) => s.replace('the zorbleflat toll', 'the zorbleflat toll of Deir'), true],
      // A wording of the passages' words only taken out (the worker patches its counts in place).
      [(s) => s.replace('    - How many dead were there?\n', ''), false],
      // And put back in another entry, whose wording takes another entry's words: as many wordings.
      [
        (s) =>
          s
            .replace('    - What were the casualties?\n', '    - How many dead were there?\n')
            .replace('What toll did Damascus and Moscow give then?', 'What were the casualties then?'),
        true,
      ],
    ];
    for (const [i, [edit, patched]] of edits.entries()) {
      kb.edit('qa.yaml', edit);
      const prepared = prepareKnowledge({ dir: kb.dir, source: 'served', analyse: true });
      if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
      served = await readyEngineInTurns(prepared.kb, { savedIndex: prepared.engineIndex, previous: served });
      // After the first (its passages are the worker's own from then on), built on the one served.
      if (i > 0) expect(served.builtOnPrevious).toBe(true);
      expect(indexOf(served).patched, `edit ${i}`).toBe(patched);
      const fresh = loadEngine(kb.dir);
      expect(served.kb.version).toBe(fresh.kb.version);
      // The worker's analysis, kept and patched from edit to edit, is a fresh engine's own.
      expect(prepared.engineIndex, `edit ${i}`).toEqual(fresh.exportIndex());
      sameAnswers(served, fresh);
    }
  });

  it('keeps the typo index served when an edit adds or removes only a number, and reads a vocabulary changed as a change', async () => {
    kb = copyKnowledge();
    const typosOf = (engine: Engine) =>
      (engine as unknown as { corpus: { analyzer: { builtTypos: TypoIndex | undefined } } }).corpus.analyzer
        .builtTypos;
    let served = loadEngine(kb.dir);
    served.answer('how many soldeirs were killed');
    let readInFull: ReadonlySet<string> | undefined;
    // Each edit, whether it adds or removes a word of the vocabulary, and whether the typo index is kept.
    const edits: [(s: string) => string, string, boolean][] = [
      // The first reload reads every file (its passages are the worker's own from then on).
      [
        (s) =>
          s
            .replace('were killed in the airstrike?', 'were killed in the airstrike now?')
            .replace('What death toll did', 'What glimmerquad toll did'),
        'now',
        true,
      ],
      // A number no text has, added and removed: the words the typo index files are the same.
      [(s) => s.replace('killed in the airstrike now?', 'killed in the airstrike now 4321?'), '4321', true],
      [(s) => s.replace('killed in the airstrike now 4321?', 'killed in the airstrike now?'), '4321', true],
      // A word of letters no text has: filed, the typo index is built again (from the one served).
      [
        (s) => s.replace('killed in the airstrike now?', 'killed in the zorbleflat airstrike now?'),
        'zorbleflat',
        false,
      ],
      // A word the first reload read taken out: gone from the words read in full.
      [(s) => s.replace('What glimmerquad toll did', 'What death toll did'), 'glimmerquad', false],
    ];
    for (const [i, [edit, word, kept]] of edits.entries()) {
      kb.edit('qa.yaml', edit);
      const prepared = prepareKnowledge({ dir: kb.dir, source: 'served', analyse: true });
      if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
      const previous = served;
      served = await readyEngineInTurns(prepared.kb, { savedIndex: prepared.engineIndex, previous });
      const fresh = loadEngine(kb.dir);
      expect([...served.vocabulary()], `edit ${i}`).toEqual([...fresh.vocabulary()]);
      if (i === 0) {
        readInFull = served.vocabulary();
        continue;
      }
      expect(served.vocabulary().has(word), `edit ${i}`).not.toBe(previous.vocabulary().has(word));
      // A vocabulary changed: its typo index is built once the version is served (Engine.finishing),
      // from the one served before, and is the one built afresh.
      const pending = (served as unknown as { corpus: { analyzer: { typoIndex: TypoIndex | undefined } } })
        .corpus.analyzer;
      expect(pending.typoIndex === undefined, `edit ${i}`).toBe(!kept);
      for (const _ of served.finishing());
      expect(pending.typoIndex, `edit ${i}`).toBeDefined();
      expect(pending.typoIndex, `edit ${i}`).toEqual(new TypoIndex(served.vocabulary()));
      expect(typosOf(served) === typosOf(previous), `edit ${i}`).toBe(kept);
      // The words read as a change of those read in full at the first reload (changed-words.ts),
      // not read again: every word, its count and its place a fresh engine's (the number taken out
      // again: the very words read in full).
      if (i === 2) expect(served.vocabulary(), `edit ${i}`).toBe(readInFull);
      else expect(served.vocabulary(), `edit ${i}`).toBeInstanceOf(ChangedVocabulary);
      expect(served.exportIndex().vocabulary, `edit ${i}`).toEqual(fresh.exportIndex().vocabulary);
      for (const w of [word, 'glimmerquad', 'airstrike', 'zorbleflat', 'nowhere'])
        expect(served.vocabulary().has(w), `edit ${i}: ${w}`).toBe(fresh.vocabulary().has(w));
      sameAnswers(served, fresh);
    }
  });
});

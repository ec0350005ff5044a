/**
 * A why asked of a word of the quote just given, which states its own reason right after that
 * word (follow-up-answers.ts whyNext, ofHerWord): "what did power say" -> "why she call it a stunt"
 * is answered by "... pulling a "stunt" by calling for the UN meeting", not by what she said next.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('why of a word the quote gives its reason for', () => {
  it('"why she call it a stunt" after what Power said: the quote with its means leads', () => {
    const [, a] = ask('what did power say', 'why she call it a stunt');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.text).toContain('by calling for the UN meeting');
  });

  it('"why hypocritical" after what Power said: her sentence that says it leads, not the stunt', () => {
    const [, a] = ask('what did power say', 'why hypocritical');
    expect(a?.quotes[0]?.text).not.toContain('by calling for the UN meeting');
  });
});

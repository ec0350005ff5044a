/**
 * "the regime troops left the area" -> "why did they leave": a why whose one word of its own is
 * a word the turn before typed in another form ("left" there, read in its phrase as no term;
 * "leave" here, read as walking out) says nothing new, and asks why of the turn before as a bare
 * "why?" does (follow-up-reading.ts restates). The very word typed again and read otherwise
 * ("closed to the press" -> "why was it closed") is not taken so, nor a word of another stem
 * ("churkin walked out" -> "why'd he leave"). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe("a why that retells the turn before's verb in another form", () => {
  it('asks why of the turn before', () => {
    const [, why] = ask('the regime troops left the area', 'why did they leave');
    const [, bare] = ask('the regime troops left the area', 'why?');
    expect(why?.answered).toBe(true);
    expect(why?.reading ?? '').toContain("Reading 'why' as why");
    expect(why?.quotes[0]?.id).toBe(bare?.quotes[0]?.id);
    expect(why?.quotes[0]?.text).toContain('push the regime troops out');
  });

  it('leaves the same word read otherwise, and a word of another stem, as they stand', () => {
    const [, closed] = ask('was the UN meeting closed to the press', 'why was it closed?');
    expect(closed?.reading ?? '').not.toContain("Reading 'why' as why");
    const [, left] = ask('churkin walked out before power spoke', "why'd he leave");
    expect(left?.answered).toBe(false);
  });
});

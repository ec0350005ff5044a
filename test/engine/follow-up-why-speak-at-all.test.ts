/**
 * "australia made a statement too" -> "why did they bother": a why of nothing but what someone
 * said ("bother", like "care", is a motive word of the why alone: follow-up-cues.ts MOTIVE), when
 * their words give no reason, is answered by the sentence that opens with their name and a
 * relative clause on them, which ties them to the story (follow-up-answers.ts tieOf); where their
 * words give one, or nobody is so described, the answer before is given again. Asked of the
 * project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { cueWordsOf, readCues } from '../../src/engine/follow-up-cues.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const cues = (text: string) => readCues(cueWordsOf(DEFAULT_CHAT), tokenize(text));
/** "Australia, whose aircraft took part in the strike, also offered "condolences ..."". */
const TOOK_PART = 'p18.s2';
/** "Australia would "never intentionally target a known Syrian military unit ..."". */
const NEVER_TARGET = 'p19.s1';

describe('why someone spoke at all', () => {
  it("is what ties them to the story: Australia's aircraft took part", () => {
    for (const [before, why] of [
      ['australia made a statement too', 'why did they bother'],
      ['australia made a statement too', 'why?'],
      ['what did australia say', 'why would they'],
    ] as const) {
      const [first, a] = ask(before, why);
      expect(first?.quotes[0]?.id).toBe(NEVER_TARGET);
      expect(a?.answered).toBe(true);
      expect(a?.quotes[0]?.id).toBe(TOOK_PART);
    }
  });

  it('not when nobody is so described: the answer before again', () => {
    const [first, a] = ask('what did the pentagon say', 'why did they bother');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe(first?.quotes[0]?.id);
  });

  it('"bother" is a motive word: the why asks nothing else', () => {
    expect(cues('why did they bother').whyOnly).toBe(true);
    expect(cues('why bother').whyOnly).toBe(true);
  });
});

describe('what someone waits to see', () => {
  it("is Churkin's interest in how Washington reacts", () => {
    const [, a] = ask('churkin was the russian envoy right', "what did he say he'd be watching for");
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.text).toContain('how Washington is going to react');
    const [alone] = ask('what will churkin be watching for');
    expect(alone?.answered).toBe(true);
    expect(alone?.quotes[0]?.text).toContain('how Washington is going to react');
  });
});

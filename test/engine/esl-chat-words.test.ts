/**
 * Words of English chat a moderator adds to knowledge/ (synonyms.yaml, chat.yaml's idioms) and
 * questions typed in Taglish, Manglish or with Dutch, Scandinavian or Polish asides: each finds
 * what the plain English question finds.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe('chat words and code-switched questions', () => {
  it.each([
    ['did churkin stage a walkout', 'did churkin walk out'],
    ['why did the Russians call the UN together?', 'why did the Russians convene the UN?'],
    ['bakit nag request ang russia ng meeting sa UN?', 'why did russia request a meeting at the UN?'],
    ['sino nagsasabi na hypocritical ang russia po', 'who says russia is hypocritical'],
    ['kenapa russia angry with the US lah', 'why is russia angry with the US'],
    ['jeetje, what did Samantha Power say about Assad eigenlijk', 'what did Samantha Power say about Assad'],
    ['nou, what did the Amerikanen want from Moscow', 'what did the Americans want from Moscow'],
  ])('"%s" finds what "%s" finds', (typed, english) => {
    const asked = first(engine.answer(english, []));
    expect(asked).not.toBeNull();
    expect(first(engine.answer(typed, []))).toBe(asked);
  });
});

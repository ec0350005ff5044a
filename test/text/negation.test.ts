import { describe, expect, it } from 'vitest';
import { asksAboutDenial, deniesSomething } from '../../src/text/negation.ts';
import { type Token, tokenize } from '../../src/text/tokenize.ts';

/** Tokens as the chat reader gives them: "not", "never" taken out, the word after one marked. */
function read(text: string): Token[] {
  const out: Token[] = [];
  let negate = false;
  for (const t of tokenize(text)) {
    if (['not', 'never', 'no'].includes(t.word)) {
      negate = true;
      continue;
    }
    out.push(negate ? { ...t, negated: true } : t);
    negate = false;
  }
  return out;
}

describe('a sentence that denies something', () => {
  it.each([
    ['no concerns were voiced', true],
    ['none of these atrocities, nor has it demanded investigations', true],
    ['being unable to provide an adequate explanation', true],
    ["they didn't say", true],
    ['the strike was aborted as soon as Moscow raised the alarm', false],
    ['the US claims it was unintentional', false],
  ])('%s: %s', (text, denies) => {
    expect(deniesSomething(tokenize(text))).toBe(denies);
  });
});

describe('a question that asks about a denial', () => {
  it.each([
    ["who said washington can't explain what happened", true],
    ['what did power say russia never did', true],
    ["who said they'd never support daesh", true],
    ['whose claim is it that the raid was not deliberate', true],
    // Asking for a yes: the denial is supposed, the sentence that settles it may say the opposite.
    ["IS didn't manage to shoot anything down afterwards, did they", false],
    ["russia didn't ask for the UN session, did it?", false],
    ["didn't the US apologize?", false],
    ['was the session public or not', false],
    ['who said washington can explain what happened', false],
  ])('%s: %s', (text, asks) => {
    expect(asksAboutDenial(read(text))).toBe(asks);
  });
});

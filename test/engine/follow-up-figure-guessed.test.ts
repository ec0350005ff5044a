/**
 * "how many died" -> "did russia say 100?": a figure offered with nothing else of its own but
 * who says it is a guess at the figure asked before; the count is carried, and the answer is the
 * figure they gave (follow-up-reading.ts guessesFigure; conversation.ts turnsOnlyTo for "what
 * about X, did they say 100?"). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { guessesFigure, type parse } from '../../src/engine/follow-up-reading.ts';
import { vocabularyOf } from '../../src/engine/follow-up-words.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = (engine as unknown as { corpus: Parameters<typeof parse>[0] }).corpus;
const lead = (a: { quotes: { id: string }[] } | undefined) => a?.quotes[0]?.id;

describe('a figure guessed after a count', () => {
  it('carries the count asked before to whom it names', () => {
    const [, guess] = askInTurn(engine, 'how many died', 'did russia say 100?');
    expect(guess?.answered).toBe(true);
    expect(lead(guess)).toBe('p4.s2');
  });

  it('after "what about X" reads as "what about X?"', () => {
    const [, guess] = askInTurn(
      engine,
      'what did the observatory say the toll was',
      'what about the russians, did they say 100?',
    );
    expect(lead(guess)).toBe('p4.s2');
  });

  it('is no guess when the message names what it counts or asks something of its own', () => {
    const vocab = vocabularyOf(corpus);
    expect(guessesFigure(vocab, ['w:100', 'c:say'], [])).toBe(true);
    expect(guessesFigure(vocab, ['w:100', 'c:kill'], [])).toBe(false);
    expect(guessesFigure(vocab, ['c:say'], [])).toBe(false);
  });
});

/**
 * "what did the US say it was targeting" -> "what about the russians, what do they think
 * happened?": after "what about X", a question asking nothing but X's view of the event ("think",
 * "reckon", "believe"; "happened"; "what they say the US did", the doer of the turn before) is
 * "what about X?" (conversation.ts turnsOnlyTo): their side of what the turn before told.
 * Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const lead = (a: { quotes: { id: string }[] } | undefined) => a?.quotes[0]?.id;
const negligence = 'p7.s1';

describe('what about X, and what they think happened', () => {
  it('reads a view of the event as their side of it', () => {
    const [, view] = askInTurn(
      engine,
      'what did the US say it was targeting',
      'what about the Russians, what do they think happened?',
    );
    expect(lead(view)).toBe(negligence);
  });

  it('reads what they say the doer before did as their side of it', () => {
    const [, view] = askInTurn(
      engine,
      'what did the US say it targeted',
      'what about russia, what do they say the US did',
    );
    expect(lead(view)).toBe(negligence);
  });

  it('keeps a question about someone else as asked', () => {
    const [, said] = askInTurn(
      engine,
      'what did churkin predict',
      'what about power, what did she say russia never did',
    );
    expect(lead(said)).toBe('p12.s1');
  });
});

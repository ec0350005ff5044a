/**
 * "what did churkin say to the diplomats": words said to a listener are answered by quotes of
 * words said to them. The article quotes what Churkin "told reporters"; that he addressed the
 * diplomats inside is not what he said to them, so it is refused, alone and as a correction in
 * context (answer-type.ts listenerMissing). Asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('words asked as said to a listener', () => {
  it('are refused when the quotes went to another listener', () => {
    expect(engine.answer('what did churkin say to the diplomats?').answered).toBe(false);
  });

  it('are refused in a correction too', () => {
    const [, corrected] = askInTurn(
      engine,
      'what did churkin tell reporters',
      'no i meant inside the chamber, what did he say to the diplomats?',
    );
    expect(corrected?.answered).toBe(false);
  });

  it('are answered when the quotes went to that listener', () => {
    expect(engine.answer('what did churkin tell the journalists').quotes[0]?.text).toContain('question mark');
    expect(engine.answer('what did power say to the press').answered).toBe(true);
  });

  it('leave who spoke to them alone', () => {
    const who = engine.answer('who was talking to the diplomats inside while power was outside');
    expect(who.quotes[0]?.text).toContain('addressed the diplomats inside');
  });
});

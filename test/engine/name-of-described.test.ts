/**
 * A last "name?" asked of someone a clause describes ("the pentagon guy who claims ..., name?").
 * Asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const lead = (q: string) => engine.answer(q).quotes[0]?.text ?? '';

describe('a last "name?" after someone described', () => {
  it('is the name of the one described, not of the thing before it', () => {
    expect(lead('the pentagon guy who claims moscow raised zero objections before the op, name?')).toContain(
      'Peter Cook',
    );
  });
  it('still asks the name of the thing marked as its owner', () => {
    expect(engine.answer("what was the op's name?").quotes).toHaveLength(0);
  });
});

/**
 * "in charge" is no accusation (synonym group "command"): "who was in charge of the raid" is
 * refused, the article naming no commander ("charge" alone is accusing).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('who was in charge', () => {
  it('refuses who was in charge', () => {
    expect(engine.answer("who's in charge of the coalition air campaign").quotes).toHaveLength(0);
  });
});

/**
 * Near-topic (issue 11): "where was the pilot from" asks a person's origin by their role; the
 * article's "Western pilots" and the coalition sortie say whose side, not where anyone is from, so
 * answer-type.ts originMissing refuses. A role the article places ("US Defense Department
 * spokesman") is still answered.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('where a person asked by their role is from', () => {
  it('refuses where the pilot was from', () => {
    expect(engine.answer('where was the pilot from?').quotes).toHaveLength(0);
    expect(engine.answer('where were the pilots from').quotes).toHaveLength(0);
  });
  it('still answers a role a quote places', () => {
    expect(engine.answer('where is the spokesman from').quotes[0]?.id).toBe('p17.s1');
  });
});

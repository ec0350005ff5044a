/**
 * A "her" that no turn names anyone for, set against a "he" that stands for someone, is the one
 * person of its gender the knowledge has (follow-up-reading.ts onlyOfGender): on the project's
 * article, Power (the only "she" of its own pronouns). A pronoun alone is not read so: many the
 * article names have no pronoun of theirs. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('"her" after a turn that named no woman', () => {
  it('is the one woman of the knowledge, against a "he" that stands for Churkin', () => {
    const [, a] = ask(
      'tell me about churkin and his job',
      'was he still in the room when she addressed the council?',
    );
    expect(a?.reading ?? '').toContain('Samantha Power');
    expect(a?.quotes.slice(0, 2).map((q) => q.id)).toContain('p13.s1');
  });

  it('owns the words after it ("her speech": hers, not his)', () => {
    const [, a] = ask('tell me about churkin and his job', 'did he hang around for her speech?');
    expect(a?.quotes[0]?.id).toBe('p13.s1');
  });

  it('is not read so for a pronoun alone', () => {
    const [a] = ask('who planned the raid and what is his name');
    expect(a?.reading ?? '').not.toContain('Churkin');
  });
});

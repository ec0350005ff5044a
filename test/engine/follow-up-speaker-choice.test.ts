/**
 * "the hardware the regime lost" -> "who said that, them or the observatory?": who said what was
 * just quoted, with a choice of speakers one of which is its speaker, is answered with that quote
 * again, not with the other choice's sentences (conversation.ts speakerChosen). Asked of the
 * project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('who said it, a choice of speakers', () => {
  it('gives the quote just given again when its speaker is one of the choices', () => {
    const [before, who] = ask('the tanks the regime lost', 'who said that, them or the observatory?');
    expect(before?.quotes[0]?.text).toContain('several tanks');
    expect(who?.quotes[0]?.id).toBe(before?.quotes[0]?.id);
  });
});

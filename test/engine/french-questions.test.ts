/**
 * French questions on the real article (issue 11): read through chat.yaml's French words, they
 * are answered with the article's English sentences, verbatim; English questions read as before;
 * a question in a language the bot does not read is told which languages it reads.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { turnOf } from '../../src/engine/conversation.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('French questions', () => {
  it('answers a French question with the English sentence, the question kept as typed', () => {
    const answer = engine.answer('pourquoi ils ont arrêté la frappe ?');
    expect(answer.answered).toBe(true);
    expect(answer.question).toBe('pourquoi ils ont arrêté la frappe ?');
    expect(answer.quotes[0]?.text).toMatch(/aborted|stopped|halted/i);
  });

  it('reads a French follow-up in the light of the turn before', () => {
    const first = engine.answer('qui est Vitaly Churkin ?');
    expect(first.answered).toBe(true);
    const next = engine.answer('et il a dit quoi sur la trêve ?', [turnOf(first)]);
    expect(next.answered).toBe(true);
    expect(next.quotes.map((q) => q.text).join(' ')).toMatch(/Churkin/);
  });

  it('tells a question in a language it does not read that it reads English and French', () => {
    const answer = engine.answer('kuka pommitti syyrialaisia sotilaita viime lauantaina');
    expect(answer.answered).toBe(false);
    expect(answer.message).toMatch(/English/);
    const english = engine.answer('what is the capital of burkina faso');
    expect(english.message).not.toMatch(/in French/);
  });
});

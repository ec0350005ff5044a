/**
 * "did russia complain about the americans not coordinating" -> "why does washington refuse to
 * coordinate": a why in words of its own that restate the turn before is read as a why of it
 * (follow-up-answers.ts sameAnswer), but the message alone is refused for want of a stated reason
 * (the refusal is only what Russia grieves at: answer-type.ts reasonUntold). The context says what
 * the why is about, not that the article tells why, so it is refused in context too, and no
 * contested point answers it instead (conversation.ts untoldAlone). Asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a why the message alone refuses for want of a reason', () => {
  it('is refused in context too', () => {
    const [first, why] = ask(
      'did russia complain about the americans not coordinating',
      'why does washington refuse to coordinate',
    );
    expect(first?.quotes[0]?.text).toContain('persistent refusal');
    expect(engine.answer('why does washington refuse to coordinate').answered).toBe(false);
    expect(why?.answered).toBe(false);
  });

  it('leaves a bare why to the turn before', () => {
    const [, why] = ask('did russia complain about the americans not coordinating', 'why?');
    expect(why?.answered).toBe(true);
  });

  it('leaves a why the message alone answers', () => {
    const [, why] = ask('did the pentagon tell moscow', 'why did the pentagon tell moscow');
    expect(why?.quotes[0]?.text).toContain('Peter Cook said');
  });
});

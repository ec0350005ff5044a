/**
 * Issue 11: a message got or passed to someone is words relayed ("how did the us get its message
 * to syria"), whom or which way it went through asks the go-between ("it went thru who", a
 * learner's "by which way"), and a message named by the regret it carries is the regret ("the
 * regret message"): each is answered by the channel, "relayed ... through the Russian
 * government". "message" alone is no topic ("sorry for the long message"). On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const CHANNEL = /through the Russian government/;

describe('a message got, passed or sent through someone: the channel', () => {
  it('a message got or passed to someone is relayed', () => {
    for (const q of [
      'how did washington get its message to damascus',
      'the americans dont talk to assad, so how did they pass the message',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.quotes[0]?.text, q).toMatch(CHANNEL);
    }
  });

  it('through whom, or by which way, the regret message went asks the go-between', () => {
    for (const q of [
      'the message of regret from washington, it went thru who',
      'the regret message of the US, it arrived to syria by which way?',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.quotes[0]?.text, q).toMatch(CHANNEL);
    }
  });

  it('"message" alone is no channel', () => {
    const a = engine.answer('sorry for the long message, how many soldiers died');
    expect(a.quotes[0]?.text ?? '').not.toMatch(CHANNEL);
  });
});

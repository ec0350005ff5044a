/**
 * People replying in a Discord thread to an answer the bot gave: they quote it back ("you said 62
 * but ..., where does the 62 even come from"), say what they doubt in words of their own and ask
 * after a comma or a stop, argue with each other, or slip an unrelated request in after the story's
 * words ("'persistent refusal' lol that's my cat. anyway anyone got a vet rec"). Asked of the
 * project's article; no message of an eval set.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../../knowledge'));

describe('a reply to the bot in a thread', () => {
  it('reads the words quoted back before the comma as the story, "on twitter" no verb', () => {
    const reading = engine.read(
      'you said 90 but thats way higher than what i saw on twitter, where does the 90 even come from',
    );
    expect(reading.questions.map((q) => q.text)).toEqual(['where does the 90 even come from']);
    const answer = engine.answer(
      'you said 90 but thats way higher than what i saw on twitter, where does the 90 even come from',
    );
    expect(answer.status).toBe('answered');
    expect(answer.quotes.map((q) => q.id)).toContain('p4.s1');
  });

  it('reads "anyone got ..." as the question, the story’s words quoted before it the story', () => {
    const message =
      "'persistent refusal' haha thats my dog at bath time. anyway anyone got a groomer rec in lyon";
    const reading = engine.read(message);
    expect(reading.questions.map((q) => q.text)).toEqual(['anyway anyone got a groomer rec in lyon']);
    expect(engine.answer(message).status).not.toBe('answered');
  });

  it('reads not "happy with" an explanation as whether it was adequate', () => {
    const answer = engine.answer('moscow was not happy with how washington explained it?');
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.id).toBe('p15.s1');
  });

  it('reads "(that’s) wrong" before a question as the writer’s verdict, no topic of it', () => {
    const reading = engine.read("pretty sure that's wrong, who asked for the UN meeting");
    const words = reading.questions.flatMap((q) => q.tokens.map((t) => t.word));
    expect(words).not.toContain('wrong');
    expect(engine.answer("pretty sure that's wrong, who asked for the UN meeting").quotes[0]?.id).toBe(
      'p9.s1',
    );
  });
  it('reads "can you just lay out who says what" after a story of both figures as both sides', () => {
    const answer = engine.answer(
      'my brother says 62, i say 90, we both read it somewhere. can you just lay out who says what so we can stop',
    );
    expect(answer.status).toBe('answered');
    expect(answer.quotes.map((q) => q.id)).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
  });
});

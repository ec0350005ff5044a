/**
 * Older people new to Discord, writing as they would a letter or speak: "I would like to know ..."
 * with no "?" asks what follows it, the story of their own life before it context (chat.yaml
 * questionCues); "is it not the case that X" asks whether X is so, "mixed up in it" is taking
 * part, "a worry for the deal" a threat to it (chat.yaml idioms); "us" in "which of us is right",
 * "can you tell us" is the writer, not the United States (idioms); "poor souls", "god rest them"
 * are sympathy, no topic (filler); "kept in the picture", an "arsenal", "carry on bombing", "a
 * good word to say" are the story's words (synonyms.yaml). Asked of the project's article.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../../knowledge'));

describe('an older writer', () => {
  it.each([
    // A request to know, with no "?", after the writer's own story.
    [
      'My late husband was in the navy for thirty years (HMS Ark Royal, 1970 to 1979) so I know a little about these things. I would like to know how long the raid went on for, the radio said something about minutes ... Thank you in advance.',
      'p4.s1',
    ],
    ["I'd love to know who asked for the emergency meeting. Kind regards, Harold", 'p9.s1'],
    // "mixed up in", "a worry for".
    ['How did Australia get mixed up in the bombing ?', 'p18.s2'],
    // The story's words, as older people put them.
    ['Did the Pentagon keep the Kremlin in the picture, or not ?', 'p17.s1'],
    ['Which bits of the arsenal were wrecked apart from the tanks ?', 'p4.s3'],
    ['The coalition did not carry on bombing once Moscow warned them, did it ?', 'p5.s2'],
    ['Power had not one good word to say about Moscow, had she ?', 'p11.s2'],
  ])('answers "%s" with %s first', (question, id) => {
    const answer = engine.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.id).toBe(id);
  });

  it('reads "which of us is right" as the writer and a neighbour, the claims told before it asked', () => {
    const answer = engine.answer(
      'My sister heard on the wireless that IS drove the regime out after the strike, but my brother-in-law says Damascus took it all back. Which of us is right ?',
    );
    expect(answer.status).toBe('answered');
    expect(answer.quotes.map((q) => q.id)).toContain('p6.s1');
    const reading = engine.read('Which of us is right ?');
    expect(reading.questions.flatMap((q) => q.tokens.map((t) => t.word))).not.toContain('us');
  });

  it('reads "is it not the case that X" as asking whether X is so, "case" no topic', () => {
    const reading = engine.read("Isn't it the case that the regime lost no territory at all to IS ?");
    const asked = reading.questions.flatMap((q) => q.tokens.map((t) => t.word));
    expect(asked).toContain('territory');
    expect(asked).not.toContain('case');
  });

  it('reads "us" after "tell" as the writer, not the United States', () => {
    const reading = engine.read('could you tell us what Churkin said');
    const asked = reading.questions.flatMap((q) => q.tokens.map((t) => t.word));
    expect(asked).not.toContain('us');
  });
});

describe('an older writer in a conversation', () => {
  const project = projectEngine();
  it('reads "poor souls" after a question as sympathy, not a topic', () => {
    const [, , last] = askInTurn(
      project,
      'Could you tell me about the raid on the Saturday night',
      'How long did it go on ?',
      'And how many did it kill, god rest them ?',
    );
    expect(last?.quotes.map((q) => q.id)).toContain('p4.s1');
  });
});

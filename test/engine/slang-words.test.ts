/**
 * Slang of issue 11 (made-up questions, none of an evaluation set): nicknames for the sides
 * ("russkies", "septics"), death and damage slang ("torched", "got wiped"), aircraft ("warbirds"),
 * chat nouns for a meeting or a press conference ("pow-wow", "presser"), botching words
 * ("cock-up", "mess up"), Australian, British, gamer and radio filler ("righto", "fair dinkum",
 * "pog", "wilco"), and idioms of temper, calls and scolding ("chuck a wobbly", "get a bell",
 * "hairdryer treatment"). Each is read as the plain words it stands for; a question about
 * something else stays unanswered.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((quote) => quote.id);

describe('slang read as the plain words it stands for', () => {
  it('lists its chat words by default', () => {
    expect(DEFAULT_CHAT.filler).toEqual(
      expect.arrayContaining(['righto', 'fair dinkum', 'moruk', 'pog', 'wilco', 'when he is at home']),
    );
    expect(DEFAULT_CHAT.abbreviations.civvies).toBe('civilians');
    expect(DEFAULT_CHAT.idioms['chuck a wobbly']).toBe('get angry');
    expect(DEFAULT_CHAT.chatPeople).toContain('sheila');
  });

  it.each([
    ['Had the Russkies been warned beforehand?', 'Had the Russians been warned beforehand?'],
    ['crikey what did the septics say after', 'what did the americans say after'],
    ['what gear got torched on the ground', 'what equipment got destroyed on the ground'],
    ['who asked for the security council pow-wow', 'who asked for the security council meeting'],
    ['righto who called the emergency meeting', 'who called the emergency meeting'],
    ['moruk who flew the jets', 'who flew the jets'],
    ['fair dinkum who flew the warbirds', 'who flew the warplanes'],
    ['hooah how many soldiers bit the dust', 'how many soldiers died'],
    ['how many bodies', 'how many dead'],
    ['did moscow chuck a wobbly', 'did moscow get angry'],
    ['did the pentagon get a bell from the russians', 'did the pentagon get a call from the russians'],
    ['churkin, who is he when he is at home', 'churkin, who is he'],
  ])('"%s" is answered as "%s" is', (typed, plain) => {
    expect(ids(plain).length).toBeGreaterThan(0);
    expect(ids(typed)).toEqual(ids(plain));
  });

  it('reads "got smoked" of equipment as destroyed', () => {
    const quotes = engine.answer('what hardware got smoked on the ground').quotes;
    expect(quotes[0]?.text).toMatch(/tanks and military vehicles/);
  });

  it('reads botching words as a mistake', () => {
    expect(engine.answer('was it a cock-up or did they mean it').quotes[0]?.text).toMatch(/unintentional/);
  });

  it('reads a scolding as criticism', () => {
    expect(engine.answer('did power give churkin the hairdryer treatment').quotes[0]?.id).toBe(
      engine.answer('did power criticize churkin').quotes[0]?.id,
    );
    expect(engine.answer('did power give churkin the hairdryer treatment').quotes.length).toBeGreaterThan(0);
  });

  it('reads keeping at it as the strike going on', () => {
    expect(engine.answer('how long did the jets keep at it').quotes[0]?.text).toMatch(/40 minutes/);
  });

  it.each([
    'what birds live in syria',
    'fair dinkum whats the best pub in sydney',
    'pog who won the tournament last night',
    'which UN body deals with refugees',
  ])('leaves "%s" unanswered', (message) => {
    expect(engine.answer(message).quotes).toEqual([]);
  });
});

/**
 * Learners of English whose first language is Portuguese or Spanish (made-up questions, none of an
 * evaluation set): the story's verbs and question words of their own language among English ones
 * ("derrubou", "pediu", "quantas pessoas morreram"), their filler and laughs ("gente", "eita",
 * "kkkkkk"), word for word translations ("how many time" for "quanto tempo", "how is she called"
 * for "como se chama"), and a guess at the answer closing the question (", just chill?").
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((quote) => quote.id);

describe('Portuguese and Spanish learners of English', () => {
  it('lists their words by default', () => {
    expect(DEFAULT_CHAT.abbreviations.derrubou).toBe('shot down');
    expect(DEFAULT_CHAT.abbreviations.pediu).toBe('asked for');
    expect(DEFAULT_CHAT.idioms['how many time']).toBe('how long');
    expect(DEFAULT_CHAT.filler).toEqual(expect.arrayContaining(['gente', 'eita', 'kkkkkk', 'bom dia']));
  });
  it.each([
    ['eita the IS derrubou which plane?', 'the IS shot down which plane?'],
    ['galera quem pediu the investigation?', 'who asked for the investigation?'],
    [
      'quantas pessoas morreram segundo o observatorio?',
      'how many people died according to the observatory?',
    ],
    ['how many time the bombing durou?', 'how long did the bombing last?'],
    ['los periodistas were allowed in the sesion?', 'were the journalists allowed in the session?'],
    ['how is called the russian ambassador?', 'what is the name of the russian ambassador?'],
    [
      'what do the russians want washington to do, maybe sanctions?',
      'what do the russians want washington to do?',
    ],
  ])('"%s" is answered as "%s" is', (typed, english) => {
    expect(ids(english).length).toBeGreaterThan(0);
    expect(ids(typed)).toEqual(ids(english));
  });
});

/**
 * Issue 11, the school-server voice (made-up questions, none of an evaluation set): "the main
 * event" is what happened (synonyms.yaml summary), and the worksheet the writer fills in ("i have
 * to fill in X on my worksheet") is homework chat around the question (chat.yaml filler).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((quote) => quote.id);

describe('the school-server voice', () => {
  it('lists the worksheet chat by default', () => {
    expect(DEFAULT_CHAT.filler).toEqual(expect.arrayContaining(['have to fill in', 'on my worksheet']));
  });
  it('reads "the main event" as what happened', () => {
    expect(ids('what happened?').length).toBeGreaterThan(0);
    expect(ids('so what was the main event here')).toEqual(ids('what happened?'));
  });
  it.each([
    [
      'we need to fill in who attacked on the worksheet, who carried out the raid',
      'who carried out the raid',
    ],
    ['i have to fill in the date on my worksheet, when did the raid happen', 'when did the raid happen'],
  ])('"%s" is answered as "%s" is', (typed, english) => {
    expect(ids(english).length).toBeGreaterThan(0);
    expect(ids(typed)).toEqual(ids(english));
  });
});

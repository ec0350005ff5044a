/**
 * A place asked of people the question names none of ("where did they talk to the reporters",
 * "which city were the reporters in"): the curated entry its words match best is worded about
 * named people ("where was Churkin while Power spoke to the press?"), while the best sentence
 * holds every term asked ("... with reporters in New York"): that sentence answers (decide.ts
 * namesOthers). Named people keep their entry. Made-up messages, asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const lead = (q: string) => engine.answer(q).quotes[0]?.text ?? '';

describe('a place asked of people the question does not name', () => {
  it('leads with the sentence that holds every word asked, not the entry about named people', () => {
    expect(lead('where did they talk to the reporters')).toContain('with reporters in New York');
    expect(lead('which city were the journalists in')).toContain('with reporters in New York');
  });

  it('keeps the entry when the question names the person', () => {
    expect(lead('where was power when she talked to the press')).toContain(
      'outside the Security Council chamber',
    );
  });

  it('keeps the entry when no place is asked', () => {
    expect(lead('what did power say to the press')).not.toContain('with reporters in New York');
  });
});

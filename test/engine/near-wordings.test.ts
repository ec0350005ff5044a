/**
 * Wordings of synonyms.yaml groups for a thing the article tells in other words: a plane
 * "dropped" (shot down), a council "rushed to" (an emergency meeting requested), "like always"
 * (as usual). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const lead = (q: string) => engine.answer(q).quotes[0]?.text ?? '';

describe('wordings of a group the article says otherwise', () => {
  it('reads a plane dropped as shot down', () => {
    expect(lead('damn so isis dropped a jet too?')).toContain('shot down a regime plane');
  });
  it('reads rushing to the council as the emergency meeting asked for', () => {
    expect(lead('why did moscow rush to the security council')).toContain(
      'request an emergency UN Security Council',
    );
  });
  it('reads "like always" as "as usual"', () => {
    expect(lead('who said the americans twist the problem upside down like always')).toContain(
      'flip the issue upside down, as usual',
    );
  });
  it('reads "usual" alone as the ministry\'s word', () => {
    expect(lead('what did the russians say about usual US behaviour?')).toContain('as usual');
  });
  it('leaves "drop" alone leaning toward the strike, not the plane shot down', () => {
    expect(lead('when russia drop their statement, what day')).toContain('Russian Foreign Ministry');
  });
});

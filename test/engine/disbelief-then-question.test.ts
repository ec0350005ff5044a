/**
 * A statement marked with disbelief, then the question (issue 11, chatty messages; engine.ts):
 * "the americans bombed the syrian soldiers?? how many were killed" tells what the writer just
 * heard, and asks the question after it; that question's answer leads (the statement's own
 * quotes may follow). And a why opening its own sentence asks, "?" or not, after a sentence that
 * ends in "?" (questionParts' toldOnly): "... allies?? why is moscow so angry then" reads the
 * anger as a grievance, as alone. Made-up messages, asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const lead = (q: string) => engine.answer(q).quotes[0]?.text ?? '';
const all = (q: string) =>
  engine
    .answer(q)
    .quotes.map((x) => x.text)
    .join(' ');

describe('a statement marked "??" before a question word', () => {
  it("leads with the question's answer", () => {
    expect(lead('the americans bombed the syrian soldiers?? how many were killed')).toContain('at least 90');
    expect(all('the americans bombed the syrian soldiers?? how many were killed')).toContain('62');
  });

  it('leaves one "?" as it was: a check the writer asks', () => {
    expect(lead('the US hit syrian troops? how many died')).not.toContain('at least 90');
  });

  it('leaves the statement leading when the question after it is not answered', () => {
    expect(lead('the US hit syrian troops?? what is the capital of peru')).toContain('Russia decried');
  });
});

describe('a why opening its sentence after one ending in "?"', () => {
  it('reads a feeling as a grievance, as it would alone', () => {
    const asked = all('wait russia and the us were supposed to be allies?? why is moscow so angry then');
    expect(asked).toContain('persistent refusal');
    expect(lead('wait russia and the us were supposed to be allies?? why is moscow so angry then')).toContain(
      'persistent refusal',
    );
  });
});

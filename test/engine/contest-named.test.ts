/**
 * "Open" as a noun after a nation's adjective names a contest (analyzer.ts contestNamed): "is the
 * australian open on this week" asks about tennis, not Australia nor anything open or closed.
 * "was the session open to the press" keeps its state. Asked of the project's article
 * (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = buildCorpus(engine.kb);
const terms = (q: string) => corpus.analyzer.analyzeQuery(q).terms;

describe('the name of a contest', () => {
  it('reads "<nation> open" at a clause end or before a small word as a contest', () => {
    expect(terms('is the australian open on this week')).not.toContain('e:australia');
    expect(terms('who won the french open final')).toContain('w:tournament');
    expect(engine.answer('is the australian open on this week or is that next month').answered).toBe(false);
  });

  it('leaves "open" said of a thing, and a nation before another word', () => {
    expect(terms('was the session open to the press')).toContain('c:closed');
    expect(terms('did the australian military keep it open')).toContain('e:australia');
    expect(engine.answer('was the session open to the press').answered).toBe(true);
  });
});

/**
 * Wordings of new writers that the reader took the wrong way (asked of the project's article,
 * knowledge/): words quoted in a sentence of their own and then a question asking for the rest of
 * them; a three-letter word with one letter of a double left out ("cal"); "land" as what a strike
 * does; ending a strike (stopping it, not the peace deal); and one party said to be the only one
 * (asking who else took part).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = buildCorpus(engine.kb);
const terms = (q: string) => corpus.analyzer.analyzeQuery(q).terms;
const first = (q: string) => {
  const answer = engine.answer(q);
  return answer.status === 'answered' ? answer.quotes[0]?.id : undefined;
};

describe('words quoted, then a question asking about them', () => {
  it.each([
    ["'boundary between' blah blah... whats the rest of it", 'p7.s1'],
    ["'on the boundary between' ... whats the rest", 'p7.s1'],
  ])('"%s" is read with the words quoted: %s', (q, id) => {
    expect(first(q)).toBe(id);
  });

  it('not a question about something the knowledge lacks', () => {
    expect(
      engine.answer("'persistent refusal' haha my dog. anyone know a good vet in hamburg").status,
    ).not.toBe('answered');
  });
});

describe('a letter of a double left out of a three-letter word', () => {
  it('"cal" is "call"', () => {
    expect(terms('what did the army cal it')).toContain('c:say');
    expect(first('wat did syrias army cal the strikes')).toBe('p20.s1');
  });
});

describe('what a strike does', () => {
  it('"land" after a strike and an auxiliary is where it hit, not ground', () => {
    expect(terms('where did the bombs land')).not.toContain('c:ground');
    expect(first("where'd the raid land exactly")).toBe('p4.s1');
    expect(terms('did the regime lose land')).toContain('c:ground');
  });

  it('ending a strike is stopping it; ending the truce is not', () => {
    expect(terms('who ended the raid')).toContain('c:stop');
    expect(terms('who ended the raid')).not.toContain('c:jeopardy');
    expect(terms('will the strike end the truce')).toContain('c:jeopardy');
    expect(first('whose call to the pentagon ended the raid halfway')).toBe('p5.s2');
  });
});

describe('one party said to be the only one', () => {
  it('asks who else took part', () => {
    expect(terms('was it only the US who bombed them')).toContain('c:participate');
    expect(first("so it wasn't only american jets?")).toBe('p18.s2');
  });

  it('not when the question asks something else of it', () => {
    expect(terms('why did only australia apologize')).not.toContain('c:participate');
    expect(terms('what did just power say')).not.toContain('c:participate');
    // Parties listed: asked beyond them.
    expect(terms('it was not only US and australian planes')).not.toContain('c:participate');
    // Whom it hit, not who struck.
    expect(terms('was it just syrians')).not.toContain('c:participate');
  });
});

describe('"zero" before what there was none of', () => {
  it('reads as "no"; a count stays a number', () => {
    expect(terms('they had zero objections')).toContain('c:concern');
    expect(terms('was the toll zero')).toContain('w:zero');
  });
});

describe('words of the knowledge a new writer used', () => {
  it('sinking or scuppering a deal is ending it; after dark or in daytime asks when', () => {
    expect(terms('will this scupper the truce')).toContain('c:jeopardy');
    expect(terms('was it in broad daylight')).toContain('c:day');
    expect(first('will this sink the truce')).toBe('p2.s2');
  });

  it('a communique is a statement; the american-led alliance is the coalition', () => {
    expect(terms('their communique')).toContain('c:say');
    expect(terms('the american-led alliance')).toContain('e:coalition');
  });
});

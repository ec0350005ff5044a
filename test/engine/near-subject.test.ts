/**
 * Near-topic messages answered (issue 11): a yes-or-no question about a name no quote given (nor
 * its paragraph) tells of, and "who said X" answered by nobody's words telling a deed. On the
 * article (knowledge/): the quotes' paragraphs and speakers are its own.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { decide, whoSaidUntold, yesNoSubjectMissing } from '../../src/engine/decide.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

function corpusOf(dir: string) {
  const loaded = loadKnowledge(dir);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  return buildCorpus(loaded.kb);
}

const article = corpusOf(resolve(import.meta.dirname, '../../knowledge'));
const words = (q: string) => article.analyzer.analyzeQuery(q).words;

describe('yesNoSubjectMissing: a yes-or-no question about a name the quotes do not tell of', () => {
  const missing = (q: string, given: string[]) => yesNoSubjectMissing(article, words(q), given);

  it('refuses a name asked of that neither the quote nor its paragraph holds', () => {
    // p8.s1: "Also on Sunday, the IS announced it has shot down a regime plane above Deir el-Zour."
    expect(missing('did the russians have their own jets up there', ['p8.s1'])).toBe(true);
    // p6.s1: the IS militia pushing the regime troops out (no place named in its paragraph).
    expect(missing('was the deir ezzor airport itself hit', ['p6.s1'])).toBe(true);
  });

  it('keeps a name the paragraph or a speaker holds', () => {
    // p5.s2 "They added ..." is the US military's, named by p5.s1 in its paragraph.
    expect(missing('did the US stop the strike', ['p5.s2'])).toBe(false);
    expect(missing('did russia raise the alarm', ['p5.s2'])).toBe(false);
    // Any quote the answer stands on: a contested point's sides too.
    expect(missing('did the russians have their own jets up there', ['p8.s1', 'p17.s1'])).toBe(false);
  });

  it('leaves a thing, a pronoun and a question with a question word', () => {
    // A thing may be told in other words: "the coalition sortie" for the jets.
    expect(missing('were the jets supposed to be hitting daesh', ['p5.s1'])).toBe(false);
    expect(missing('did they have their own jets up there', ['p8.s1'])).toBe(false);
    expect(missing('what did the russians do', ['p8.s1'])).toBe(false);
  });

  it('reads a name written as an acronym ("IS"), though "is" is a stop word', () => {
    const analysis = (q: string) => article.analyzer.analyzeQuery(q);
    const asAcronym = (q: string, given: string[]) =>
      yesNoSubjectMissing(article, analysis(q).words, given, analysis(q).acronyms);
    // p4.s3: the Syrian regime's tanks and vehicles destroyed; no IS in its paragraph.
    expect(asAcronym('did IS lose anyone', ['p4.s3'])).toBe(true);
    expect(asAcronym('did IS push the troops out', ['p6.s1'])).toBe(false);
    // Another name after it may be the one of two asked ("did IS kill them or the US?").
    expect(asAcronym('did IS kill the soldiers or the US', ['p4.s1'])).toBe(false);
    expect(missing('did is lose anyone', ['p4.s3'])).toBe(false);
  });

  it('takes the topic "what about" names as the subject of the pronoun after it', () => {
    expect(missing('what about the russians, did they have their own jets up there', ['p8.s1'])).toBe(true);
    expect(missing('what about the US, did they stop the strike', ['p5.s2'])).toBe(false);
    expect(missing('what about the russians', ['p8.s1'])).toBe(false);
  });

  it('refuses the message on the article as a whole', () => {
    const refused = (q: string) => decide(article, article.analyzer.analyzeQuery(q)).askedMissing;
    expect(refused('did the russians have their own jets up near there at the time')).toBe(true);
    expect(refused('did the russians ask for a UN meeting')).toBe(false);
  });
});

describe('whoSaidUntold: "who said X" answered by nobody\'s words telling a deed', () => {
  const untold = (q: string, shown: string[]) => whoSaidUntold(article, words(q), shown);

  it('refuses a deed sharing a word of the claim, the rest of it missing', () => {
    // p13.s1: "In turn, Russia's ambassador Churkin also walked out before Power was due to ..."
    expect(untold('who said the US should leave syria', ['p13.s1'])).toBe(true);
  });

  it("keeps the article's own telling of the whole claim, a speaker's words and a sentence of saying", () => {
    // p2.s2: "The incident could end the peace deal on Syria." (the reporter's own claim)
    expect(untold('who said the incident could end the peace deal', ['p2.s2'])).toBe(false);
    // p6.s1 tells of a claim ("Damascus has claimed ..."); p3.s1 has its speaker.
    expect(untold('who said they won back the lost ground', ['p6.s1'])).toBe(false);
    expect(untold('who said the US should leave syria', ['p3.s1'])).toBe(false);
    // Not whose words: who did it.
    expect(untold('who walked out before power spoke', ['p13.s1'])).toBe(false);
  });
});

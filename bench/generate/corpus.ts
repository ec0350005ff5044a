/**
 * Generating a corpus, start to end: the cast and vocabulary, the article, its passages.json
 * built by the project's own code, the curated files, the question set, then the folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnglishWords } from '../../src/engine/english.ts';
import { type BuildInput, buildPassageIndex } from '../../src/knowledge/build.ts';
import { EntitiesFileSchema, type Passage } from '../../src/knowledge/schema.ts';
import { type Article, articleMeta, assembleArticle } from './article.ts';
import { makeCast } from './cast.ts';
import {
  type Candidate,
  contestedPoints,
  curatedAttributions,
  curatedQuestions,
  keyFacts,
  leadEntries,
  timelineEvents,
} from './curated.ts';
import { type GeneratedFiles, projectSynonyms, writeKnowledgeFolder } from './folder.ts';
import {
  combinedArticle,
  combinedEntities,
  combinedQa,
  paragraphShift,
  type QaOrder,
  readRealFolder,
  writeOntoFolder,
} from './onto.ts';
import { PLANTED } from './planted.ts';
import { PseudoWordPostings } from './postings.ts';
import { autocompletePrefixes, questionSet } from './questions.ts';
import { Random } from './random.ts';
import { SentenceMaker } from './sentences.ts';
import { splitIntoSources } from './sources.ts';
import { STORY_WORDS } from './story-words.ts';
import type { GeneratedCorpus } from './types.ts';
import { WordMaker } from './words.ts';

/** Part of the cache key (with the generator's own source): bump to force a rebuild of cached corpora. */
export const GENERATOR_VERSION = 3;
export const DEFAULT_SEED = 17;

/**
 * Writes a complete knowledge folder of `passages` sentences (the headline included) to `dir`
 * and returns its question set. Deterministic: the same seed and size write the same files.
 */
export function generateKnowledge(
  dir: string,
  options: { passages: number; seed?: number; onto?: OntoOptions },
): GeneratedCorpus {
  const n = Math.floor(options.passages);
  if (!(n >= 50))
    throw new RangeError(`a generated corpus needs at least 50 passages, not ${options.passages}`);
  const seed = options.seed ?? DEFAULT_SEED;
  if (options.onto) return generateOnto(dir, n, seed, options.onto);
  // Separate random streams per purpose (1 words, 2 cast and paragraphs, 3 sentences, 4 curated
  // files and questions, 5 typos): more questions never change the article.
  const { english, random, cast, vocabulary, maker } = storyMakers(n, seed);
  const article = assembleArticle(n, cast, random, maker);
  const { written, planted } = article;

  const meta = articleMeta(article);
  const entities = EntitiesFileSchema.parse(cast.entities);
  const { text: synonymsText, synonyms } = projectSynonyms();
  const postings = new PseudoWordPostings(written);

  const q = new Random(seed, 4);
  const candidates = q.shuffle(written.map((w, i) => ({ w, i })).filter((x): x is Candidate => !!x.w.s));
  const attributions = curatedAttributions(candidates, cast);
  const passages = buildPassages(n, article, { meta, entities, synonyms, attributions });
  const generated = curatedQuestions(n, candidates, written, postings, q);
  const { heldOut } = generated;
  const lead = leadEntries(candidates);
  // The lead entries first, as a moderator writes the main facts first.
  const qa = [...lead.qa, ...generated.qa];
  const contested = contestedPoints(candidates, passages);
  const facts = keyFacts(candidates, planted, contested);
  const timeline = timelineEvents(candidates, planted);

  const questions = questionSet(
    {
      seed,
      english,
      vocabulary,
      qa: generated.qa,
      heldOut,
      candidates,
      written,
      planted,
      postings,
      lead,
      cast,
      articleText: article.text,
    },
    q,
  );
  const prefixes = autocompletePrefixes(generated.qa, q);

  writeKnowledgeFolder(dir, seed, n, {
    meta,
    articleText: article.text,
    entities: cast.entities,
    synonymsText,
    attributions,
    qa,
    contested,
    facts,
    timeline,
    passages,
  });

  // Last, the article cut into many sources (sources.ts): the same sentences, ids rewritten.
  return splitIntoSources({
    dir,
    seed,
    version: GENERATOR_VERSION,
    passages: n,
    paragraphs: article.paragraphs,
    sections: article.sections.length,
    entities: cast.entities.length,
    qaEntries: qa.length,
    vocabulary: postings.size,
    questions,
    prefixes,
    planted: { id: planted.id, text: PLANTED.text, question: PLANTED.question },
  });
}

/** Adding the generated corpus onto a real knowledge folder (onto.ts). */
export interface OntoOptions {
  /** The real knowledge folder (the project's knowledge/). */
  dir: string;
  /** Where the generated curated entries go in qa.yaml. */
  qaOrder: QaOrder;
  /** The generated sentences in the article itself, one long source (as before generator 3). */
  oneSource?: boolean;
}

/**
 * The words, cast and sentence maker of a generated story of `n` sentences, from their own random
 * streams (1 words, 2 cast and paragraphs, 3 sentences), the same for a corpus alone and onto the
 * article.
 */
function storyMakers(n: number, seed: number) {
  const english = loadEnglishWords();
  const words = new WordMaker(new Random(seed, 1), english);
  for (const w of STORY_WORDS) words.reserve(w);
  const random = new Random(seed, 2);
  const cast = makeCast(n, random, words);
  const vocabulary = Array.from({ length: Math.round(4000 * Math.sqrt(n / 1000)) }, () => words.word());
  const maker = new SentenceMaker(new Random(seed, 3), vocabulary, cast);
  return { english, random, cast, vocabulary, maker };
}

/**
 * `n` generated sentences after the real article's, in one knowledge folder (onto.ts): the real
 * files kept, the generated entities, attributions and curated entries added, the generated
 * contested points, facts and timeline left out (the real ones stay). The question set is the
 * generated one, its ids moved to where the generated sentences now are.
 */
function generateOnto(dir: string, n: number, seed: number, onto: OntoOptions): GeneratedCorpus {
  const real = readRealFolder(onto.dir);
  const shift = paragraphShift(real);
  const { english, random, cast, vocabulary, maker } = storyMakers(n, seed);
  // The headline and n sentences: the headline is dropped, the real one stays.
  const article = assembleArticle(n + 1, cast, random, maker);
  const { written, planted } = article;
  const { text, meta } = combinedArticle(real, article);
  const entities = EntitiesFileSchema.parse(combinedEntities(real.entities, cast.entities));
  const { synonyms } = projectSynonyms();
  const postings = new PseudoWordPostings(written);
  const q = new Random(seed, 4);
  const candidates = q.shuffle(written.map((w, i) => ({ w, i })).filter((x): x is Candidate => !!x.w.s));
  const attributions = [
    ...real.attributions,
    ...curatedAttributions(candidates, cast).map((a) => ({ ...a, sentence: shift(a.sentence) })),
  ];
  const built = buildPassageIndex({ articleText: text, meta, entities, synonyms, attributions });
  if (built.problems.length > 0)
    throw new Error(`generator bug: ${built.problems.map((p) => p.message).join('; ')}`);
  const realCount = real.passages.passages.length;
  if (built.passages.length !== realCount + n)
    throw new Error(`generator bug: ${built.passages.length} sentences, not ${realCount} + ${n}`);
  real.passages.passages.forEach((p, i) => {
    if (built.passages[i]?.text !== p.text) throw new Error(`generator bug: real sentence ${p.id} moved`);
  });
  written.slice(1).forEach((w, i) => {
    const p = built.passages[realCount + i];
    if (!p || p.id !== shift(w.id) || (w.s && w.s.text !== p.text))
      throw new Error(`generator bug: sentence ${shift(w.id)} is ${p?.id} "${p?.text}"`);
  });
  const generatedQa = curatedQuestions(n, candidates, written, postings, q);
  const shiftedQa = generatedQa.qa.map((e) => ({ ...e, answer: e.answer.map(shift) }));
  const qa = combinedQa(real.qa, shiftedQa, onto.qaOrder, q);
  const questions = questionSet(
    {
      seed,
      english,
      vocabulary,
      qa: generatedQa.qa,
      heldOut: generatedQa.heldOut,
      candidates,
      written,
      planted,
      postings,
      // The real article has its own lead entries (death toll, what happened).
      lead: { qa: [], heldOut: new Map() },
      cast,
      articleText: text,
    },
    q,
  ).map((question) => ({ ...question, expect: question.expect?.map(shift) ?? null }));
  const prefixes = autocompletePrefixes(shiftedQa, q);
  writeOntoFolder(
    dir,
    real,
    {
      ...emptyCurated(),
      meta,
      articleText: text,
      entities,
      synonymsText: '',
      attributions,
      qa,
      passages: built.passages,
    },
    `# Generated by bench/generate.ts (seed ${seed}): the real knowledge with ${n} generated passages, Q&A ${onto.qaOrder} the real entries\n`,
  );
  const generated: GeneratedCorpus = {
    dir,
    seed,
    version: GENERATOR_VERSION,
    passages: built.passages.length,
    paragraphs: Math.max(...built.passages.map((p) => p.paragraph)),
    sections: meta.sections.length,
    entities: entities.length,
    qaEntries: qa.length,
    vocabulary: postings.size,
    questions,
    prefixes,
    planted: { id: shift(planted.id), text: PLANTED.text, question: PLANTED.question },
  };
  if (onto.oneSource) return generated;
  // The real article stays one source, the generated paragraphs after it become reports, as a
  // knowledge base grows by sources added after its article (sources.ts).
  const split = splitIntoSources(generated, {
    leadParagraphs: Math.max(...real.passages.passages.map((p) => p.paragraph)),
  });
  // Word for word (the file written ends with a line break, whether the real one does or not).
  if (readFileSync(join(dir, real.meta.file), 'utf8').trimEnd() !== real.text.trimEnd())
    throw new Error('generator bug: the real article is not word for word its own source');
  return split;
}

function emptyCurated(): Pick<GeneratedFiles, 'contested' | 'facts' | 'timeline'> {
  return { contested: [], facts: [], timeline: [] };
}

/**
 * passages.json's sentences, built by the project's own code (as `npm run knowledge:build`
 * does), checked against what the generator wrote: the ids the questions expect must be theirs.
 */
function buildPassages(n: number, article: Article, input: Omit<BuildInput, 'articleText'>): Passage[] {
  const { written, planted } = article;
  const built = buildPassageIndex({ articleText: article.text, ...input });
  if (built.problems.length > 0)
    throw new Error(`generator bug: ${built.problems.map((p) => p.message).join('; ')}`);
  if (built.passages.length !== n)
    throw new Error(`generator bug: ${built.passages.length} sentences in the article, not ${n}`);
  built.passages.forEach((p, i) => {
    const w = written[i];
    if (!w || w.id !== p.id || (w.s && w.s.text !== p.text) || (w === planted && p.text !== PLANTED.text))
      throw new Error(`generator bug: sentence ${i} is ${p.id} "${p.text}", expected ${w?.id}`);
  });
  return built.passages;
}

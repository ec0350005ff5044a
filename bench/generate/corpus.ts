/**
 * Generating a corpus, start to end: the cast and vocabulary, the article, its passages.json
 * built by the project's own code, the curated files, the question set, then the folder.
 */
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
  timelineEvents,
} from './curated.ts';
import { projectSynonyms, writeKnowledgeFolder } from './folder.ts';
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
export const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 17;

/**
 * Writes a complete knowledge folder of `passages` sentences (the headline included) to `dir`
 * and returns its question set. Deterministic: the same seed and size write the same files.
 */
export function generateKnowledge(
  dir: string,
  options: { passages: number; seed?: number },
): GeneratedCorpus {
  const n = Math.floor(options.passages);
  if (!(n >= 50))
    throw new RangeError(`a generated corpus needs at least 50 passages, not ${options.passages}`);
  const seed = options.seed ?? DEFAULT_SEED;
  // Separate random streams per purpose (1 words, 2 cast and paragraphs, 3 sentences, 4 curated
  // files and questions, 5 typos): more questions never change the article.
  const english = loadEnglishWords();
  const words = new WordMaker(new Random(seed, 1), english);
  for (const w of STORY_WORDS) words.reserve(w);
  const random = new Random(seed, 2);
  const cast = makeCast(n, random, words);
  const vocabulary = Array.from({ length: Math.round(4000 * Math.sqrt(n / 1000)) }, () => words.word());
  const maker = new SentenceMaker(new Random(seed, 3), vocabulary, cast);
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
  const { qa, heldOut } = curatedQuestions(n, candidates, written, postings, q);
  const contested = contestedPoints(candidates, passages);
  const facts = keyFacts(candidates, planted, contested);
  const timeline = timelineEvents(candidates, planted);

  const questions = questionSet(
    { seed, english, vocabulary, qa, heldOut, candidates, written, planted, postings },
    q,
  );
  const prefixes = autocompletePrefixes(qa, q);

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

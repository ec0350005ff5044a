/**
 * A seeded generator of knowledge folders for the benchmark (npm run bench): the same seed
 * always writes the same corpus, in the project's own format, valid for loadEngine.
 *
 * The article is news-like prose: real story words ("strike", "soldiers", "said", "according
 * to") mixed with pronounceable pseudo-words drawn from a Zipf distribution, so a few words
 * are everywhere and most are rare, as in real text. The vocabulary grows with the corpus
 * (about the square root of its size, Heaps' law), so a larger corpus brings new rare words.
 * Synthetic speakers (people, governments, ministries, armies, militias, a monitor) and
 * places have 2-4 aliases each and are named in the sentences, so the attribution rules
 * and the lexicon do real work.
 *
 * Alongside the folder it returns a fixed question set (curated questions, unseen
 * paraphrases, rare words with typos, keyword queries, off-topic questions) with the
 * expected sentence ids, and autocomplete prefixes as typed.
 *
 * The parts live in bench/generate/, one job each:
 *   random.ts       seeded randomness (mulberry32, Zipf)
 *   words.ts        pseudo-words            story-words.ts  the story's word lists
 *   cast.ts         speakers and places     sentences.ts    sentence templates
 *   article.ts      paragraphs, sections    postings.ts     which sentences share a pseudo-word
 *   curated.ts      attributions, Q&A, contested points, facts, timeline
 *   wordings.ts     how a curated question is worded and paraphrased
 *   questions.ts    the benchmark's question set and autocomplete prefixes
 *   planted.ts      the planted passage     off-topic.ts    questions to abstain on
 *   folder.ts       reading the project's files, writing the knowledge folder
 *   corpus.ts       generateKnowledge: all of the above, in order
 *   onto.ts         a generated corpus added onto the real knowledge folder
 *   cache.ts        cachedKnowledge: corpora kept between runs
 */
export { CACHE_ROOT, cachedKnowledge } from './generate/cache.ts';
export { DEFAULT_SEED, GENERATOR_VERSION, generateKnowledge } from './generate/corpus.ts';
export { OFF_TOPIC_QUESTIONS } from './generate/off-topic.ts';
export { QA_ORDERS, type QaOrder } from './generate/onto.ts';
export { PLANTED } from './generate/planted.ts';
export { mulberry32 } from './generate/random.ts';
export type { BenchPrefix, BenchQuestion, GeneratedCorpus, QuestionKind } from './generate/types.ts';

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
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { compileKnowledge } from '../src/app/compiled.ts';
import { editDistance } from '../src/engine/analyzer.ts';
import { type EnglishWords, loadEnglishWords } from '../src/engine/english.ts';
import { buildPassageIndex } from '../src/knowledge/build.ts';
import { KNOWLEDGE_FILES } from '../src/knowledge/model.ts';
import {
  type ArticleMeta,
  ArticleMetaSchema,
  type Attribution,
  AttributionsFileSchema,
  type Contested,
  EntitiesFileSchema,
  type Entity,
  type Fact,
  type PassagesFile,
  type QaEntry,
  SynonymsFileSchema,
  type TimelineEvent,
} from '../src/knowledge/schema.ts';
import { STOP_WORDS, stem } from '../src/text/lexicon.ts';

/** Part of the cache key (with the generator's own source): bump to force a rebuild of cached corpora. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 17;

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const PROJECT_KNOWLEDGE = join(PROJECT_ROOT, 'knowledge');
/** The sidecar with the question set, next to the knowledge files (the loader ignores it). */
const CORPUS_FILE = 'bench-corpus.json';
/** Written last: a folder without it is half-written and is rebuilt. */
const MARKER_FILE = '.bench-complete';

export type QuestionKind = 'curated' | 'paraphrase' | 'typo' | 'keyword' | 'off-topic' | 'planted';

export interface BenchQuestion {
  q: string;
  kind: QuestionKind;
  /** Sentence ids that answer it (the first quote should be one of them); null: the bot should abstain. */
  expect: string[] | null;
}

export interface BenchPrefix {
  /** What has been typed so far. */
  typed: string;
  /** The curated question being typed. */
  question: string;
  typo: boolean;
}

export interface GeneratedCorpus {
  dir: string;
  seed: number;
  version: number;
  /** Sentences in passages.json, the headline included. */
  passages: number;
  paragraphs: number;
  sections: number;
  entities: number;
  qaEntries: number;
  /** Distinct pseudo-words used in the article. */
  vocabulary: number;
  questions: BenchQuestion[];
  prefixes: BenchPrefix[];
  planted: { id: string; text: string; question: string };
}

export const PLANTED = {
  text: 'The zelphorian convoy was intercepted near Quorvath late on Saturday night, officials said.',
  question: 'when was the zelforian convoi stopped near quorvat',
  keywords: 'zelphorian convoy quorvath',
} as const;
/** Words of the planted passage that no generated word may come close to, so its typos stay unambiguous. */
const RESERVED = ['zelphorian', 'quorvath'];

/** Questions the article cannot answer: the bot should abstain. */
export const OFF_TOPIC_QUESTIONS = [
  'what is the capital of france',
  'how do i bake sourdough bread',
  'who won the football world cup in 2018',
  'can you recommend a good laptop for school',
  'what will the weather be like in paris tomorrow',
  'how tall is mount everest',
  'what is the speed of light',
  'who painted the mona lisa',
  'how do vaccines work',
  'where can i get the best pizza in naples',
  'translate good morning into spanish',
  'how many legs does a spider have',
  'what time does the bank open on monday',
  'what did angela merkel say about the euro',
  'is bitcoin a good investment',
  'how do i reset my router',
  'who is the richest person in the world',
  'what is the plot of hamlet',
  'how do you cook rice in a microwave',
  'what is photosynthesis',
  'recommend a good sci-fi novel',
  'when does the next olympics start',
  'how much does a tesla cost',
  'what is the population of tokyo',
  'why is the sky blue',
  'how do i learn to play guitar',
  'who wrote pride and prejudice',
  'what are the symptoms of the flu',
  'how far is the moon from earth',
  'best exercises for back pain',
  'what is the meaning of life',
  'how do i write a cover letter',
  'which planet has the most moons',
  'what did the pope say at christmas',
  'how many calories are in a banana',
  'where is the eiffel tower',
  'what is machine learning',
  'how do airplanes stay in the air',
  'who invented the telephone',
  'what is the tallest building in dubai',
];

// --- seeded randomness ------------------------------------------------------------------

/** mulberry32: a tiny, fast, seedable PRNG; floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  /** Separate streams per purpose: more questions never change the article. */
  constructor(seed: number, stream: number) {
    this.next = mulberry32((seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(items.length)] as T;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

/** Samples ranks 0..n-1 with P(rank) ∝ 1 / (rank + offset)^s. */
class Zipf {
  private readonly cdf: Float64Array;
  constructor(n: number, s = 0.9, offset = 10) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) {
      sum += 1 / (r + offset) ** s;
      this.cdf[r] = sum;
    }
    for (let r = 0; r < n; r++) this.cdf[r] = (this.cdf[r] as number) / sum;
  }
  sample(random: Random): number {
    const u = random.float();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// --- pseudo-words -------------------------------------------------------------------------

const ONSETS = 'b br ch d dr f fl g gr h j k kr l m n p pr qu r s sk sh st t th tr v vr z zh'.split(' ');
const VOWELS = 'a e i o u a e o ai ei ou'.split(' ');
const CODAS = ['', '', '', 'n', 'r', 'l', 'th', 'x', 'm', 'k', 'rn', 'nd', 'sk', 'lt', 'v', 'z'];

/** Pronounceable words that are no English word, stop word or near-miss of another generated word's stem. */
class WordMaker {
  private readonly used = new Set<string>();
  private readonly stems = new Set<string>();
  constructor(
    private readonly random: Random,
    private readonly english: EnglishWords,
  ) {
    for (const w of RESERVED) this.claim(w);
  }

  private claim(word: string): void {
    this.used.add(word);
    this.stems.add(stem(word));
  }

  /** Marks a word as taken (story words, so no pseudo-word equals one). */
  reserve(word: string): void {
    this.claim(word.toLowerCase());
  }

  word(minLength = 5, maxLength = 11): string {
    for (;;) {
      const r = this.random.float();
      const syllables = r < 0.55 ? 2 : r < 0.9 ? 3 : 4;
      let w = '';
      for (let i = 0; i < syllables; i++) {
        const last = i === syllables - 1;
        if (i > 0 || this.random.chance(0.85)) w += this.random.pick(ONSETS);
        w += this.random.pick(VOWELS);
        if (last || this.random.chance(0.2)) w += this.random.pick(CODAS);
      }
      if (w.length < minLength || w.length > maxLength || !/^[a-z]+$/.test(w)) continue;
      if (this.used.has(w) || this.stems.has(stem(w)) || STOP_WORDS.has(w) || this.english.has(w)) continue;
      if (RESERVED.some((x) => x[0] === w[0] && editDistance(w, x, 3) <= 3)) continue;
      this.claim(w);
      return w;
    }
  }

  name(): string {
    const w = this.word(5, 9);
    return w.charAt(0).toUpperCase() + w.slice(1);
  }
}

// --- story words ----------------------------------------------------------------------------

const NOUNS =
  'convoy checkpoint bridge village depot airfield outpost camp garrison highway market hospital pipeline compound barracks warehouse crossing district refinery base dam school'.split(
    ' ',
  );
const TROOPS = 'soldiers troops fighters servicemen conscripts militiamen'.split(' ');
const STRIKES = ['airstrike', 'air raid', 'strike', 'raid', 'attack', 'bombing', 'assault', 'drone strike'];
const STRIKES_PLURAL = ['airstrikes', 'air raids', 'strikes', 'raids', 'attacks', 'explosions'];
const VERBED =
  'destroyed seized shelled captured bombed reinforced evacuated surrounded abandoned recaptured struck damaged'.split(
    ' ',
  );
const MILITANTS = ['militants', 'insurgents', 'rebels', 'gunmen', 'extremists'];
const VEHICLES = ['tanks', 'armoured vehicles', 'trucks', 'artillery pieces', 'mortars', 'jeeps'];
const MISSILES = ['missiles', 'rockets', 'shells', 'drones'];
const TIMES = [
  'on Saturday',
  'on Sunday',
  'late on Friday',
  'before dawn on Monday',
  'overnight',
  'on Tuesday evening',
  'earlier this week',
  'on Thursday night',
  'on Wednesday morning',
];
const STORY_WORDS = [
  ...NOUNS,
  ...TROOPS,
  ...STRIKES.flatMap((s) => s.split(' ')),
  ...STRIKES_PLURAL.flatMap((s) => s.split(' ')),
  ...VERBED,
  ...MILITANTS,
  ...VEHICLES.flatMap((s) => s.split(' ')),
  ...MISSILES,
  'brigade talks ceasefire families road sector minister ministry government army forces militia',
  'officials residents reporters investigation statement said told accused denied warned',
].flatMap((s) => s.split(' '));

const OPENERS = [
  'As %s units moved in, ',
  'Despite the %s agreement, ',
  'In the %s %s region, ',
  'After the %s talks collapsed, ',
  'With the %s front quiet, ',
  'Two days after the %s offensive, ',
];

const ROLES = [
  { title: 'Minister', role: 'defence minister' },
  { title: 'Minister', role: 'foreign minister' },
  { title: 'General', role: 'army commander' },
  { title: 'Governor', role: 'regional governor' },
  { title: 'Ambassador', role: 'ambassador to the UN' },
  { title: 'Colonel', role: 'army spokesman' },
  { title: 'Mayor', role: 'mayor' },
];

// --- entities -------------------------------------------------------------------------------

interface Speaker {
  id: string;
  /** Ways the article names it, as written in a sentence (each is a name or an alias). */
  mentions: string[];
  /** Ways a question names it. */
  asked: string[];
}

interface Cast {
  entities: Entity[];
  speakers: Speaker[];
  places: { id: string; name: string }[];
  /** The planted place. */
  quorvath: { id: string; name: string };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function makeCast(n: number, random: Random, words: WordMaker): Cast {
  const entities: Entity[] = [];
  const speakers: Speaker[] = [];
  const entity = (e: Omit<Entity, 'aliases' | 'caseSensitiveAliases'> & { aliases: string[] }) => {
    entities.push({ caseSensitiveAliases: [], ...e });
  };

  const places = Array.from({ length: 10 + Math.floor(n / 1000) }, () => {
    const name = words.name();
    return { id: slug(name), name };
  });
  const quorvath = { id: 'quorvath', name: 'Quorvath' };
  places.splice(random.int(places.length), 0, quorvath);
  for (const p of places)
    entity({ id: p.id, kind: 'place', name: p.name, aliases: [`${p.name} province`, `${p.name} area`] });

  const countries = Array.from({ length: 4 + Math.floor(n / 6000) }, () => {
    const country = words.name();
    const demonym = /[aeiou]$/.test(country) ? `${country}n` : `${country}i`;
    words.reserve(demonym);
    return { country, demonym, id: slug(country) };
  });
  for (const { country, demonym, id } of countries) {
    entity({
      id,
      kind: 'government',
      name: `${country} government`,
      aliases: [country, demonym, `${demonym} government`, `${country}'s government`],
    });
    speakers.push({ id, mentions: [country, `the ${demonym} government`], asked: [country, demonym] });
    entity({
      id: `${id}-ministry`,
      kind: 'government',
      name: `${demonym} Defence Ministry`,
      parent: id,
      aliases: [`${country} ministry`, `${demonym} defence ministry`, `defence ministry in ${country}`],
    });
    speakers.push({
      id: `${id}-ministry`,
      mentions: [`the ${demonym} defence ministry`, `the ${country} ministry`],
      asked: [`the ${country} ministry`, `the ${demonym} defence ministry`],
    });
    entity({
      id: `${id}-army`,
      kind: 'military',
      name: `${demonym} army`,
      parent: id,
      aliases: [`${demonym} forces`, `${demonym} military`, `${country}'s army`],
    });
    speakers.push({
      id: `${id}-army`,
      mentions: [`the ${demonym} army`, `${demonym} forces`],
      asked: [`the ${demonym} army`, `${demonym} military`],
    });
  }

  const people = 10 + Math.floor(n / 400);
  for (let i = 0; i < people; i++) {
    const first = words.name();
    const last = words.name();
    const { title, role } = random.pick(ROLES);
    const country = random.pick(countries);
    const id = slug(`${first}-${last}`);
    entity({
      id,
      kind: 'person',
      name: `${first} ${last}`,
      role: `${country.demonym} ${role}`,
      parent: country.id,
      aliases: [last, `${title} ${last}`, `${first} ${last}'s`],
    });
    speakers.push({
      id,
      mentions: [`${title} ${last}`, `${title} ${last}`, `${first} ${last}`, last],
      asked: [`${title} ${last}`, last, `${first} ${last}`],
    });
  }

  for (let i = 0; i < 2 + Math.floor(n / 10000); i++) {
    const name = words.name();
    entity({
      id: `${slug(name)}-militia`,
      kind: 'group',
      name: `${name} militia`,
      aliases: [name, `${name} fighters`, `${name} group`],
    });
    speakers.push({
      id: `${slug(name)}-militia`,
      mentions: [`the ${name} militia`, `${name} fighters`],
      asked: [`the ${name} militia`, `the ${name} group`],
    });
  }
  const monitor = words.name();
  entity({
    id: `${slug(monitor)}-observatory`,
    kind: 'monitor',
    name: `${monitor} Observatory`,
    label: `${monitor} Observatory (a war monitor)`,
    aliases: [`${monitor} monitor`, 'war monitor', 'monitoring group'],
  });
  speakers.push({
    id: `${slug(monitor)}-observatory`,
    mentions: [`the ${monitor} Observatory`, `the ${monitor} monitor`],
    asked: [`the ${monitor} Observatory`, 'the war monitor'],
  });
  return { entities, speakers, places, quorvath };
}

// --- sentences --------------------------------------------------------------------------------

interface Frame {
  kind: 'toll' | 'said' | 'event';
  /** The pseudo-word and story noun that stand together in the sentence ("the vrelto depot"). */
  pw: string;
  noun: string;
  speaker?: Speaker;
  place?: { id: string; name: string };
}

interface Sentence {
  text: string;
  pws: string[];
  frame: Frame;
  /** The sentence names a person who speaks (so the next one may say "He added ..."). */
  person: boolean;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

class SentenceMaker {
  private readonly zipf: Zipf;
  private readonly speakerZipf: Zipf;
  constructor(
    private readonly random: Random,
    private readonly vocabulary: readonly string[],
    private readonly cast: Cast,
  ) {
    this.zipf = new Zipf(vocabulary.length);
    this.speakerZipf = new Zipf(cast.speakers.length, 0.8, 3);
  }

  private pw(): string {
    return this.vocabulary[this.zipf.sample(this.random)] as string;
  }

  private speaker(): { speaker: Speaker; mention: string } {
    const speaker = this.cast.speakers[this.speakerZipf.sample(this.random)] as Speaker;
    return { speaker, mention: this.random.pick(speaker.mentions) };
  }

  make(previousPerson: boolean): Sentence {
    const r = this.random;
    const pick = r.pick.bind(r);
    const pws: string[] = [];
    const pw = () => {
      const w = this.pw();
      pws.push(w);
      return w;
    };
    const place = pick(this.cast.places);
    const noun = pick(NOUNS);
    const num = () => (r.chance(0.15) ? 'dozens of' : String(r.between(2, 400)));
    const filler = () => {
      if (!r.chance(0.5)) return '';
      return pick([' along the %s road', ' in the %s sector', ' outside the %s district']).replace(
        '%s',
        pw(),
      );
    };
    const time = pick(TIMES);
    const { speaker, mention } = this.speaker();
    const isPerson = speaker.mentions.length === 4;
    const template = previousPerson && r.chance(0.25) ? 0 : r.between(1, 15);
    // An opening clause on many sentences: more words, as in real prose ("Despite the ... agreement, ...").
    const opener = template !== 0 && template !== 4 && r.chance(0.45) ? pick(OPENERS) : null;
    const done = (text: string, frame: Frame, person = false): Sentence => {
      let out = capitalize(text);
      if (opener) {
        const start = opener.replace(/%s/g, () => pw());
        out =
          start +
          (/^(?:The|A|An|At|Residents|Officials|Some) /.test(out)
            ? out.charAt(0).toLowerCase() + out.slice(1)
            : out);
      }
      return { text: out, pws, frame, person };
    };

    switch (template) {
      case 0: {
        const a = pw();
        return done(
          `He added that the ${a} ${noun} had been ${pick(VERBED)} and that ${num()} ${pick(VEHICLES)} were destroyed.`,
          { kind: 'event', pw: a, noun },
        );
      }
      case 1: {
        const a = pw();
        const strike = pick(STRIKES);
        return done(
          `${mention} said ${num()} ${pick(TROOPS)} were killed when ${article(strike)} hit the ${a} ${noun} near ${place.name} ${time}.`,
          { kind: 'toll', pw: a, noun, speaker, place },
          isPerson,
        );
      }
      case 2: {
        const a = pw();
        return done(
          `At least ${num()} ${pick(TROOPS)} died in the ${pick(STRIKES)} on the ${a} ${noun}${filler()} ${time}, according to ${mention}.`,
          { kind: 'toll', pw: a, noun, speaker },
          isPerson,
        );
      }
      case 3: {
        const a = pw();
        return done(
          `The ${a} ${noun} near ${place.name} was ${pick(VERBED)} ${time}, ${mention} said.`,
          { kind: 'said', pw: a, noun, speaker, place },
          isPerson,
        );
      }
      case 4: {
        const a = pw();
        const b = pw();
        return done(
          `"We will not accept the ${a} ${noun} while ${b} ${pick(TROOPS)} remain in ${place.name}," ${mention} told reporters.`,
          { kind: 'said', pw: a, noun, speaker, place },
          isPerson,
        );
      }
      case 5: {
        const a = pw();
        const militants = pick(MILITANTS);
        return done(
          `${mention} accused the ${a} ${militants} of attacking the ${pw()} ${noun} at ${place.name}.`,
          { kind: 'said', pw: a, noun: militants, speaker, place },
          isPerson,
        );
      }
      case 6: {
        const a = pw();
        const b = pw();
        return done(
          `${mention} denied that ${a} ${pick(TROOPS)} had ${pick(VERBED)} the ${b} ${noun}${filler()}.`,
          { kind: 'said', pw: b, noun, speaker },
          isPerson,
        );
      }
      case 7: {
        const a = pw();
        return done(
          `Residents of ${place.name} reported ${num()} ${pick(STRIKES_PLURAL)} on the ${a} ${noun} ${time}.`,
          { kind: 'event', pw: a, noun, place },
        );
      }
      case 8: {
        const a = pw();
        return done(
          `The ${a} talks on the ${pw()} ceasefire were suspended after the ${pick(STRIKES)} near ${place.name}.`,
          { kind: 'event', pw: a, noun: 'talks', place },
        );
      }
      case 9: {
        const a = pw();
        return done(
          `${mention} warned that the ${a} ${noun} in ${place.name} could collapse within days.`,
          { kind: 'said', pw: a, noun, speaker, place },
          isPerson,
        );
      }
      case 10: {
        const a = pw();
        return done(
          `Officials in ${place.name} said the ${pw()} ${a} had ${pick(VERBED)} the ${noun} with ${num()} ${pick(VEHICLES)}.`,
          { kind: 'event', pw: a, noun, place },
        );
      }
      case 11: {
        const a = pw();
        return done(
          `The ${pw()} brigade withdrew from the ${a} ${noun}${filler()} ${time}, according to ${mention}.`,
          { kind: 'said', pw: a, noun, speaker },
          isPerson,
        );
      }
      case 12: {
        const a = pw();
        return done(`${article(a)} ${noun} in ${place.name} was hit by ${num()} ${pick(MISSILES)} ${time}.`, {
          kind: 'event',
          pw: a,
          noun,
          place,
        });
      }
      case 13: {
        const a = pw();
        const strike = pick(STRIKES);
        return done(
          `${mention} called for an investigation into the ${a} ${strike} near ${place.name}${filler()}.`,
          { kind: 'event', pw: a, noun: strike, place },
        );
      }
      case 14: {
        const a = pw();
        return done(
          `The ${pw()} and ${a} ${pick(TROOPS)} ${pick(VERBED)} the ${noun} on the road to ${place.name}${filler()}.`,
          { kind: 'event', pw: a, noun: 'road', place },
        );
      }
      default: {
        const a = pw();
        return done(
          `Some ${num()} families fled the ${a} ${noun} after ${num()} ${pick(TROOPS)} were wounded ${time}.`,
          { kind: 'event', pw: a, noun },
        );
      }
    }
  }
}

// --- the corpus ---------------------------------------------------------------------------------

interface Written {
  id: string;
  paragraph: number;
  sentence: number;
  s: Sentence | null;
}

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
  const english = loadEnglishWords();
  const words = new WordMaker(new Random(seed, 1), english);
  for (const w of STORY_WORDS) words.reserve(w);
  const random = new Random(seed, 2);
  const cast = makeCast(n, random, words);
  const vocabulary = Array.from({ length: Math.round(4000 * Math.sqrt(n / 1000)) }, () => words.word());
  const maker = new SentenceMaker(new Random(seed, 3), vocabulary, cast);

  // Paragraphs of 1-5 sentences, a few section headings, the planted passage in the middle.
  const sectionCount = 3 + Math.floor(n / 10000);
  const sections = Array.from({ length: sectionCount }, (_, i) => {
    const place = cast.places[i % cast.places.length] as { name: string };
    const title = `${['Fighting spreads', 'Talks stall', 'Aid blocked', 'Accusations fly'][i % 4]} around ${place.name}`;
    return { id: slug(`${title}-${i + 1}`), title };
  });
  const headline = `Fighting Flares Near ${cast.places[0]?.name} As Truce Talks Stall`;
  const lines: string[] = [headline, 'March 3, 2024'];
  const written: Written[] = [{ id: 'p1.s1', paragraph: 1, sentence: 1, s: null }];
  const body = n - 1;
  const plantAt = Math.floor(body / 2);
  let planted: Written | undefined;
  let count = 0;
  let paragraph = 1;
  let nextSection = 0;
  while (count < body) {
    if (nextSection < sections.length && count >= ((nextSection + 1) * body) / (sections.length + 1)) {
      lines.push((sections[nextSection] as { title: string }).title);
      nextSection++;
    }
    paragraph++;
    const size = Math.min(random.between(1, 5), body - count);
    const texts: string[] = [];
    let person = false;
    for (let i = 0; i < size; i++) {
      const id = `p${paragraph}.s${i + 1}`;
      if (!planted && count >= plantAt) {
        planted = { id, paragraph, sentence: i + 1, s: null };
        written.push(planted);
        texts.push(PLANTED.text);
        person = false;
      } else {
        const s = maker.make(person);
        written.push({ id, paragraph, sentence: i + 1, s });
        texts.push(s.text);
        person = s.person;
      }
      count++;
    }
    lines.push(texts.join(' '));
  }
  lines.push('(Bench)');
  const articleText = `${lines.join('\n\n')}\n`;
  if (!planted) throw new Error('generator bug: the planted passage was not placed');

  const meta: ArticleMeta = ArticleMetaSchema.parse({
    file: 'article.txt',
    headline,
    publisher: 'Bench Wire',
    date: '2024-03-03',
    source: 'Bench Wire, 3 March 2024',
    dateline: 'March 3, 2024',
    credit: '(Bench)',
    leadSection: { id: 'lead', title: 'The latest fighting' },
    sections,
  });
  const entities = EntitiesFileSchema.parse(cast.entities);
  const synonymsText = readFileSync(join(PROJECT_KNOWLEDGE, KNOWLEDGE_FILES.synonyms), 'utf8');
  const synonyms = SynonymsFileSchema.parse(parseYaml(synonymsText) ?? []);

  // Postings of the pseudo-words, to know which passages a set of rare words points to.
  const postings = new Map<string, number[]>();
  written.forEach((w, i) => {
    for (const pw of new Set(w.s?.pws ?? [])) {
      const list = postings.get(pw);
      if (list) list.push(i);
      else postings.set(pw, [i]);
    }
  });
  const frequency = (pw: string) => postings.get(pw)?.length ?? 0;
  const sharing = (pws: readonly string[]) => {
    const lists = pws.map((w) => postings.get(w) ?? []).sort((a, b) => a.length - b.length);
    const [first, ...rest] = lists;
    const sets = rest.map((l) => new Set(l));
    return (first ?? []).filter((i) => sets.every((s) => s.has(i)));
  };

  const q = new Random(seed, 4);
  const candidates = q.shuffle(
    written
      .map((w, i) => ({ w, i }))
      .filter((x): x is { w: Written & { s: Sentence }; i: number } => !!x.w.s),
  );

  // A few curated attributions: sentences whose speaker the rules cannot know.
  const attributions: Attribution[] = candidates
    .filter(({ w }) => w.s.frame.kind === 'event' && w.s.text.startsWith('Officials in'))
    .slice(0, 3)
    .map(({ w }, k) => ({
      sentence: w.id,
      starts: w.s.text.split(' ').slice(0, 4).join(' '),
      speaker: k === 2 ? null : (cast.speakers[k]?.id ?? null),
      note: 'The rules cannot tell whose officials these are (curated for the benchmark).',
    }));
  AttributionsFileSchema.parse(attributions);

  const built = buildPassageIndex({ articleText, meta, entities, synonyms, attributions });
  if (built.problems.length > 0)
    throw new Error(`generator bug: ${built.problems.map((p) => p.message).join('; ')}`);
  if (built.passages.length !== n)
    throw new Error(`generator bug: ${built.passages.length} sentences in the article, not ${n}`);
  built.passages.forEach((p, i) => {
    const w = written[i];
    if (!w || w.id !== p.id || (w.s && w.s.text !== p.text) || (w === planted && p.text !== PLANTED.text))
      throw new Error(`generator bug: sentence ${i} is ${p.id} "${p.text}", expected ${w?.id}`);
  });

  // Curated Q&A, about one entry per 20 passages.
  const qa: QaEntry[] = [];
  const askedKeys = new Set<string>();
  const keyOf = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  /** A held-out paraphrase of each entry: a wording in no file. */
  const heldOut = new Map<string, string>();
  const wanted = Math.max(5, Math.round(n / 20));
  for (const { w } of candidates) {
    if (qa.length >= wanted) break;
    const { frame } = w.s;
    if (frequency(frame.pw) > 6) continue;
    const texts = curatedWordings(frame, q);
    if (texts.some((t) => askedKeys.has(keyOf(t.text)))) continue;
    const [main, ...rest] = texts;
    if (!main) continue;
    for (const t of texts) askedKeys.add(keyOf(t.text));
    const paragraphIds = written.filter((x) => x.paragraph === w.paragraph && x.sentence > w.sentence);
    const answer = [w.id, ...paragraphIds.slice(0, q.int(3)).map((x) => x.id)];
    const entry: QaEntry = {
      id: `q${qa.length + 1}-${frame.pw}`,
      question: main.text,
      paraphrases: rest.slice(0, q.between(2, 3)).map((t) => t.text),
      answer,
      ...(qa.length < 5 ? { topic: `the ${frame.pw} ${frame.noun}` } : {}),
    };
    qa.push(entry);
    heldOut.set(entry.id, heldOutParaphrase(frame, q));
  }
  const usedInQa = new Set(qa.flatMap((e) => e.answer));

  // Contested points: two death tolls from different speakers each.
  const tolls = candidates.filter(({ w }) => w.s.frame.kind === 'toll' && w.s.frame.speaker);
  const contested: Contested[] = [];
  for (let k = 0; k + 1 < tolls.length && contested.length < 2; k += 2) {
    const a = tolls[k]?.w as Written & { s: Sentence };
    const b = tolls.find(
      ({ w }, j) => j > k && w.s.frame.speaker?.id !== a.s.frame.speaker?.id && w.paragraph !== a.paragraph,
    )?.w;
    if (!b?.s || contested.some((c) => c.id === `toll-${a.s.frame.pw}`)) continue;
    const unique = built.passages.filter((p) => p.text.includes(a.s.text)).length === 1;
    contested.push({
      id: `toll-${a.s.frame.pw}`,
      topic: `How many were killed at the ${a.s.frame.pw} ${a.s.frame.noun}`,
      sides: [
        // One side quoted verbatim, as moderators often paste the sentence.
        { label: `According to ${a.s.frame.speaker?.mentions[0]}`, answer: [unique ? a.s.text : a.id] },
        { label: `According to ${b.s.frame.speaker?.mentions[0]}`, answer: [b.id] },
      ],
    });
  }
  const firstTwo = candidates.slice(0, 2).map(({ w }) => w.id);
  const facts: Fact[] = [
    { id: 'what', label: 'What happened', answer: firstTwo },
    { id: 'convoy', label: 'The convoy', answer: [planted.id] },
    ...contested.slice(0, 1).map((c) => ({
      id: 'toll',
      label: 'The death toll',
      answer: [c.sides[1]?.answer[0] as string],
      contested: c.id,
    })),
  ];
  const timeline: TimelineEvent[] = [
    { id: 'first', when: 'Earlier this week', label: 'The first strikes', answer: firstTwo.slice(0, 1) },
    { id: 'convoy', when: 'Saturday night', label: 'The convoy is intercepted', answer: [planted.id] },
  ];

  // --- the question set ---
  const typoRandom = new Random(seed, 5);
  const known = new Set([...vocabulary, ...STORY_WORDS, ...RESERVED]);
  const typo = (word: string) => misspell(word, typoRandom, english, known);
  const questions: BenchQuestion[] = [];
  const qaShuffled = q.shuffle(qa);
  const curatedCount = Math.min(40, qa.length);
  for (const entry of qaShuffled.slice(0, curatedCount))
    questions.push({ q: entry.question, kind: 'curated', expect: [...entry.answer] });
  for (const entry of q.shuffle(qa).slice(0, curatedCount))
    questions.push({
      q: heldOut.get(entry.id) ?? entry.question,
      kind: 'paraphrase',
      expect: [...entry.answer],
    });
  const offTopic = q.shuffle(OFF_TOPIC_QUESTIONS).slice(0, 30);
  const planted2: BenchQuestion[] = [
    { q: PLANTED.question, kind: 'planted', expect: [planted.id] },
    { q: PLANTED.keywords, kind: 'planted', expect: [planted.id] },
  ];
  const keywordCount = 35;
  const typoCount = 200 - questions.length - offTopic.length - planted2.length - keywordCount;
  const passageQuestions = candidates.filter(({ w }) => !usedInQa.has(w.id));
  let typos = 0;
  let keywords = 0;
  for (const { w } of passageQuestions) {
    if (typos >= typoCount && keywords >= keywordCount) break;
    const rare = [...new Set(w.s.pws)].sort((a, b) => frequency(a) - frequency(b)).slice(0, 2);
    const [r1, r2] = rare;
    if (!r1 || frequency(r1) > 3) continue;
    const expect = sharing(rare).map((i) => (written[i] as Written).id);
    if (expect.length === 0 || expect.length > 5) continue;
    const { frame } = w.s;
    const placeName = frame.place?.name.toLowerCase();
    if (typos < typoCount) {
      const twoTypos = q.chance(0.4) && r2 !== undefined;
      const t1 = typo(r1);
      const t2 = r2 === undefined ? '' : twoTypos ? typo(r2) : r2;
      const forms = [
        `what about the ${t1} ${frame.noun}${placeName ? ` near ${placeName}` : ''}`,
        `${t1} ${t2} ${frame.noun}?`.replace(/ +/g, ' '),
        `what happened with the ${t1} ${t2}`.trim(),
        `tell me about ${t1} ${frame.noun}${placeName ? ` in ${placeName}` : ''}`,
      ];
      questions.push({ q: q.pick(forms), kind: 'typo', expect });
      typos++;
    } else {
      const speaker = frame.speaker ? q.pick(frame.speaker.asked).replace(/^the /, '') : undefined;
      const forms = [
        `${r1} ${frame.noun}${placeName ? ` ${placeName}` : ''}`,
        `${r1} ${r2 ?? frame.noun}`,
        speaker ? `${speaker} ${r1}` : `${frame.noun} ${r1}`,
      ];
      questions.push({ q: q.pick(forms), kind: 'keyword', expect });
      keywords++;
    }
  }
  questions.push(
    ...planted2,
    ...offTopic.map((text) => ({ q: text, kind: 'off-topic' as const, expect: null })),
  );

  // Autocomplete: curated questions as typed, some with a slip.
  const prefixes: BenchPrefix[] = [];
  for (const entry of q.shuffle(qa).slice(0, 25)) {
    for (const length of [3, 8, 15, 25]) {
      let typed = entry.question.slice(0, length);
      const slip = length >= 8 && q.chance(0.25);
      if (slip) {
        const i = q.between(1, typed.length - 3);
        typed = typed.slice(0, i) + typed.charAt(i + 1) + typed.charAt(i) + typed.slice(i + 2);
      }
      prefixes.push({ typed, question: entry.question, typo: slip });
    }
  }

  // --- write the folder ---
  mkdirSync(dir, { recursive: true });
  const write = (file: string, content: string) => writeFileSync(join(dir, file), content);
  const header = (what: string) =>
    `# Generated by bench/generate.ts (seed ${seed}, ${n} passages): ${what}\n`;
  write(meta.file, articleText);
  write(KNOWLEDGE_FILES.meta, header('article metadata') + stringify(meta));
  write(KNOWLEDGE_FILES.entities, header('speakers and places') + stringify(cast.entities));
  write(KNOWLEDGE_FILES.synonyms, synonymsText);
  write(KNOWLEDGE_FILES.attributions, header('curated attributions') + stringify(attributions));
  write(KNOWLEDGE_FILES.qa, header('curated questions') + stringify(qa));
  write(KNOWLEDGE_FILES.contested, header('contested points') + stringify(contested));
  write(KNOWLEDGE_FILES.settings, readFileSync(join(PROJECT_KNOWLEDGE, KNOWLEDGE_FILES.settings), 'utf8'));
  write(KNOWLEDGE_FILES.facts, header('key facts') + stringify(facts));
  write(KNOWLEDGE_FILES.timeline, header('timeline') + stringify(timeline));
  const passagesFile: PassagesFile = {
    generatedBy: projectGeneratedBy(),
    article: meta.file,
    passages: built.passages,
  };
  write(KNOWLEDGE_FILES.passages, `${JSON.stringify(passagesFile, null, 2)}\n`);

  return {
    dir,
    seed,
    version: GENERATOR_VERSION,
    passages: n,
    paragraphs: paragraph,
    sections: sections.length,
    entities: cast.entities.length,
    qaEntries: qa.length,
    vocabulary: postings.size,
    questions,
    prefixes,
    planted: { id: planted.id, text: PLANTED.text, question: PLANTED.question },
  };
}

/** The `generatedBy` line of `npm run knowledge:build`, taken from the project's own passages.json. */
function projectGeneratedBy(): string {
  const file = JSON.parse(readFileSync(join(PROJECT_KNOWLEDGE, KNOWLEDGE_FILES.passages), 'utf8')) as {
    generatedBy: string;
  };
  return file.generatedBy;
}

// --- wordings -----------------------------------------------------------------------------------

/** The curated question first, then its paraphrases (as in qa.yaml). */
function curatedWordings(frame: Frame, random: Random): { text: string }[] {
  const { pw, noun } = frame;
  const at = `the ${pw} ${noun}`;
  const near = frame.place ? ` near ${frame.place.name}` : '';
  let texts: string[];
  if (frame.kind === 'toll')
    texts = [
      `How many soldiers were killed at ${at}?`,
      `What was the death toll at ${at}?`,
      `How many died in the strike on ${at}?`,
      `How many people were killed at ${at}${near}?`,
    ];
  else if (frame.kind === 'said' && frame.speaker) {
    const [a, b] = random.shuffle(frame.speaker.asked);
    texts = [
      `What did ${a} say about ${at}?`,
      `How did ${b} describe ${at}?`,
      `What was the statement of ${a} on ${at}?`,
      `${capitalize(b ?? '')}'s view of ${at}`,
    ];
  } else
    texts = [
      `What happened to ${at}${near}?`,
      `What became of ${at}?`,
      `Tell me about ${at}`,
      `Any news about ${at}?`,
    ];
  return texts.map((text) => ({ text }));
}

/** A wording that is in no file: how someone might ask the same curated question. */
function heldOutParaphrase(frame: Frame, random: Random): string {
  const { pw, noun } = frame;
  const place = frame.place?.name.toLowerCase();
  if (frame.kind === 'toll')
    return random.pick([
      `number of dead at the ${pw} ${noun}`,
      `${pw} ${noun} casualties`,
      `how many troops lost their lives at the ${pw} ${noun}`,
    ]);
  if (frame.kind === 'said' && frame.speaker) {
    const who = random.pick(frame.speaker.asked).toLowerCase();
    return random.pick([
      `${who} comments on ${pw} ${noun}`,
      `how did ${who} react to the ${pw} ${noun}`,
      `what was the reaction of ${who} to the ${pw} ${noun}`,
    ]);
  }
  return random.pick([
    `${pw} ${noun} what happened`,
    `whats going on at the ${pw} ${noun}`,
    `summary of the ${pw} ${noun}${place ? ` in ${place}` : ''}`,
  ]);
}

/** One slip: two letters swapped or one dropped, never the first letter; a non-word the corpus does not use. */
function misspell(word: string, random: Random, english: EnglishWords, known: ReadonlySet<string>): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    let out: string;
    if (random.chance(0.5)) {
      const i = random.between(1, word.length - 2);
      out = word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
    } else {
      const i = random.between(1, word.length - 1);
      out = word.slice(0, i) + word.slice(i + 1);
    }
    if (out !== word && out.length >= 4 && !english.has(out) && !known.has(out)) return out;
  }
  return word;
}

// --- the cache ------------------------------------------------------------------------------------

/**
 * What a cached corpus depends on: this generator, the files it copies and the code that builds
 * passages.json. The loader rejects a passages.json that its own rebuild would not produce, so a
 * change to the splitter or the attribution rules must regenerate the corpora.
 */
const CACHE_INPUTS = [
  'bench/generate.ts',
  'knowledge/synonyms.yaml',
  'knowledge/settings.yaml',
  'src/knowledge/build.ts',
  'src/knowledge/attribute.ts',
  'src/knowledge/split.ts',
  'src/text/lexicon.ts',
  'src/text/tokenize.ts',
  'src/knowledge/load.ts',
  'src/knowledge/schema.ts',
  'src/app/compiled.ts',
  // compiled.json carries the engine's analysis, tied to the engine's code.
  'src/engine/engine.ts',
  'src/engine/analyzer.ts',
];

function cacheKey(): string {
  const hash = createHash('sha256').update(String(GENERATOR_VERSION));
  for (const file of CACHE_INPUTS) {
    hash.update(`\0${file}\0`);
    try {
      hash.update(readFileSync(join(PROJECT_ROOT, file)));
    } catch {
      hash.update('(missing)');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Where generated corpora are kept between runs: os.tmpdir()/dez-bench/<seed>-<n>/. */
export const CACHE_ROOT = join(tmpdir(), 'dez-bench');

/**
 * The corpus for a seed and size, from the cache when a complete one of this generator version is
 * there, else generated into a temporary folder and moved into place (so two runs never see a
 * half-written folder).
 */
export function cachedKnowledge(options: { passages: number; seed?: number }): {
  corpus: GeneratedCorpus;
  cached: boolean;
  ms: number;
} {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const dir = join(CACHE_ROOT, `${seed}-${options.passages}`);
  const marker = join(dir, MARKER_FILE);
  const key = cacheKey();
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === key) {
    const corpus = JSON.parse(readFileSync(join(dir, CORPUS_FILE), 'utf8')) as GeneratedCorpus;
    return { corpus: { ...corpus, dir }, cached: true, ms: performance.now() - started };
  }
  const temporary = `${dir}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  const corpus = generateKnowledge(temporary, { passages: options.passages, seed });
  // As `npm run knowledge:build` does: the validated knowledge compiled for a fast start.
  const compiled = compileKnowledge(temporary);
  if (!compiled.ok) throw new Error(`generated knowledge is invalid: ${compiled.problems[0]?.message}`);
  writeFileSync(join(temporary, CORPUS_FILE), JSON.stringify({ ...corpus, dir }));
  writeFileSync(join(temporary, MARKER_FILE), `${key}\n`);
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(temporary, dir);
  } catch (error) {
    // Another run moved its copy in first: theirs is the same corpus.
    if (!existsSync(marker)) throw error;
    rmSync(temporary, { recursive: true, force: true });
  }
  return { corpus: { ...corpus, dir }, cached: false, ms: performance.now() - started };
}

/**
 * The systems the bench measures, each built in its own child process (bench/run.ts):
 *
 *   engine                 this project's engine, from compiled.json as `npm start` does
 *   minisearch, flexsearch, orama    each as its README's basic usage shows
 *   ...-tuned              the same with this project's stop words and the library's typo option
 *                          (MiniSearch fuzzy 0.2; FlexSearch forward tokenizer, LatinBalance
 *                          encoder and suggestions; Orama tolerance 1)
 *   fuse                   plain Fuse.js (keys ['text'], ignoreLocation), the scan they all beat
 *
 * Every library indexes the same documents: each passage (answering with itself) and each
 * curated wording (answering with its entry's first quote). A question's answer is the first
 * document found; it is "answered" when something is found (none of them can abstain). Their
 * autocomplete searches the curated wordings as typed and offers their entries' main questions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAllSentences } from './sentence-files.ts';

export type SystemName =
  | 'engine'
  | 'minisearch'
  | 'minisearch-tuned'
  | 'flexsearch'
  | 'flexsearch-tuned'
  | 'orama'
  | 'orama-tuned'
  | 'fuse';

export interface Measured {
  /** The first quote's sentence id, or null; answered: the system gave an answer. */
  answer(question: string): { first: string | null; answered: boolean };
  suggest(typed: string): string[];
}

export interface Built {
  measured: Measured;
  /** primeEngine() (the engine only): optimising the hot code before serving. */
  prime?: () => void;
  /** Builds the system again from the knowledge files alone (the engine: without compiled.json). */
  rebuildFromFiles?: () => void;
  /** Answers a conversation, each turn in the context of the ones before; the ms of each (the engine only). */
  converse?: (questions: readonly string[]) => number[];
  /** Answers of the exhaustive engine next to the served one's (the engine only). */
  exhaustive?: () => { answer(question: string): unknown; served(question: string): unknown };
}

export const SUGGESTIONS = 25;

interface Doc {
  id: number;
  text: string;
  /** The sentence id it answers with. */
  answer: string;
}

interface Wording {
  text: string;
  /** Its entry's main question. */
  question: string;
}

/** The documents every library indexes, read from the knowledge files (every sentence file, qa.yaml). */
async function readDocuments(dir: string): Promise<{ docs: Doc[]; wordings: Wording[] }> {
  const { parse } = await import('yaml');
  const passages = readAllSentences(dir);
  const byText = new Map(passages.map((p) => [p.text, p.id]));
  const docs: Doc[] = passages.map((p, id) => ({ id, text: p.text, answer: p.id }));
  const qa = (parse(readFileSync(join(dir, 'qa.yaml'), 'utf8')) ?? []) as {
    question: string;
    paraphrases?: string[];
    answer: string[];
  }[];
  const wordings: Wording[] = [];
  for (const entry of qa) {
    const first = entry.answer[0] ?? '';
    const answer = byText.get(first) ?? first;
    for (const text of [entry.question, ...(entry.paraphrases ?? [])]) {
      docs.push({ id: docs.length, text, answer });
      wordings.push({ text, question: entry.question });
    }
  }
  return { docs, wordings };
}

/** The first `limit` distinct main questions of the wordings found. */
function mainQuestions(wordings: readonly Wording[], found: Iterable<number>, limit = SUGGESTIONS): string[] {
  const out = new Set<string>();
  for (const i of found) {
    const w = wordings[i];
    if (w) out.add(w.question);
    if (out.size >= limit) break;
  }
  return [...out];
}

/**
 * A system's builder, its code loaded: what follows (reading the knowledge, building the index)
 * is what the bench times as its build.
 */
export async function systemBuilder(system: SystemName): Promise<(dir: string) => Promise<Built>> {
  // The libraries and the project's code are loaded here, so the build time is the build's own.
  await import('yaml');
  switch (system) {
    case 'engine':
      return engineBuilder();
    case 'minisearch':
    case 'minisearch-tuned':
      await import('minisearch');
      return (dir) => buildMiniSearch(dir, system === 'minisearch-tuned');
    case 'flexsearch':
    case 'flexsearch-tuned':
      await import('flexsearch');
      return (dir) => buildFlexSearch(dir, system === 'flexsearch-tuned');
    case 'orama':
    case 'orama-tuned':
      await import('@orama/orama');
      return (dir) => buildOrama(dir, system === 'orama-tuned');
    case 'fuse':
      await import('fuse.js');
      return (dir) => buildFuse(dir);
  }
}

/** The engine's modules, imported before the clock starts (their import is not the build). */
async function engineCode() {
  return {
    ...(await import('../src/app/load-engine.ts')),
    suggestQuestions: (await import('../src/engine/browse.ts')).suggestQuestions,
    loadKnowledge: (await import('../src/knowledge/load.ts')).loadKnowledge,
    Engine: (await import('../src/engine/engine.ts')).Engine,
    turnOf: (await import('../src/engine/conversation.ts')).turnOf,
    turnsKept: (await import('../src/app/conversations.ts')).TURNS_KEPT,
  };
}

async function engineBuilder(): Promise<(dir: string) => Promise<Built>> {
  const code = await engineCode();
  return async (dir) => buildEngine(dir, code);
}

async function buildEngine(dir: string, code: Awaited<ReturnType<typeof engineCode>>): Promise<Built> {
  const {
    loadEngine,
    primeEngine,
    readyEngine,
    loadServedKnowledge,
    suggestQuestions,
    loadKnowledge,
    Engine,
    turnOf,
    turnsKept,
  } = code;
  const engine = loadEngine(dir);
  return {
    measured: {
      answer(question) {
        const a = engine.answer(question);
        return { first: a.quotes[0]?.id ?? null, answered: a.answered };
      },
      suggest: (typed) => suggestQuestions(engine, typed, SUGGESTIONS),
    },
    prime: () => primeEngine(engine),
    // As the front ends keep a conversation: its last turns.
    converse(questions) {
      let turns: ReturnType<typeof turnOf>[] = [];
      return questions.map((q) => {
        const started = performance.now();
        const answer = engine.answer(q, turns);
        const elapsed = performance.now() - started;
        turns = [...turns, turnOf(answer)].slice(-turnsKept);
        return elapsed;
      });
    },
    rebuildFromFiles() {
      const loaded = loadKnowledge(dir);
      if (!loaded.ok) throw new Error(`${dir}: the knowledge does not load`);
      readyEngine(loaded.kb);
    },
    exhaustive() {
      const served = loadServedKnowledge(dir);
      if (!served.ok) throw new Error(`${dir}: the knowledge does not load`);
      const reference = new Engine(served.kb, { savedIndex: served.engineIndex, exhaustive: true });
      const withoutTime = ({ ms: _ms, ...rest }: { ms: number }) => rest;
      return {
        answer: (q) => withoutTime(reference.answer(q)),
        served: (q) => withoutTime(engine.answer(q)),
      };
    },
  };
}

async function stopWords(): Promise<ReadonlySet<string>> {
  return (await import('../src/text/lexicon.ts')).STOP_WORDS;
}

async function buildMiniSearch(dir: string, tuned: boolean): Promise<Built> {
  const { default: MiniSearch } = await import('minisearch');
  const { docs, wordings } = await readDocuments(dir);
  const stop = tuned ? await stopWords() : null;
  const options = {
    fields: ['text'],
    storeFields: ['answer'],
    ...(stop
      ? {
          processTerm: (term: string) => {
            const t = term.toLowerCase();
            return stop.has(t) ? null : t;
          },
          searchOptions: { fuzzy: 0.2 },
        }
      : {}),
  };
  const index = new MiniSearch<Doc>(options);
  index.addAll(docs);
  const typed = new MiniSearch<{ id: number; text: string }>(options);
  typed.addAll(wordings.map((w, id) => ({ id, text: w.text })));
  return {
    measured: {
      answer(question) {
        const hit = index.search(question)[0];
        return { first: (hit?.answer as string | undefined) ?? null, answered: !!hit };
      },
      suggest: (text) =>
        mainQuestions(
          wordings,
          typed.search(text, { prefix: true }).map((h) => h.id as number),
        ),
    },
  };
}

async function buildFlexSearch(dir: string, tuned: boolean): Promise<Built> {
  const { Index, Encoder, Charset } = await import('flexsearch');
  const { docs, wordings } = await readDocuments(dir);
  const stop = tuned ? await stopWords() : null;
  const make = (forward: boolean) =>
    stop
      ? new Index({
          tokenize: 'forward',
          encoder: new Encoder({ ...Charset.LatinBalance, filter: new Set(stop) }),
        })
      : forward
        ? new Index({ tokenize: 'forward' })
        : new Index();
  const index = make(false);
  for (const d of docs) index.add(d.id, d.text);
  // Autocomplete matches words as they are typed: the README's "forward" tokenizer.
  const typed = make(true);
  wordings.forEach((w, id) => {
    typed.add(id, w.text);
  });
  const options = stop ? { suggest: true } : {};
  return {
    measured: {
      answer(question) {
        const id = index.search(question, { limit: 1, ...options })[0];
        const doc = id === undefined ? undefined : docs[id as number];
        return { first: doc?.answer ?? null, answered: !!doc };
      },
      suggest: (text) =>
        mainQuestions(wordings, typed.search(text, { limit: SUGGESTIONS * 4, ...options }) as number[]),
    },
  };
}

async function buildOrama(dir: string, tuned: boolean): Promise<Built> {
  const { create, insertMultiple, search } = await import('@orama/orama');
  const { docs, wordings } = await readDocuments(dir);
  const stop = tuned ? await stopWords() : null;
  const config = {
    schema: { text: 'string' } as const,
    ...(stop ? { components: { tokenizer: { stopWords: [...stop] } } } : {}),
  };
  const index = create(config);
  await insertMultiple(
    index,
    docs.map((d) => ({ id: String(d.id), text: d.text })),
  );
  const typed = create(config);
  await insertMultiple(
    typed,
    wordings.map((w, id) => ({ id: String(id), text: w.text })),
  );
  const tolerance = stop ? { tolerance: 1 } : {};
  return {
    measured: {
      answer(question) {
        const result = search(index, { term: question, limit: 1, ...tolerance }) as {
          hits: { id: string }[];
        };
        const hit = result.hits[0];
        const doc = hit ? docs[Number(hit.id)] : undefined;
        return { first: doc?.answer ?? null, answered: !!doc };
      },
      suggest(text) {
        const result = search(typed, { term: text, limit: SUGGESTIONS * 4, ...tolerance }) as {
          hits: { id: string }[];
        };
        return mainQuestions(
          wordings,
          result.hits.map((h) => Number(h.id)),
        );
      },
    },
  };
}

async function buildFuse(dir: string): Promise<Built> {
  const { default: Fuse } = await import('fuse.js');
  const { docs, wordings } = await readDocuments(dir);
  const fuse = new Fuse(docs, { keys: ['text'], ignoreLocation: true });
  const typed = new Fuse(
    wordings.map((w, id) => ({ id, text: w.text })),
    { keys: ['text'] },
  );
  return {
    measured: {
      answer(question) {
        const hit = fuse.search(question, { limit: 1 })[0];
        return { first: hit?.item.answer ?? null, answered: !!hit };
      },
      suggest: (text) =>
        mainQuestions(
          wordings,
          typed.search(text, { limit: SUGGESTIONS * 4 }).map((h) => h.item.id),
        ),
    },
  };
}

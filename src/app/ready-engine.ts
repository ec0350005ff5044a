/**
 * An engine ready to serve, and the way the entry points open one: openEngine reads compiled.json
 * and loads the YAML parser, the schemas and the rest of the knowledge layer (load-engine.ts) only
 * when it cannot be used, so a start on a valid compiled.json imports none of them.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { prepareBrowsing, preparingBrowsing, primeBrowsing } from '../engine/browse.ts';
import { Engine, type EngineOptions } from '../engine/engine.ts';
import type { KnowledgeBase } from '../knowledge/model.ts';
import { formatProblem, type Problem } from '../knowledge/problems.ts';
import { markStep } from '../reload-marks.ts';
import { plural } from '../text/plural.ts';
import { readCompiled } from './read-compiled.ts';

export class KnowledgeError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: Problem[],
  ) {
    super(
      `The knowledge in ${dir} has ${plural(problems.length, 'problem')}:\n${problems
        .map((p) => `  - ${formatProblem(p)}`)
        .join('\n')}`,
    );
    this.name = 'KnowledgeError';
  }
}

export interface OpenOptions extends EngineOptions {
  /** Run it ready to serve (readyEngine) before returning it; default true. */
  ready?: boolean;
  /** And optimise its hot code (primeEngine); only with `ready`. */
  prime?: boolean;
}

/**
 * loadEngine (load-engine.ts) for an entry point: the same engine, from compiled.json when it
 * matches the files, else from the files read and validated (that code is imported only then).
 * With `ready: false` nothing is run ahead: the first answer pays only for what it uses, and
 * comes sooner than after a warm-up (ask, the terminal chat). Throws KnowledgeError for a broken
 * folder.
 */
export async function openEngine(dir: string, options: OpenOptions = {}): Promise<Engine> {
  const compiled = readCompiled(dir);
  if (!compiled) return (await import('./load-engine.ts')).loadEngine(dir, options);
  const { ready = true, prime, ...engineOptions } = options;
  const built = { ...engineOptions, savedIndex: compiled.engineIndex };
  if (!ready) return new Engine(compiled.kb, built);
  const engine = readyEngine(compiled.kb, built);
  return prime ? primeEngine(engine) : engine;
}

/**
 * Optimises the hot code before serving (see Engine.prime): answers, then autocomplete on
 * prefixes of the curated questions as they are typed. About 120 ms; front ends call it.
 */
export function primeEngine(engine: Engine): Engine {
  engine.prime();
  primeBrowsing(engine);
  return engine;
}

/**
 * An engine ready to serve: its indexes built, its code paths (answers, typo correction,
 * autocomplete) run once, so the first person to ask does not wait for any of it.
 */
export function readyEngine(kb: KnowledgeBase, options: EngineOptions = {}): Engine {
  const engine = new Engine(kb, options).warmUp();
  prepareBrowsing(engine);
  return engine;
}

/**
 * readyEngine in many turns of the event loop (the engine's build in steps, each answer of its
 * warm-up, autocomplete's index), each a few tens of milliseconds at most at 50,000 passages: a
 * reload on the thread that answers lets the questions waiting in between be answered.
 *
 * Built on the engine served until now (`options.previous`, a reload that changed no passage,
 * entity or synonym), it is not warmed up: the warm-up compiles the code of every path and builds
 * what an engine makes on first use (the typo index) before the first question, and the engine
 * served has done both (the same code, and the typo index carried from it, or built from it once
 * the new version is served: Engine.finishing); the little left to make on first use (the words
 * only met inside a name or phrase, a quote's text) costs the first question a few milliseconds
 * at 50,000 passages, less than the warm-up held back the new version (issue 15). `pause`: awaited between the steps (default turns()); a build that must
 * give way to other work (LiveKnowledge's warm-up) ends when it rejects.
 */
export async function readyEngineInTurns(
  kb: KnowledgeBase,
  options: EngineOptions = {},
  pause: () => Promise<void> | undefined = turns(),
): Promise<Engine> {
  const engine = await Engine.inTurns(kb, options, pause);
  markStep('answering: engine built');
  if (!engine.builtOnPrevious) for (const _ of engine.warmingUp()) await pause();
  for (const _ of preparingBrowsing(engine, options.previous)) await pause();
  markStep('answering: autocomplete built');
  return engine;
}

/**
 * How long the build of a reload runs before it lets the event loop turn (questions waiting are
 * answered then). The build pauses (yields) every few hundred microseconds of work; most pauses
 * go on at once, and one in so many milliseconds is a turn of the event loop: a question waits
 * about this long at most behind a reload, while the reload pays for few turns (issue 15).
 */
export const TURN_MS = 2;

/** A pause for a build in steps: a turn of the event loop once TURN_MS have passed since the last one. */
export function turns(turnMs = TURN_MS): () => Promise<void> | undefined {
  let since = performance.now();
  return () => {
    if (performance.now() - since < turnMs) return undefined;
    return nextTurn().then(() => {
      since = performance.now();
    });
  };
}

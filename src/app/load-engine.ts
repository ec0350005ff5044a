/** Loads a knowledge folder and builds the engine on it, or explains exactly what is wrong. */

import { prepareBrowsing, primeBrowsing } from '../engine/browse.ts';
import { Engine, type EngineOptions } from '../engine/engine.ts';
import { formatProblem, type KnowledgeBase, loadKnowledge, type Problem } from '../knowledge/load.ts';

export class KnowledgeError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: Problem[],
  ) {
    super(
      `The knowledge in ${dir} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems
        .map((p) => `  - ${formatProblem(p)}`)
        .join('\n')}`,
    );
    this.name = 'KnowledgeError';
  }
}

export function loadEngine(dir: string, options: EngineOptions & { prime?: boolean } = {}): Engine {
  const result = loadKnowledge(dir);
  if (!result.ok) throw new KnowledgeError(dir, result.problems);
  const engine = readyEngine(result.kb, options);
  return options.prime ? primeEngine(engine) : engine;
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

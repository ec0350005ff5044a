/** An engine over a made-up fixture (test/fixtures/NAME), and a conversation asked of it turn by turn. */
import { resolve } from 'node:path';
import type { Answer } from '../../src/engine/answer.ts';
import { type ConversationTurn, turnOf } from '../../src/engine/conversation.ts';
import { Engine, type EngineOptions } from '../../src/engine/engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

/** The engine over test/fixtures/`name`; a fixture that does not load throws its problems. */
export function fixtureEngine(name: string, options: EngineOptions = {}): Engine {
  const loaded = loadKnowledge(resolve(import.meta.dirname, '../fixtures', name));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  return new Engine(loaded.kb, options);
}

/** Every answer, each turn asked after the ones before, as a conversation. */
export function askInTurn(engine: Engine, ...turns: string[]): Answer[] {
  const before: ConversationTurn[] = [];
  return turns.map((turn) => {
    const answer = engine.answer(turn, before);
    before.push(turnOf(answer));
    return answer;
  });
}

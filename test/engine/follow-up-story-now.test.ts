/**
 * "is it still in their hands now" after IS's gains: in a conversation, "still ... now" of what
 * the turn before told (no person pointed at) asks whether it held on after the story's events,
 * and is answered as without "now" (follow-up-reading.ts storyNow); "is he still the envoy now"
 * asks of a person's present, the writer's, which the article cannot know. Asked of the
 * project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('"still ... now" in a follow-up', () => {
  it("of a thing the turn before told, is the story's present", () => {
    const [, still] = ask('did IS gain ground from the army', 'is it still in their hands now');
    expect(still?.answered).toBe(true);
    expect(still?.quotes[0]?.text).toContain('reclaimed most of the lost ground');
  });

  it("of a person, is the writer's present, and refused", () => {
    const [, still] = ask('who is vitaly churkin', 'is he still the envoy now');
    expect(still?.answered).toBe(false);
  });
});

/**
 * "what did the australians say to the families" -> "and about IS?": a name after "about" (not
 * "what about") that the question before did not name is what is asked about, in the place of the
 * old topic; whom the question before asked stays (follow-up-reading.ts carryReadings, newObject),
 * and no reading asks what the name itself said. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a name after "about" in a follow-up', () => {
  it('takes the place of the topic: what Australia said about IS, not its condolences again', () => {
    const [first, about] = ask('what did the australians say to the families', 'and about IS?');
    expect(first?.quotes[0]?.text).toContain('condolences');
    expect(about?.quotes[0]?.text).toContain('actively support Daesh');
  });

  it('is not whom the question turns to: not what the US itself said', () => {
    const [, about] = ask('what did russia say about the pilots', 'and about the US?');
    expect(about?.quotes[0]?.speaker?.label ?? '').toMatch(/Russia/);
  });
});

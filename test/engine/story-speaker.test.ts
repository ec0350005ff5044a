/**
 * A question alone asking what "they" said, after a story whose verb of saying has a named
 * subject (engine.ts storySpeaker): they are that subject, not every name of the story. Asked of
 * the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const lead = (q: string) => engine.answer(q).quotes[0]?.text ?? '';

describe('what they said, after a story of who says what', () => {
  it('reads "they" as the subject of the story\'s saying', () => {
    expect(
      lead("syria's army always says the US helps isis, it's propaganda. what did they say this time?"),
    ).toContain('conclusive evidence');
  });
  it('leaves a question that names its speaker as it is', () => {
    expect(lead("syria's army always says the US helps isis. what did russia say this time?")).not.toContain(
      'conclusive evidence',
    );
  });
});

/**
 * "go running to" someone is to appeal to them (knowledge/chat.yaml idioms), as a scornful chat
 * says it: "kremlin went running to the UN? for what" asks what Russia asked the UN for (on the
 * real article); "running" is no word the article lacks.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);
const asked = first(engine.answer('what did the kremlin request from the UN', []));

describe('"went running to"', () => {
  it('has an answer asked plainly', () => {
    expect(asked).not.toBeNull();
  });
  it.each(['kremlin went running to the UN? for what', 'so russia goes running to the council, why'])(
    '"%s" is answered as the request',
    (q) => {
      expect(first(engine.answer(q, []))).toBe(asked);
    },
  );
});

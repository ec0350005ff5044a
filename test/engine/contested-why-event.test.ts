/**
 * Asked why the point's own event happened to whom its sides name ("why did the planes strike
 * the syrian soldiers anyway"), though none of the quotes found is a side of it (the US military's
 * sortie against IS, Australia's part, Russia's complaint), every side of the reason point
 * (contested.yaml intent, `reason`) is quoted after the sentence that answers: the US's
 * "unintentional" and Russia's "criminal negligence" or Syria's army's "conclusive evidence".
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

const engine = loadEngine(fileURLToPath(new URL('../../knowledge', import.meta.url)));
const texts = (q: string) =>
  engine
    .answer(q)
    .quotes.map((x) => x.text)
    .join(' | ');

describe("why the reason point's event happened to whom its sides name", () => {
  it('quotes each side of whether it was a mistake', () => {
    const got = texts('why did the planes strike the syrian soldiers anyway');
    expect(got).toMatch(/unintentional/);
    expect(got).toMatch(/criminal negligence|conclusive evidence/);
  });

  it('not a why that names no one the sides name', () => {
    const got = texts('why did the strike stop after the call');
    expect(got).not.toMatch(/criminal negligence|conclusive evidence/);
  });
});

/**
 * Near-topic: the cause of a mistake taken as given (answer-type.ts errorCauseUntold). "why did
 * the pilots misidentify the troops" asks why the error was made, not whether it was meant: the
 * sides of whether it was meant (the US's "unintentional", Russia's "criminal negligence") give no
 * reason for it, nor does "apparently mistaking them for terrorists". A mistake asked as a noun or
 * a state ("was it a mistake", "why do they say it was unintentional") is still the sides'.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { turnOf } from '../../src/engine/conversation.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const refused = (q: string) => expect(engine.answer(q).quotes, q).toHaveLength(0);
const answered = (q: string) => expect(engine.answer(q).quotes.length, q).toBeGreaterThan(0);

describe('the cause of a mistake', () => {
  it('refuses why the mistake was made, the mistake the deed of the why', () => {
    refused('why did the pilots misidentify the troops, bad intel?');
    refused('why did the coalition confuse the soldiers with IS, bad intel or what');
    refused('why did the coalition mistake the syrian troops for IS');
  });
  it('refuses what went wrong', () => {
    refused('what went wrong with the targeting');
  });
  it('still answers whether it was meant, and why it was struck', () => {
    answered('why did the coalition hit the syrian troops, was it a mistake');
    answered('why do they say it was unintentional');
    answered('why does russia think it was deliberate');
    answered('was it a mistake');
    answered('why did the US bomb the syrian soldiers');
  });
});

describe('a cause guessed by its quality (decide.ts unknownThingAsked)', () => {
  it('refuses "was it bad intel" after the cause of the mistake was asked', () => {
    const first = engine.answer('why did the pilots mix up the troops');
    expect(first.quotes).toHaveLength(0);
    expect(engine.answer('was it bad intel or what', [turnOf(first)]).quotes).toHaveLength(0);
  });
});

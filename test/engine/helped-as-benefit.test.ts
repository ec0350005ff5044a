/**
 * Helping said of a thing that happened is who benefited (issue 11): "why does this help the
 * jihadists" asks what IS gained, not who supported whom; and anger in a why, toward no one said, is
 * a grievance ("why is moscow so angry": what Moscow decried, not Power's "expressed outrage").
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { angerAsGrievance, helpedAsBenefit } from '../../src/engine/analyzer.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const read = (q: string) =>
  helpedAsBenefit(tokenize(q))
    .map((t) => t.word)
    .join(' ');

describe('helpedAsBenefit', () => {
  it('reads helping of a word pointing back or of the strike as benefiting', () => {
    expect(read('why does this help the rebels')).toBe('why does this benefit the rebels');
    expect(read('did the raid really help them')).toBe('did the raid really benefit them');
    expect(read('how did it help the militia')).toBe('how did it benefit the militia');
  });

  it('leaves helping said of someone as it is', () => {
    expect(read('did the US help IS')).toBe('did the us help is');
    expect(read('who helped the pilots')).toBe('who helped the pilots');
    expect(read('can you help me')).toBe('can you help me');
  });

  it('answers a benefit asked of the strike with what IS did with it, on the article', () => {
    const engine = loadEngine(KNOWLEDGE_DIR);
    expect(engine.answer('did the bombing help daesh').quotes[0]?.text).toMatch(/used the airstrike/);
  });
});

describe('angerAsGrievance', () => {
  const readAnger = (q: string) =>
    angerAsGrievance(tokenize(q))
      .map((t) => t.word)
      .join(' ');

  it('reads anger in a why, toward no one said, as anger at someone', () => {
    expect(readAnger('why is moscow so angry')).toBe('why is moscow so angry at');
    expect(readAnger('why they upset lol')).toBe('why they upset at lol');
  });

  it('leaves anger said toward someone, and anger outside a why', () => {
    expect(readAnger('why is moscow angry with the US')).toBe('why is moscow angry with the us');
    expect(readAnger('is moscow angry')).toBe('is moscow angry');
  });

  it("answers a why of a speaker's anger with their grievance, on the article", () => {
    const engine = loadEngine(KNOWLEDGE_DIR);
    expect(engine.answer('why was moscow so furious').quotes[0]?.text).not.toMatch(/expressed outrage/);
  });
});

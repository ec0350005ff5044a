/**
 * The confidence model on hand-built feature vectors: a logistic function bounded by 0 and 1,
 * rising with the share of the question an answer covers, falling with the share of unknown
 * words, and on either side of the abstention threshold (settings.yaml's abstainBelow) where
 * the README says it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  CONFIDENCE_MODEL,
  type ConfidenceFeatures,
  calibratedConfidence,
} from '../../src/engine/confidence.ts';
import { SettingsSchema } from '../../src/knowledge/schema.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const NOTHING: ConfidenceFeatures = {
  raw: 0,
  coverage: 0,
  docCoverage: 0,
  unknownShare: 0,
  unknownNames: 0,
  relatedShare: 0,
  information: 0,
  curated: 0,
  agreement: 0,
  margin: 0,
  speakerMissing: 0,
  numberMissing: 0,
  quoteCoverage: 0,
  rarestMissing: 0,
  kindMissing: 0,
  verbatim: 0,
};

/** A sentence that covers every word of the question ("which boats ran aground"). */
const PASSAGE_COVERS_ALL: ConfidenceFeatures = {
  ...NOTHING,
  raw: 0.85,
  coverage: 1,
  docCoverage: 0.25,
  information: 1.7,
  quoteCoverage: 1,
};

/** A curated question asked word for word, its quote found by the passages too. */
const CURATED_VERBATIM: ConfidenceFeatures = {
  ...NOTHING,
  raw: 1,
  coverage: 1,
  docCoverage: 1,
  information: 1,
  curated: 1,
  agreement: 1,
  margin: 0.5,
  quoteCoverage: 1,
};

/** "What is the capital of France?": nothing known, one unknown name. */
const OFF_TOPIC: ConfidenceFeatures = { ...NOTHING, unknownShare: 1, unknownNames: 1 };

/** Half the question is a word the article never uses ("the capital of Russia"). */
const HALF_UNKNOWN: ConfidenceFeatures = {
  ...NOTHING,
  raw: 0.45,
  coverage: 0.5,
  docCoverage: 0.3,
  unknownShare: 0.5,
  quoteCoverage: 0.5,
  information: 1.5,
  curated: 1,
  margin: 0.1,
};

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('calibratedConfidence', () => {
  it.each([
    [0, 0.5],
    [Math.log(3), 0.75],
    [-Math.log(3), 0.25],
    [Math.log(99), 0.99],
  ])('is the logistic function of the weighted sum (z = %f -> %f)', (z, expected) => {
    // A model with a bias only, then with the same sum carried by one feature.
    const zero = Object.fromEntries(
      Object.keys(CONFIDENCE_MODEL).map((k) => [k, 0]),
    ) as typeof CONFIDENCE_MODEL;
    expect(calibratedConfidence(NOTHING, { ...zero, bias: z })).toBeCloseTo(expected, 12);
    expect(calibratedConfidence({ ...NOTHING, coverage: 1 }, { ...zero, coverage: z })).toBeCloseTo(
      expected,
      12,
    );
  });

  it('stays within 0..1 on any features, extreme ones included', () => {
    const next = random(11);
    const keys = Object.keys(NOTHING) as (keyof ConfidenceFeatures)[];
    for (let i = 0; i < 1000; i++) {
      const features = { ...NOTHING };
      for (const key of keys) features[key] = (next() - 0.5) * 40;
      const confidence = calibratedConfidence(features);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
    expect(calibratedConfidence({ ...NOTHING, information: 1e6 })).toBeLessThanOrEqual(1);
    expect(calibratedConfidence({ ...NOTHING, unknownShare: 1e6 })).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ['a sentence covering the whole question', PASSAGE_COVERS_ALL],
    ['a curated question asked verbatim', CURATED_VERBATIM],
    ['a question half about something else', HALF_UNKNOWN],
    ['nothing matched', NOTHING],
  ])('rises with the share of the question covered (%s)', (_label, features) => {
    const confidences = [0, 0.25, 0.5, 0.75, 1].map((coverage) =>
      calibratedConfidence({ ...features, coverage }),
    );
    for (let i = 1; i < confidences.length; i++)
      expect(confidences[i]).toBeGreaterThan(confidences[i - 1] as number);
  });

  it.each([
    ['a sentence covering the whole question', PASSAGE_COVERS_ALL],
    ['a curated question asked verbatim', CURATED_VERBATIM],
    ['nothing matched', NOTHING],
  ])('falls with the share of unknown words (%s)', (_label, features) => {
    const confidences = [0, 0.25, 0.5, 0.75, 1].map((unknownShare) =>
      calibratedConfidence({ ...features, unknownShare }),
    );
    for (let i = 1; i < confidences.length; i++)
      expect(confidences[i]).toBeLessThan(confidences[i - 1] as number);
  });

  it('falls with unknown names, a missing number or kind, related words; rises with the lead and a verbatim quote', () => {
    const base = calibratedConfidence(PASSAGE_COVERS_ALL);
    expect(calibratedConfidence({ ...PASSAGE_COVERS_ALL, unknownNames: 1 })).toBeLessThan(base);
    expect(calibratedConfidence({ ...PASSAGE_COVERS_ALL, numberMissing: 1 })).toBeLessThan(base);
    expect(calibratedConfidence({ ...PASSAGE_COVERS_ALL, kindMissing: 1 })).toBeLessThan(base);
    expect(calibratedConfidence({ ...PASSAGE_COVERS_ALL, relatedShare: 0.5 })).toBeLessThan(base);
    expect(calibratedConfidence({ ...PASSAGE_COVERS_ALL, verbatim: 1 })).toBeGreaterThan(base);
    expect(calibratedConfidence({ ...PASSAGE_COVERS_ALL, margin: 0.5 })).toBeGreaterThan(base);
  });
});

describe('the abstention threshold (knowledge/settings.yaml)', () => {
  const settings = SettingsSchema.parse(parse(readFileSync(join(KNOWLEDGE_DIR, 'settings.yaml'), 'utf8')));
  const threshold = settings.abstainBelow;

  it('is a probability between the answers and the abstentions', () => {
    expect(threshold).toBeGreaterThan(0.2);
    expect(threshold).toBeLessThan(0.8);
  });

  it.each([
    ['a curated question asked verbatim', CURATED_VERBATIM],
    ['a sentence covering every word of the question', PASSAGE_COVERS_ALL],
  ])('answers %s', (_label, features) => {
    expect(calibratedConfidence(features)).toBeGreaterThanOrEqual(threshold + 0.2);
  });

  it.each([
    ['an off-topic question (nothing known, an unknown name)', OFF_TOPIC],
    ['a question half about a word the article never uses', HALF_UNKNOWN],
    ['a question with nothing matched', NOTHING],
    ['a question with only unknown English words', { ...NOTHING, unknownShare: 1 }],
  ])('abstains on %s', (_label, features) => {
    expect(calibratedConfidence(features)).toBeLessThan(threshold - 0.2);
  });

  it('answers a sentence matching every known word when a quarter of the question is unknown', () => {
    expect(calibratedConfidence({ ...PASSAGE_COVERS_ALL, unknownShare: 0.25 })).toBeGreaterThan(
      threshold + 0.2,
    );
  });
});

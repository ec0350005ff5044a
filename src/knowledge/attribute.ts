/**
 * Rule-based attribution: who is the claim in a sentence attributed to?
 * Rules, in order:
 *   1. "according to X"                      -> X
 *   2. a speech verb ("said", "told", ...)  -> the nearest speaker named before it
 *   3. a pronoun before the speech verb, or
 *      a pronoun opening the sentence ("She also labeled ..."), or
 *      a quotation with no speech verb that follows a quoted speaker -> the previous sentence's speaker
 *   4. otherwise                             -> null: the reporter's narration
 * What the text alone cannot settle is curated in attributions.yaml, which always wins.
 */
import type { Lexicon } from '../text/lexicon.ts';
import { tokenize } from '../text/tokenize.ts';
import type { Entity } from './schema.ts';

/** Verbs that report speech: the name before one is its speaker. */
export const SPEECH_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'added',
  'announced',
  'accused',
  'labeled',
  'labelled',
  'urged',
  'slammed',
  'decried',
  'lamented',
  'claimed',
  'stated',
  'insisted',
  'warned',
  'denied',
  'confirmed',
  'reported',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const SPEAKER_KINDS = new Set<Entity['kind']>([
  'person',
  'government',
  'military',
  'group',
  'monitor',
  'alliance',
]);

export interface RuleAttribution {
  speaker: string | null;
  rule: 'according-to' | 'speech-verb' | 'pronoun' | 'none';
}

export function attributeSentence(
  text: string,
  previousSpeaker: string | null,
  lexicon: Lexicon,
  entities: ReadonlyMap<string, Entity>,
): RuleAttribution {
  const tokens = tokenize(text);
  const mentions = lexicon
    .match(tokens)
    .map((m) => ({ ...m, entity: m.terms[0]?.startsWith('e:') ? m.terms[0].slice(2) : null }))
    .filter((m): m is typeof m & { entity: string } => {
      const kind = m.entity ? entities.get(m.entity)?.kind : undefined;
      if (kind === 'person' && !tokens.slice(m.start, m.end).some((t) => /\p{Lu}/u.test(t.raw)))
        // A person is named with a capital: "without power" is not Samantha Power.
        return false;
      return kind !== undefined && SPEAKER_KINDS.has(kind);
    });

  const words = tokens.map((t) => t.word);
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] === 'according' && words[i + 1] === 'to') {
      const after = mentions.find((m) => m.start > i + 1);
      if (after) return { speaker: after.entity, rule: 'according-to' };
    }
  }

  const verb = words.findIndex((w) => SPEECH_VERBS.has(w));
  if (previousSpeaker && PRONOUNS.has(words[0] ?? '')) return { speaker: previousSpeaker, rule: 'pronoun' };
  if (previousSpeaker && verb < 0 && /^["\u201c]/.test(text.trim()))
    return { speaker: previousSpeaker, rule: 'pronoun' };
  if (verb >= 0) {
    if (verb > 0 && PRONOUNS.has(words[verb - 1] ?? '') && previousSpeaker) {
      return { speaker: previousSpeaker, rule: 'pronoun' };
    }
    const before = mentions.filter((m) => m.end <= verb);
    const nearest = before[before.length - 1];
    if (nearest) return { speaker: nearest.entity, rule: 'speech-verb' };
  }
  return { speaker: null, rule: 'none' };
}

/**
 * Sentence templates: news-like sentences (death tolls, statements, events) that put pseudo-words
 * beside story words, name a speaker or a place, and record what each sentence is about (its
 * frame), so questions can be asked of it.
 *
 * Shaped on the real article (see the bench's corpus statistics): sentences of 6 to 40 words
 * (about 23 on average, as the article's), many openings (a speaker, a place, a clause, a quote,
 * "However," ...), a place named in about a quarter of them and a speech verb in about half, and
 * a vocabulary of English story words besides the pseudo-words. Every sentence holds "the <pw>
 * <noun>", the phrase its curated questions ask about.
 */
import type { Cast, Speaker } from './cast.ts';
import { type Random, Zipf } from './random.ts';
import {
  ADJECTIVES,
  CLOSINGS,
  CONDEMNED,
  DESCRIPTIONS,
  MILITANTS,
  MISSILES,
  NOUNS,
  OPENERS,
  QUOTED,
  STRIKES,
  STRIKES_PLURAL,
  TIMES,
  TROOPS,
  VEHICLES,
  VERBED,
} from './story-words.ts';

export interface Frame {
  kind: 'toll' | 'said' | 'event';
  /** The pseudo-word and story noun that stand together in the sentence ("the vrelto depot"). */
  pw: string;
  noun: string;
  speaker?: Speaker;
  place?: { id: string; name: string };
}

export interface Sentence {
  text: string;
  pws: string[];
  frame: Frame;
  /** The sentence names a person who speaks (so the next one may say "He added ..."). */
  person: boolean;
  /** What a question made only of common words can ask of it ("Who called for an investigation?"). */
  lead?: Lead;
}

/** The facts a generated article's lead curated entries are about (curated.ts, leadEntries). */
export type Lead = 'toll' | 'investigation' | 'talks' | 'families' | 'evacuated' | 'condolences';

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

type Template = (c: Context) => { text: string; frame: Frame; person?: boolean; lead?: Lead };

interface Context {
  a: string;
  noun: string;
  pw(): string;
  num(): string;
  count(): number;
  troops: string;
  strike: string;
  verbed: string;
  mention: string;
  speaker: Speaker;
  other: string;
  isPerson: boolean;
  place: { id: string; name: string };
  /** " near X" (or in, outside...) in about a third of the sentences that may have it; else "". */
  where: string;
  whereFrame: { place?: { id: string; name: string } };
  /** " on Saturday" in about half; else "". */
  time: string;
  pick<T>(items: readonly T[]): T;
}

/** Whole-sentence templates, by what they are about. A few are short, a few long. */
const TOLLS: Template[] = [
  (c) => ({
    text: `${c.mention} said ${c.num()} ${c.troops} were killed when ${article(c.strike)} hit the ${c.a} ${c.noun}${c.where}${c.time}.`,
    frame: { kind: 'toll', pw: c.a, noun: c.noun, speaker: c.speaker, ...c.whereFrame },
    person: c.isPerson,
    lead: 'toll',
  }),
  (c) => ({
    text: `At least ${c.num()} ${c.troops} died in the ${c.strike} on the ${c.a} ${c.noun}${c.where}${c.time}, according to ${c.mention}.`,
    frame: { kind: 'toll', pw: c.a, noun: c.noun, speaker: c.speaker, ...c.whereFrame },
    person: c.isPerson,
  }),
  (c) => ({
    text: `The death toll from the ${c.strike} on the ${c.a} ${c.noun} rose to ${c.count()}${c.time}, ${c.mention} said, adding that ${c.count()} more were missing.`,
    frame: { kind: 'toll', pw: c.a, noun: c.noun, speaker: c.speaker },
    person: c.isPerson,
  }),
  (c) => ({
    text: `${capitalize(c.num())} ${c.troops} and ${c.count()} civilians were killed at the ${c.a} ${c.noun}.`,
    frame: { kind: 'toll', pw: c.a, noun: c.noun },
  }),
  (c) => ({
    text: `${c.mention} put the number of dead at the ${c.a} ${c.noun} at ${c.count()}, far higher than the figure given by ${c.other}.`,
    frame: { kind: 'toll', pw: c.a, noun: c.noun, speaker: c.speaker },
    person: c.isPerson,
  }),
  (c) => ({
    text: `"We lost ${c.count()} of our men at the ${c.a} ${c.noun}," ${c.mention} told reporters${c.time}.`,
    frame: { kind: 'toll', pw: c.a, noun: c.noun, speaker: c.speaker },
    person: c.isPerson,
  }),
];

const STATEMENTS: Template[] = [
  (c) => ({
    text: `While ${c.other} spoke to the press outside, ${c.mention} told the closed meeting that the ${c.a} ${c.noun} had been ${c.verbed} without warning and demanded an explanation.`,
    frame: { kind: 'said', pw: c.a, noun: c.noun, speaker: c.speaker },
    person: c.isPerson,
  }),
  (c) => ({
    text: `The ${c.a} ${c.noun}${c.where} was ${c.verbed}${c.time}, ${c.mention} said.`,
    frame: { kind: 'said', pw: c.a, noun: c.noun, speaker: c.speaker, ...c.whereFrame },
    person: c.isPerson,
  }),
  (c) => ({
    text: `"We will not accept the ${c.a} ${c.noun} while ${c.pw()} ${c.troops} remain in ${c.place.name}," ${c.mention} told reporters.`,
    frame: { kind: 'said', pw: c.a, noun: c.noun, speaker: c.speaker, place: c.place },
    person: c.isPerson,
  }),
  (c) => {
    const militants = c.pick(MILITANTS);
    return {
      text: `${c.mention} accused the ${c.a} ${militants} of attacking the ${c.pw()} ${c.noun}${c.where}.`,
      frame: { kind: 'said', pw: c.a, noun: militants, speaker: c.speaker, ...c.whereFrame },
      person: c.isPerson,
    };
  },
  (c) => ({
    text: `${c.mention} denied that ${c.pw()} ${c.troops} had ${c.verbed} the ${c.a} ${c.noun}.`,
    frame: { kind: 'said', pw: c.a, noun: c.noun, speaker: c.speaker },
    person: c.isPerson,
  }),
  (c) => ({
    text: `${c.mention} warned that the ${c.a} ${c.noun}${c.where} could fall within days unless the ${c.pw()} ceasefire was restored.`,
    frame: { kind: 'said', pw: c.a, noun: c.noun, speaker: c.speaker, ...c.whereFrame },
    person: c.isPerson,
  }),
  (c) => ({
    text: `In a statement, ${c.mention} described the ${c.strike} on the ${c.a} ${c.noun} as ${c.pick(DESCRIPTIONS)}.`,
    frame: { kind: 'said', pw: c.a, noun: c.noun, speaker: c.speaker },
    person: c.isPerson,
  }),
  (c) => ({
    text: `${c.mention} insisted that the ${c.a} ${c.noun} had never been used by ${c.pick(MILITANTS)} and called the ${c.strike} ${c.pick(CONDEMNED)} and unjustified.`,
    frame: { kind: 'said', pw: c.a, noun: c.noun, speaker: c.speaker },
    person: c.isPerson,
  }),
  (c) => ({
    text: `${c.mention} called the loss of the ${c.a} ${c.noun} "${c.pick(QUOTED)}."`,
    frame: { kind: 'said', pw: c.a, noun: c.noun, speaker: c.speaker },
    person: c.isPerson,
  }),
  (c) => ({
    text: `Asked about the ${c.a} ${c.noun}, ${c.mention} declined to comment.`,
    frame: { kind: 'said', pw: c.a, noun: c.noun, speaker: c.speaker },
    person: c.isPerson,
  }),
  (c) => ({
    text: `The ${c.pw()} brigade withdrew from the ${c.a} ${c.noun}${c.time}, according to ${c.mention}.`,
    frame: { kind: 'said', pw: c.a, noun: c.noun, speaker: c.speaker },
    person: c.isPerson,
  }),
  (c) => ({
    text: `${c.mention} said the ${c.strike} on the ${c.a} ${c.noun} had been a mistake and offered condolences to the families of those killed.`,
    frame: { kind: 'said', pw: c.a, noun: c.noun, speaker: c.speaker },
    person: c.isPerson,
    lead: 'condolences',
  }),
  (c) => ({
    text: `${c.mention} blamed ${c.other} for the ${c.strike} on the ${c.a} ${c.noun}, saying it had been planned for weeks.`,
    frame: { kind: 'said', pw: c.a, noun: c.noun, speaker: c.speaker },
    person: c.isPerson,
  }),
  (c) => ({
    text: `A spokesman for ${c.mention} confirmed that the ${c.a} ${c.noun} had been evacuated${c.time}.`,
    frame: { kind: 'said', pw: c.a, noun: c.noun, speaker: c.speaker },
    lead: 'evacuated',
  }),
  (c) => ({
    text: `${c.mention} told the ${c.pw()} council that the ${c.a} ${c.noun} would be rebuilt, but gave no date.`,
    frame: { kind: 'said', pw: c.a, noun: c.noun, speaker: c.speaker },
    person: c.isPerson,
  }),
];

const EVENTS: Template[] = [
  (c) => ({
    text: `Hours after the ${c.strike} on the ${c.a} ${c.noun}, ${c.num()} ${c.troops} were still unaccounted for and rescue teams said they had run out of fuel for their generators.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun },
  }),
  (c) => ({
    text: `The ${c.a} ${c.noun} had been ${c.verbed} by ${c.pw()} ${c.troops} in the spring, and its loss cut the main supply line between the ${c.pw()} valley and the coast.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun },
  }),
  (c) => ({
    text: `Residents of ${c.place.name} reported ${c.num()} ${c.pick(STRIKES_PLURAL)} on the ${c.a} ${c.noun}${c.time}.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun, place: c.place },
  }),
  (c) => ({
    text: `The ${c.a} talks on the ${c.pw()} ceasefire were suspended after the ${c.strike}${c.where}.`,
    frame: { kind: 'event', pw: c.a, noun: 'talks', ...c.whereFrame },
    lead: 'talks',
  }),
  (c) => ({
    text: `Officials said ${c.pw()} units had ${c.verbed} the ${c.a} ${c.noun} with ${c.num()} ${c.pick(VEHICLES)}.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun },
  }),
  (c) => ({
    text: `${capitalize(article(c.a))} ${c.noun}${c.where} was hit by ${c.num()} ${c.pick(MISSILES)}${c.time}.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun, ...c.whereFrame },
  }),
  (c) => ({
    text: `${c.mention} called for an investigation into the ${c.a} ${c.strike}${c.where}.`,
    frame: { kind: 'event', pw: c.a, noun: c.strike, ...c.whereFrame },
    lead: 'investigation',
  }),
  (c) => ({
    text: `${capitalize(c.pw())} ${c.troops} ${c.verbed} the ${c.a} ${c.noun} on the road to ${c.place.name}.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun, place: c.place },
  }),
  (c) => ({
    text: `Some ${c.num()} families fled the ${c.a} ${c.noun} after ${c.num()} ${c.troops} were wounded${c.time}.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun },
    lead: 'families',
  }),
  (c) => ({
    text: `Fighting resumed around the ${c.a} ${c.noun}${c.time}.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun },
  }),
  (c) => ({
    text: `The ${c.a} ${c.noun} lay in ruins.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun },
  }),
  (c) => ({
    text: `Satellite images showed heavy damage to the ${c.a} ${c.noun}${c.where}, including ${c.count()} burned ${c.pick(VEHICLES)}.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun, ...c.whereFrame },
  }),
  (c) => ({
    text: `Aid convoys bound for the ${c.a} ${c.noun} were turned back at a ${c.pw()} checkpoint, leaving ${c.count()} families without food, water or medicine for a second week.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun },
  }),
  (c) => ({
    text: `With the ${c.pw()} front quiet, engineers began repairing the ${c.a} ${c.noun}, which had been ${c.verbed} twice since the start of the offensive.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun },
  }),
  (c) => ({
    text: `The ${c.a} ${c.noun}, once a ${c.pick(ADJECTIVES)} hub for ${c.pw()} traders, has changed hands ${c.count()} times since the war began.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun },
  }),
  (c) => ({
    text: `Witnesses said ${article(c.strike)} struck the ${c.a} ${c.noun} shortly before midnight, wounding ${c.num()} people.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun },
  }),
  (c) => ({
    text: `Reporters who reached the ${c.a} ${c.noun}${c.time} saw burned-out ${c.pick(VEHICLES)} and deep craters in the road.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun },
  }),
  (c) => ({
    text: `It was the ${c.pick(['second', 'third', 'fourth', 'heaviest', 'deadliest'])} ${c.strike} on the ${c.a} ${c.noun} this month.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun },
  }),
  (c) => ({
    text: `Across ${c.place.name}, ${c.pw()} volunteers dug through the rubble of the ${c.a} ${c.noun} while ${c.pick(MISSILES)} fell on nearby villages.`,
    frame: { kind: 'event', pw: c.a, noun: c.noun, place: c.place },
  }),
];

const TEMPLATES: readonly Template[] = [...TOLLS, ...STATEMENTS, ...EVENTS];

export class SentenceMaker {
  private readonly zipf: Zipf;
  private readonly speakerZipf: Zipf;
  constructor(
    private readonly random: Random,
    private readonly vocabulary: readonly string[],
    private readonly cast: Cast,
  ) {
    this.zipf = new Zipf(vocabulary.length);
    this.speakerZipf = new Zipf(cast.speakers.length, 0.8, 3);
  }

  private pw(): string {
    return this.vocabulary[this.zipf.sample(this.random)] as string;
  }

  private speaker(): { speaker: Speaker; mention: string } {
    const speaker = this.cast.speakers[this.speakerZipf.sample(this.random)] as Speaker;
    return { speaker, mention: this.random.pick(speaker.mentions) };
  }

  make(previousPerson: boolean): Sentence {
    const r = this.random;
    const pick = <T>(items: readonly T[]) => r.pick(items);
    const pws: string[] = [];
    const pw = () => {
      const w = this.pw();
      pws.push(w);
      return w;
    };
    const place = pick(this.cast.places);
    const { speaker, mention } = this.speaker();
    const other = this.speaker().mention;
    const nearby = r.chance(0.3);
    const where = nearby ? pick([' near ', ' in ', ' outside ', ' on the outskirts of ']) + place.name : '';
    const time = r.chance(0.5) ? ` ${pick(TIMES)}` : '';
    const a = pw();
    const context: Context = {
      a,
      noun: pick(NOUNS),
      pw,
      num: () =>
        r.chance(0.15)
          ? pick(['dozens of', 'several', 'scores of'])
          : `${pick(['', '', 'at least ', 'more than ', 'nearly '])}${r.between(2, 400)}`,
      count: () => r.between(2, 400),
      troops: pick(TROOPS),
      strike: pick(STRIKES),
      verbed: pick(VERBED),
      mention,
      speaker,
      other,
      isPerson: speaker.mentions.length === 4,
      place,
      where,
      whereFrame: nearby ? { place } : {},
      time,
      pick,
    };
    if (previousPerson && r.chance(0.25)) {
      const text = `He added that the ${a} ${context.noun} had been ${context.verbed} and that ${context.num()} ${pick(VEHICLES)} were destroyed.`;
      return { text, pws, frame: { kind: 'event', pw: a, noun: context.noun }, person: false };
    }
    const made = pick(TEMPLATES)(context);
    let text = capitalize(made.text);
    // An opening clause on some sentences, a closing one on others: as in real prose, lengths vary.
    if (!text.startsWith('"') && r.chance(0.5)) {
      const opener = pick(OPENERS).replace(/%s/g, () => pw());
      const lower =
        /^(?:The|A|An|At|Residents|Officials|Some|It|Fighting|Satellite|Aid|Reporters|Witnesses|Across|With|In|Asked) /;
      text = opener + (lower.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
    }
    if (text.endsWith('.') && !text.endsWith('."') && r.chance(0.45))
      text = `${text.slice(0, -1)}, ${pick(CLOSINGS).replace(/%s/g, () => pw())}.`;
    return {
      text,
      pws,
      frame: made.frame,
      person: made.person ?? false,
      ...(made.lead ? { lead: made.lead } : {}),
    };
  }
}

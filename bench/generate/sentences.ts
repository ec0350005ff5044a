/**
 * Sentence templates: news-like sentences (death tolls, statements, events) that put pseudo-words
 * beside story words, name a speaker or a place, and record what each sentence is about (its
 * frame), so questions can be asked of it.
 */
import type { Cast, Speaker } from './cast.ts';
import { type Random, Zipf } from './random.ts';
import {
  MILITANTS,
  MISSILES,
  NOUNS,
  OPENERS,
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
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

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
    const pick = r.pick.bind(r);
    const pws: string[] = [];
    const pw = () => {
      const w = this.pw();
      pws.push(w);
      return w;
    };
    const place = pick(this.cast.places);
    const noun = pick(NOUNS);
    const num = () => (r.chance(0.15) ? 'dozens of' : String(r.between(2, 400)));
    const filler = () => {
      if (!r.chance(0.5)) return '';
      return pick([' along the %s road', ' in the %s sector', ' outside the %s district']).replace(
        '%s',
        pw(),
      );
    };
    const time = pick(TIMES);
    const { speaker, mention } = this.speaker();
    const isPerson = speaker.mentions.length === 4;
    const template = previousPerson && r.chance(0.25) ? 0 : r.between(1, 15);
    // An opening clause on many sentences: more words, as in real prose ("Despite the ... agreement, ...").
    const opener = template !== 0 && template !== 4 && r.chance(0.45) ? pick(OPENERS) : null;
    const done = (text: string, frame: Frame, person = false): Sentence => {
      let out = capitalize(text);
      if (opener) {
        const start = opener.replace(/%s/g, () => pw());
        out =
          start +
          (/^(?:The|A|An|At|Residents|Officials|Some) /.test(out)
            ? out.charAt(0).toLowerCase() + out.slice(1)
            : out);
      }
      return { text: out, pws, frame, person };
    };

    switch (template) {
      case 0: {
        const a = pw();
        return done(
          `He added that the ${a} ${noun} had been ${pick(VERBED)} and that ${num()} ${pick(VEHICLES)} were destroyed.`,
          { kind: 'event', pw: a, noun },
        );
      }
      case 1: {
        const a = pw();
        const strike = pick(STRIKES);
        return done(
          `${mention} said ${num()} ${pick(TROOPS)} were killed when ${article(strike)} hit the ${a} ${noun} near ${place.name} ${time}.`,
          { kind: 'toll', pw: a, noun, speaker, place },
          isPerson,
        );
      }
      case 2: {
        const a = pw();
        return done(
          `At least ${num()} ${pick(TROOPS)} died in the ${pick(STRIKES)} on the ${a} ${noun}${filler()} ${time}, according to ${mention}.`,
          { kind: 'toll', pw: a, noun, speaker },
          isPerson,
        );
      }
      case 3: {
        const a = pw();
        return done(
          `The ${a} ${noun} near ${place.name} was ${pick(VERBED)} ${time}, ${mention} said.`,
          { kind: 'said', pw: a, noun, speaker, place },
          isPerson,
        );
      }
      case 4: {
        const a = pw();
        const b = pw();
        return done(
          `"We will not accept the ${a} ${noun} while ${b} ${pick(TROOPS)} remain in ${place.name}," ${mention} told reporters.`,
          { kind: 'said', pw: a, noun, speaker, place },
          isPerson,
        );
      }
      case 5: {
        const a = pw();
        const militants = pick(MILITANTS);
        return done(
          `${mention} accused the ${a} ${militants} of attacking the ${pw()} ${noun} at ${place.name}.`,
          { kind: 'said', pw: a, noun: militants, speaker, place },
          isPerson,
        );
      }
      case 6: {
        const a = pw();
        const b = pw();
        return done(
          `${mention} denied that ${a} ${pick(TROOPS)} had ${pick(VERBED)} the ${b} ${noun}${filler()}.`,
          { kind: 'said', pw: b, noun, speaker },
          isPerson,
        );
      }
      case 7: {
        const a = pw();
        return done(
          `Residents of ${place.name} reported ${num()} ${pick(STRIKES_PLURAL)} on the ${a} ${noun} ${time}.`,
          { kind: 'event', pw: a, noun, place },
        );
      }
      case 8: {
        const a = pw();
        return done(
          `The ${a} talks on the ${pw()} ceasefire were suspended after the ${pick(STRIKES)} near ${place.name}.`,
          { kind: 'event', pw: a, noun: 'talks', place },
        );
      }
      case 9: {
        const a = pw();
        return done(
          `${mention} warned that the ${a} ${noun} in ${place.name} could collapse within days.`,
          { kind: 'said', pw: a, noun, speaker, place },
          isPerson,
        );
      }
      case 10: {
        const a = pw();
        return done(
          `Officials in ${place.name} said the ${pw()} ${a} had ${pick(VERBED)} the ${noun} with ${num()} ${pick(VEHICLES)}.`,
          { kind: 'event', pw: a, noun, place },
        );
      }
      case 11: {
        const a = pw();
        return done(
          `The ${pw()} brigade withdrew from the ${a} ${noun}${filler()} ${time}, according to ${mention}.`,
          { kind: 'said', pw: a, noun, speaker },
          isPerson,
        );
      }
      case 12: {
        const a = pw();
        return done(`${article(a)} ${noun} in ${place.name} was hit by ${num()} ${pick(MISSILES)} ${time}.`, {
          kind: 'event',
          pw: a,
          noun,
          place,
        });
      }
      case 13: {
        const a = pw();
        const strike = pick(STRIKES);
        return done(
          `${mention} called for an investigation into the ${a} ${strike} near ${place.name}${filler()}.`,
          { kind: 'event', pw: a, noun: strike, place },
        );
      }
      case 14: {
        const a = pw();
        return done(
          `The ${pw()} and ${a} ${pick(TROOPS)} ${pick(VERBED)} the ${noun} on the road to ${place.name}${filler()}.`,
          { kind: 'event', pw: a, noun: 'road', place },
        );
      }
      default: {
        const a = pw();
        return done(
          `Some ${num()} families fled the ${a} ${noun} after ${num()} ${pick(TROOPS)} were wounded ${time}.`,
          { kind: 'event', pw: a, noun },
        );
      }
    }
  }
}

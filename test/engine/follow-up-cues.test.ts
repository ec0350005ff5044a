/** Reading the cues of a message that leans on the conversation before it (follow-up-cues.ts). */
import { describe, expect, it } from 'vitest';
import {
  asksSomeoneElse,
  cueTokens,
  cueWordsOf,
  isCueWord,
  readCues,
  startsAfresh,
} from '../../src/engine/follow-up-cues.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const CW = cueWordsOf(DEFAULT_CHAT);

const cues = (text: string) => readCues(CW, tokenize(text));

describe('readCues', () => {
  it.each([
    ['unrelated, but who called the meeting', 'switchTopic'],
    ['btw how long did it last', 'switchTopic'],
    ['new question: who is churkin', 'switchTopic'],
    ['sorry wrong channel', 'switchTopic'],
    ['ok switching topics, did IS take ground', 'switchTopic'],
    ['ok other thing, when was it', 'switchTopic'],
    ['no, I meant the pentagon', 'correction'],
    ['oops, the airstrike i mean', 'correction'],
    ['what about australia?', 'whatAbout'],
    ["how's that different from churkin", 'whatAbout'],
    ['how does that stack up against the russian figure', 'whatAbout'],
    ['and about the US explanation?', 'whatAbout'],
    // The engine passes the question the chat reader read, without its "and".
    ['about the US explanation?', 'whatAbout'],
    ['and the observatory?', 'continuation'],
    ['ok and what did he add', 'continuation'],
    ['mortars too?', 'trailing'],
    // The engine passes "and other things?" without its "and": more of the same.
    ['other things?', 'trailing'],
    ['any more stuff?', 'trailing'],
    ['but whyyy', 'why'],
    ['how come', 'why'],
    ['what was the reason', 'why'],
    ['for what reason?', 'why'],
    ['for what purpose?', 'why'],
    ['on what grounds', 'why'],
    ["what's that based on", 'why'],
    ['what was her reasoning', 'why'],
    ["what's got him so rattled", 'why'],
    ['what made them do that', 'why'],
    ['what triggered that', 'why'],
    ['what sparked it', 'why'],
    ['what provoked this', 'why'],
    ['where are they getting that from', 'why'],
    ['what did she say after that', 'after'],
    ['and what did he say after walking out', 'after'],
    ['what did it say next', 'after'],
    ['then what did damascus say', 'after'],
    ['go on', 'after'],
    ['the pentagon?', 'fragment'],
    ['according to russia i mean', 'fragment'],
  ] as const)('%s -> %s', (text, cue) => {
    expect(cues(text)[cue]).toBe(true);
  });

  it.each([
    [
      'how many soldiers died',
      ['switchTopic', 'correction', 'whatAbout', 'continuation', 'why', 'after', 'fragment'],
    ],
    ['what did he do after the meeting ended', ['after']],
    ['did the raid happen next to the city', ['after']],
    ['what will they do next week', ['after']],
    ['how long did it go on', ['after']],
    ['is there a death toll', ['fragment']],
  ] as const)('%s is none of %j', (text, none) => {
    const read = cues(text);
    for (const cue of none) expect(read[cue]).toBe(false);
  });

  it('reads "anything else" with whom it asks about as "what else", not a bare one', () => {
    expect(cues('anything else she threw at them?').after).toBe(true);
    expect(cues('anything else she threw at them?').afterPhrase).toBe('anything else');
    expect(cues('anything else?').after).toBe(false);
  });

  it('reads "other thing" opening a message, past "one", as a new subject, not after "the"', () => {
    expect(cues('one other thing: who called the meeting').switchTopic).toBe(true);
    expect(cues('and the other thing she said?').switchTopic).toBe(false);
  });

  it('tells a question of its own from "why" and nothing else', () => {
    expect(cues('why did she say that').whyOnly).toBe(true);
    expect(cues('but whyy').whyOnly).toBe(true);
    expect(cues('why through russia though?').whyOnly).toBe(false);
    expect(cues('what was the reason').whyOnly).toBe(true);
    expect(cues('what was the reason for the strike').whyOnly).toBe(false);
    expect(cues('where does that come from').whyOnly).toBe(true);
    expect(cues('where did the jets come from').why).toBe(false);
    // How they feel is no topic of its own: the reason asked for is the turn before's.
    expect(cues('why are they so annoyed about that').whyOnly).toBe(true);
    expect(cues('why are they so annoyed about the investigation').whyOnly).toBe(false);
    // Unhappy with whom, mad at whom: still the feeling, not a topic.
    expect(cues('why were they unhappy with it').whyOnly).toBe(true);
    expect(cues('why is she so mad at them').whyOnly).toBe(true);
    expect(cues('why were they unhappy with the explanation').whyOnly).toBe(false);
    // A purpose is a reason; wanting or caring about what was told asks nothing new.
    expect(cues('for what purpose?').whyOnly).toBe(true);
    expect(cues('why do they want that?').whyOnly).toBe(true);
    expect(cues('why does that matter to them').whyOnly).toBe(true);
    expect(cues('why do they want an investigation').whyOnly).toBe(false);
  });

  it('finds pronouns with their kind, gender and whether they own something', () => {
    expect(cues('what did she call its military').pronouns).toEqual([
      { word: 'she', index: 2, kind: 'person', gender: 'f', possessive: false },
      { word: 'its', index: 4, kind: 'thing', possessive: true },
    ]);
    expect(cues('what do they say').pronouns.map((p) => p.kind)).toEqual(['group']);
    expect(cues('why did they go there').pronouns.map((p) => [p.word, p.kind])).toEqual([
      ['they', 'group'],
      ['there', 'place'],
    ]);
    // "that" as a pronoun, not as "that the".
    expect(cues('when did that happen').pronouns.map((p) => p.word)).toEqual(['that']);
    expect(cues('did he say that the strike was a mistake').pronouns.map((p) => p.word)).toEqual(['he']);
    // Before an article, "those", "these", "this" stand for a thing; "that" may be a conjunction.
    expect(cues('were those the only things hit').pronouns.map((p) => p.word)).toEqual(['those']);
    expect(cues('is this a first').pronouns.map((p) => p.word)).toEqual(['this']);
    expect(cues('were those tanks destroyed').pronouns).toEqual([]);
    expect(cues('is there a toll').pronouns).toEqual([]);
  });

  it('sees "anyone else", "who else" as asking for someone other than the turn before was about', () => {
    expect(cues('does anyone else see it differently?').someoneElse).toBe(true);
    expect(cues('who else sent condolences').someoneElse).toBe(true);
    expect(cues('what else did they say').someoneElse).toBe(false);
    expect(asksSomeoneElse(tokenize('condolences from anybody else?'))).toBe(true);
  });

  it('sees a change of subject in any words of the message (the reader may drop them)', () => {
    expect(startsAfresh(CW, tokenize('totally different thing, who told reuters'))).toBe(true);
    expect(startsAfresh(CW, tokenize('what else did they say'))).toBe(false);
  });

  it('sees "other thing" as a change of subject only where it opens the message', () => {
    expect(startsAfresh(CW, tokenize('ok other thing, who told reuters'))).toBe(true);
    expect(startsAfresh(CW, tokenize('other q, when was the meeting'))).toBe(true);
    expect(startsAfresh(CW, tokenize('and the other thing they lost?'))).toBe(false);
  });

  it('takes "the session itself" as emphasis and "forget him" as dropping him, not as pointing back', () => {
    expect(cues('what about the session itself').pronouns).toEqual([]);
    expect(cues('was the raid itself legal').pronouns).toEqual([]);
    expect(cues('did he hurt himself').pronouns.map((p) => p.word)).toEqual(['he', 'himself']);
    expect(cues('forget him, what did the army say').pronouns).toEqual([]);
    expect(cues('forget him, what did the army say').switchTopic).toBe(true);
  });

  it('knows where the question starts and what it came after', () => {
    expect(cues('no wait, who said it').start).toBe(2);
    // "scratch that" takes the turn before back: the whole question starts after it.
    expect(cues('no scratch that, what did australia say').start).toBe(3);
    expect(cues('no scratch that, what did australia say').fragment).toBe(false);
    expect(cues('no scratch that, what did australia say').correction).toBe(true);
    expect(cues('and what did he say after walking out').afterClauseAt).toBe(6);
    expect(cues('what did she say after that').afterPhrase).toBe('after that');
    expect(cues('and the reason it stopped?').why).toBe(true);
    expect(cues('the motive?').why).toBe(true);
    expect(cues('and the point of the meeting?').why).toBe(false);
    expect(cues('no, the other number').otherThingAt).toBe(2);
    expect(cues('and the lower figure?').otherThingAt).toBe(2);
    expect(cues('and the other guy?').otherThingAt).toBe(-1);
  });
});

describe('isCueWord', () => {
  it.each(['whyyy', 'oops', 'meant', 'lol', 'btw', 'too', 'stuff', 'managed', 'able', 'came'])(
    '%s is a cue word',
    (w) => {
      expect(isCueWord(CW, w)).toBe(true);
    },
  );
  it.each(['churkin', 'killed', 'toll', 'australia'])('%s is not', (w) => {
    expect(isCueWord(CW, w)).toBe(false);
  });
});

describe('cueTokens', () => {
  const words = (text: string) => cueTokens(CW, tokenize(text)).map((t) => t.word);
  it('reads a paired filler as a cue only where it opens the message', () => {
    expect(words('hold on, who called the meeting')).toContain('hold');
    expect(words('ok quick question who called the meeting')).toContain('quick');
    expect(words('did the truce hold after that')).not.toContain('hold');
    expect(words('did it hold up')).not.toContain('hold');
    expect(isCueWord(CW, 'hold')).toBe(false);
  });

  it('reads an opener said after a verb of saying, past the start, as what was said', () => {
    const from = (text: string) => {
      const tokens = tokenize(text);
      return cueTokens(CW, tokens, readCues(CW, tokens).start).map((t) => t.word);
    };
    expect(from('did they say sorry afterwards')).not.toContain('sorry');
    expect(from('sorry, did they say anything afterwards')).toContain('sorry');
    expect(from('i meant the foreign ministry sorry, about coordination')).toContain('sorry');
    // Without the start, as before.
    expect(words('did they say sorry afterwards')).toContain('sorry');
  });
});

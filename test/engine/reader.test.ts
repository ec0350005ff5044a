/**
 * The chat-message reader on small made-up messages, with the default chat lists and a tiny
 * dictionary: what it drops (filler, emoji, mentions), what it turns into words (stretched words,
 * abbreviations, missing apostrophes, listed emoji, flags), how it reads shouting, and how it
 * finds the questions in a long message or two questions in one. Nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import {
  ChatReader,
  reportedQuestion,
  splitSentences,
  tripled,
  withoutGuessedTime,
} from '../../src/engine/reader.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { Lexicon } from '../../src/text/lexicon.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const DICTIONARY = new Set(
  'so why too no say what who when how did the boats ran aground lighthouse light tower open cost tickets visitors mayor reopen reopened repairs long took'.split(
    ' ',
  ),
);
const reader = new ChatReader(DEFAULT_CHAT, (w) => DICTIONARY.has(w));

/** The words of the message's questions, one string per question. */
const questions = (message: string) =>
  reader.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));

describe('filler and chat words', () => {
  it('reads "where does it say", "quote it", "so you\'re saying" and "i\'m lost" as no topic', () => {
    expect(questions("so you're saying the tower cost too much?")).toEqual(['the tower cost too much']);
    expect(questions('so youre telling me the mayor paid?')).toEqual(['the mayor paid']);
    expect(questions('where does it say the mayor paid')).toEqual(['the mayor paid']);
    expect(questions('quote it. where does the article say the tower reopened')).toEqual([
      'the tower reopened',
    ]);
    expect(questions('im a bit lost, who paid')).toEqual(['who paid']);
  });

  it('keeps "meant for" (what was intended), not "meant" as what words mean', () => {
    expect(questions('the grant was meant for the mayor')).toEqual(['the grant was meant for the mayor']);
    expect(questions('what did she mean by the levy')).toEqual(['what did she by the levy']);
  });

  it('reads "name/number" as a name asked, not a count', () => {
    expect(questions('what was the name/number of the tower')).toEqual(['what was the name of the tower']);
  });

  it('reads "outfit" as a group', () => {
    expect(questions('what did the outfit pay')).toEqual(['what did the group pay']);
  });

  it('drops a word of address ("mate") anywhere, and "lads" opening a message', () => {
    expect(questions('who paid for the tower mate')).toEqual(['who paid for the tower']);
    expect(questions('lads who paid for the tower')).toEqual(['who paid for the tower']);
    expect(questions('who paid the lads')).toEqual(['who paid the lads']);
  });

  it("drops a debate floor's framing words: steelman, POI, checking a line, am I misremembering", () => {
    expect(questions('steelman the mayor pls, why did the tower open')).toEqual([
      'the mayor why did the tower open',
    ]);
    expect(questions('POI: who paid for the tower')).toEqual(['who paid for the tower']);
    expect(questions('point of information, who paid for the tower')).toEqual(['who paid for the tower']);
    expect(questions('did the mayor say it? just checking the real quote')).toEqual(['did the mayor say it']);
    expect(questions('the mayor paid for the tower, or am i misremembering')).toEqual([
      'the mayor paid for the tower',
    ]);
  });

  it('drops the framing of a claim the writer checks: "my understanding was that", "or have i got it backwards"', () => {
    expect(questions('my understanding was that the mayor paid for the tower, is that right?')).toEqual([
      'the mayor paid for the tower is that right',
    ]);
    expect(
      questions('the mayor paid for the tower, is that right or have i got it completely backwards?'),
    ).toEqual(['the mayor paid for the tower is that right']);
    expect(questions('the mayor paid for the tower, or did i get it wrong?')).toEqual([
      'the mayor paid for the tower',
    ]);
  });

  it('drops "whole" and "entire" after a determiner ("the whole night"), not after "a" ("a whole speech")', () => {
    expect(questions('why did the tower stay open the whole night')).toEqual([
      'why did the tower stay open night',
    ]);
    expect(questions('what was their entire excuse')).toEqual(['what was excuse']);
    expect(questions('the mayor gave a whole speech?')).toEqual(['the mayor gave a whole speech']);
  });

  it('reads "reps" as representatives and "how do i rebut that" as no question of its own', () => {
    expect(questions('what did the mayor say to the reps?')).toEqual([
      'what did the mayor say to the representatives',
    ]);
    expect(questions('why did the tower open, how do i rebut that')).toEqual(['why did the tower open']);
  });

  it('drops "ight" as it drops "aight" (not a slip of "night")', () => {
    expect(questions('ight so who paid for the tower')).toEqual(['who paid for the tower']);
  });

  it('reads British slang as the plain word ("slagging", "fuming")', () => {
    expect(questions('why is the mayor slagging the tower')).toEqual([
      'why is the mayor criticizing the tower',
    ]);
    expect(questions('why is the mayor fuming')).toEqual(['why is the mayor furious']);
  });

  it('reads a football server\'s words: "reckon" and "VAR check" as no topic, "blokes" as men, "bak" as back', () => {
    expect(questions('what did the mayor reckon the repairs cost')).toEqual([
      'what did the mayor the repairs cost',
    ]);
    expect(questions('VAR check - who paid for the tower')).toEqual(['who paid for the tower']);
    expect(questions('footy is off so who paid for the tower')).toEqual(['is off so who paid for the tower']);
    expect(questions('did the boats lose any blokes')).toEqual(['did the boats lose any men']);
    expect(questions('did the tower get its light bak')).toEqual(['did the tower get its light back']);
  });

  it('keeps a word of chat counted after "how many" ("how many guys")', () => {
    expect(questions('how many guys did the boats lose')).toEqual(['how many guys did the boats lose']);
  });

  it('keeps a word of chat counted after a figure ("lose 50 guys")', () => {
    expect(questions('did the boats lose 50 guys')).toEqual(['did the boats lose 50 guys']);
  });

  it('leaves out a name the bot does not know guessed after a question that asks who', () => {
    const story = new ChatReader(
      DEFAULT_CHAT,
      (w) => DICTIONARY.has(w),
      (w) => DICTIONARY.has(w),
    );
    const asked = (message: string) =>
      story.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));
    expect(asked('who paid for the repairs, nikki haley?')).toEqual(['who paid for the repairs']);
    expect(asked('who paid for the repairs, was it Kirby?')).toEqual(['who paid for the repairs']);
    // A guess the story has is weighed; names given as options are knownAlternative's.
    expect(asked('who paid for the repairs, the mayor?')).toEqual(['who paid for the repairs the mayor']);
    expect(asked('who paid for the repairs, gaddafi or mubarak?')).toEqual([
      'who paid for the repairs gaddafi mubarak',
    ]);
    // Asked who said it, a guess of the story goes too, put before "who" or after the question.
    expect(asked('was it the mayor who said the tower cost too much?')).toEqual([
      'who said the tower cost too much',
    ]);
    expect(asked('who said the tower cost too much, was it the mayor?')).toEqual([
      'who said the tower cost too much',
    ]);
    // Asked who did something, a guess of the story stays.
    expect(asked('was it the mayor who paid for the repairs?')).toEqual([
      'was it the mayor who paid for the repairs',
    ]);
    // Not a question that asks who: the name is what is asked about.
    expect(asked('what did nikki haley say?')).toEqual(['what did nikki haley say']);
  });

  it('leaves out a place or name the bot does not know guessed after "where" or "what <noun>"', () => {
    const story = new ChatReader(
      DEFAULT_CHAT,
      (w) => DICTIONARY.has(w),
      (w) => DICTIONARY.has(w),
    );
    const asked = (message: string) =>
      story.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));
    expect(asked('where did the boats run aground, Aleppo?')).toEqual(['where did the boats run aground']);
    expect(asked('where did the boats run aground, somewhere near Aleppo wasnt it')).toEqual([
      'where did the boats run aground',
    ]);
    expect(asked('what boats ran aground, the Kraken?')).toEqual(['what boats ran aground']);
    // Beside "where", a word of no dictionary may be the story's place misspelt: it stays.
    expect(asked('where did the boats run aground, Lighthuose?')).toEqual([
      'where did the boats run aground lighthuose',
    ]);
    // A guess of the story is weighed, as beside "who".
    expect(asked('where did the boats run aground, the lighthouse?')).toEqual([
      'where did the boats run aground the lighthouse',
    ]);
    // Another party added is no guess: "and ..." asks of it too.
    expect(asked('what did the mayor say, and Kirby?')).toEqual(['what did the mayor say kirby']);
    // "what about X" asks of X.
    expect(asked('what about the repairs, Kirby?')).toEqual(['what about the repairs kirby']);
  });

  it('drops a particle of chat after "how many" that is no plural ("ilan ba": Tagalog\'s "ba")', () => {
    expect(questions('ilan ba talaga namatay sa bombing')).toEqual(['how many died bombing']);
  });

  it('reads Taglish, Manglish and Dutch, Scandinavian or Polish asides: particles dropped, question words in English', () => {
    expect(questions('ano ba yung sinabi ni power sa mayor')).toEqual(['what said power mayor']);
    expect(questions('bakit sinisi ng mayor yung boats?')).toEqual(['why blamed mayor boats']);
    expect(questions('kenapa the mayor cakap macam tu lah')).toEqual(['why the mayor said']);
    expect(questions('the boats kena lose or not lor')).toEqual(['the boats lose']);
    expect(questions('nou, how long did the repairs go on eigenlijk')).toEqual([
      'how long did the repairs go on',
    ]);
    expect(questions('kurwa, what did the mayor say')).toEqual(['what did the mayor say']);
    expect(questions('no więc, who paid for the tower')).toEqual(['who paid for the tower']);
    expect(questions('altså wich tower was it')).toEqual(['which tower was it']);
  });

  it.each([
    ['ngl who paid for the tower', 'who paid for the tower'],
    ['tbh when did the tower reopen lol', 'when did the tower reopen'],
    ['fr fr how much did it cost', 'how much did it cost'],
    ['lowkey why did the boats run aground bruh', 'why did the boats run aground'],
    ['ok so who paid', 'who paid'],
    ['i mean who paid lmao', 'who paid'],
    ['yo wtf did the mayor say', 'what did the mayor say'],
    ['did the tower reopen as well', 'did the tower reopen'],
    ['ugh autocorrect, who paid', 'who paid'],
    ['forget him, who paid', 'who paid'],
    ['the mayor def paid huh, who else', 'the mayor paid who else'],
    ['yaar who paid for the tower', 'who paid for the tower'],
    ['vaguely remember the mayor saying it would reopen?', 'the mayor saying it would reopen'],
    ['half remember the mayor saying so?', 'the mayor saying so'],
    ["attribution? the 'open all year' line", 'who said'],
    ['what did Mrs Varga say about the tower', 'what did varga say about the tower'],
    ['aight so who paid', 'who paid'],
    ['hold up, who paid for the tower', 'who paid for the tower'],
    ['did the mayor straight up pay', 'did the mayor pay'],
    ['to be fair, who paid for the tower', 'who paid for the tower'],
    // A newcomer's excuses and asks for plain words say how to answer, not what about.
    ['sorry if dumb q but who paid for the tower', 'who paid for the tower'],
    ['noob question, who paid for the tower', 'who paid for the tower'],
    ['basic q: who paid for the tower', 'who paid for the tower'],
    ['eli5 who paid for the tower', 'who paid for the tower'],
    ['who paid for the tower in simple terms', 'who paid for the tower'],
    ['timeline check: when did the tower reopen', 'when did the tower reopen'],
    ['did the mayor pay? not even a little?', 'did the mayor pay'],
    ['explain simply, who paid for the tower', 'who paid for the tower'],
    ['simple version: who paid for the tower', 'who paid for the tower'],
    ['you know who paid? idc just wondering', 'who paid'],
    // Asking to have it put simply: how it asks, not what about ("#" in a phrase: any number).
    ['explain like im 5 who paid for the tower', 'who paid for the tower'],
    ["explain it like i'm twelve, who paid for the tower", 'who paid for the tower'],
    // The number inside a phrase, then its words ("#" a level below the phrase's first words).
    ['explain like i am 12 years old, who paid for the tower', 'who paid for the tower'],
    ['eli5 how long did the repairs take', 'how long did the repairs take'],
    ['simply put, who paid for the tower', 'who paid for the tower'],
    ['who paid for the tower in simple terms', 'who paid for the tower'],
    ['simple version: why did the boats run aground', 'why did the boats run aground'],
    // "stuff" is chat's "things" (a stop word): no topic.
    [
      'was the tower light among the stuff the mayor paid for',
      'was the tower light among the the mayor paid for',
    ],
    // Asking for the article's own words, for a teacher's material, or a stream chat called by
    // its name: how it asks and what it is for, not what about ("exact" alone stays: "the exact
    // cost" asks more than "the cost").
    ['exact wording of what the mayor said pls', 'of what the mayor said'],
    ['can someone paste the exact sentence(s) on the cost', 'can the on the cost'],
    ['who paid for the tower, for my slide', 'who paid for the tower'],
    ['worksheet question: who paid for the tower', 'who paid for the tower'],
    ['chat who paid for the tower', 'who paid for the tower'],
    ['the mayor said something in passing, what was it', 'the mayor said something what was it'],
    ['what was the exact cost', 'what was the exact cost'],
    // A quiz's formats say how the question comes, not what about: the blank, and the writer's
    // call for a ruling at the start ("settle it" later in a sentence stays).
    ['fill in the blank: the tower reopened in ___', 'the tower reopened in'],
    ['FITB: the mayor paid ___ for the light', 'the mayor paid for the light'],
    ['settle this: who paid for the tower', 'who paid for the tower'],
    ['did the mayor settle it', 'did the mayor settle it'],
    // Asking someone to look it up opens the question: no topic ("check" later stays).
    ['can u check who paid for the tower', 'who paid for the tower'],
    ['did the mayor check the light', 'did the mayor check the light'],
    // A quiz's "name the ..." asks which one, as "which" does; its name is no topic ("name of" stays).
    ['name the mayor who paid for the tower', 'which mayor who paid for the tower'],
    ['name of the mayor who paid', 'name of the mayor who paid'],
    // A stream's verdicts on a take ("L take", "W take") and "actual" as emphasis: no topic.
    ['what was the actual cost', 'what was the cost'],
  ])('"%s" reads as "%s"', (message, read) => {
    expect(questions(message)).toEqual([read]);
  });

  it.each([
    [
      'Good morning, would you be so kind to tell me who paid for the tower? Thanks',
      'who paid for the tower',
    ],
    [
      'Dear all, sorry for my english, who paid for the tower? Thank you in advance',
      'who paid for the tower',
    ],
    ['Excuse me for disturbing, may I ask who paid? Many thanks', 'who paid'],
    ['Merhaba, who paid for the tower? Best regards', 'who paid for the tower'],
    // French "that is to say", hyphenated or not: an aside of the writer's, no topic.
    ["did the mayor pay, c'est-a-dire did the fund pay?", 'did the mayor pay did the fund pay'],
    ["c'est à dire, who paid for the tower", 'who paid for the tower'],
    ['@Ana good question, who paid for the tower', 'who paid for the tower'],
  ])('reads the politeness formulas of "%s" as no topic: "%s"', (message, read) => {
    expect(questions(message)).toEqual([read]);
  });

  it.each([
    ['wallah shu 2al the mayor?', 'what said the mayor'],
    ['ya3ni kif wa22afo the repairs', 'how stopped the repairs'],
    // A filler phrase holding a word that alone is an abbreviation ("ya" is "you") goes whole.
    ['ya shabab who paid for the tower', 'who paid for the tower'],
    ['ya rab... meen paid for the tower', 'who paid for the tower'],
  ])('reads transliterated Arabic chat "%s" as "%s"', (message, read) => {
    expect(questions(message)).toEqual([read]);
  });

  it('reads a day of the month as an ordinal as its number', () => {
    expect(questions('what happened on the 17th')).toEqual(['what happened on the 17']);
  });

  it.each([
    ['my aunt keeps asking if the tower reopened?', 'the tower reopened'],
    ['my cousin asked me, who paid for the tower?', 'who paid for the tower'],
    ['my family asked how long the repairs took', 'how long the repairs took'],
  ])('reads "%s" as what was asked: "%s"', (message, read) => {
    expect(questions(message)).toEqual([read]);
  });

  // Someone the writer teaches or streams to (chat.yaml audience) asking, saying or to be told,
  // with no "my" needed: how the question came; what they asked is a question, even a short
  // clause after "if" in a message that goes on.
  it.each([
    ['a student asked if the tower reopened', 'the tower reopened'],
    ['a kid in my class asked who paid for the tower', 'who paid for the tower'],
    ['a student asked me if anyone paid. how do i explain that simply', 'paid'],
    ['streamer said the tower reopened, why', 'the tower reopened why'],
    ['how would you explain to a class why the boats ran aground', 'why the boats ran aground'],
    ['simple way to tell the kids who paid for the tower?', 'who paid for the tower'],
    ['how do I explain to students whether the tower reopened', 'the tower reopened'],
  ])('reads "%s", relayed or to be put to someone, as "%s"', (message, read) => {
    expect(questions(message)).toEqual([read]);
  });

  it('reads a stream\'s verdict on a take ("L take", "W take") as no topic', () => {
    expect(questions('L take from the mayor or W take? who paid')).toEqual(['from the mayor', 'who paid']);
  });

  it('reads what a message is for, before a dash, as context when it names whom and asks nothing', () => {
    const reading = reader.read('explaining the repairs to kids - when did the tower reopen?');
    expect(reading.questions.map((q) => q.tokens.map((t) => t.word).join(' '))).toEqual([
      'when did the tower reopen',
    ]);
    expect(reading.context.map((t) => t.word).join(' ')).toBe('explaining the repairs to kids');
    expect(questions('the repairs after the storm - when did the tower reopen?')).toEqual([
      'the repairs after the storm when did the tower reopen',
    ]);
  });

  it('reads someone of the story asking, or telling someone of it, as the question', () => {
    expect(questions('the mayor asked if the tower reopened')).toEqual([
      'the mayor asked if the tower reopened',
    ]);
    expect(questions('did the mayor tell the visitors why the tower shut')).toEqual([
      'did the mayor tell the visitors why the tower shut',
    ]);
  });

  it('reads a request to be told from its question word on', () => {
    expect(questions('Could you kindly explain me who paid for the tower?')).toEqual([
      'who paid for the tower',
    ]);
    expect(questions('can someone tell me when the tower reopened')).toEqual(['when the tower reopened']);
    expect(questions('could the mayor explain why the tower shut')).toEqual([
      'could the mayor explain why the tower shut',
    ]);
  });

  it('counts the filler it drops among the words it read', () => {
    const reading = reader.read('ngl tbh who paid lol');
    expect(reading.filler).toBe(3);
    expect(reading.words).toBe(5);
  });

  it('drops an opener only at the start of a sentence', () => {
    expect(questions('wait who paid')).toEqual(['who paid']);
    expect(questions('who had to wait')).toEqual(['who had to wait']);
  });

  it.each([
    ['the govt paid?', 'the government paid'],
    ['did ppl visit', 'did people visit'],
    ['why is it shut rn', 'why is it shut right now'],
    ['did u see the tower', 'did you see the tower'],
    ['who paid em', 'who paid them'],
    ['diff tickets cost?', 'different tickets cost'],
    ['who paid for it l8r', 'who paid for it later'],
    ['boats n lighthouse cost?', 'boats and lighthouse cost'],
    ['who was at the meetup', 'who was at the meeting'],
    ['whr is the tower', 'where is the tower'],
  ])('expands the abbreviation in "%s"', (message, read) => {
    expect(questions(message)).toEqual([read]);
  });

  it.each([
    ['did the tower open for 40 min', 'did the tower open for 40 minutes'],
    ['the repairs took 2.5 min?', 'the repairs took 2.5 minutes'],
    ['who paid 30 sec later', 'who paid 30 seconds later'],
  ])('reads a unit\'s short form after a figure as the unit: "%s"', (message, read) => {
    expect(questions(message)).toEqual([read]);
  });

  it('leaves "min" alone where no figure comes before it ("min", a minimum or a ministry)', () => {
    expect(questions('what did the min say')).toEqual(['what did the min say']);
  });
});

describe('idioms', () => {
  it('reads "own up", as "fess up", as owning a fault ("owned up": apologized)', () => {
    expect(questions('did the mayor own up')).toEqual(['did the mayor apologize']);
    expect(questions('has the mayor owned up to it')).toEqual(['has the mayor apologize to it']);
  });

  it('reads "copped it" as died, "come out with" as say and "cosying up to" as support', () => {
    expect(questions('how many copped it')).toEqual(['how many die']);
    expect(questions('what did the mayor come out with')).toEqual(['what did the mayor say']);
    expect(questions('was the mayor cosying up to the council')).toEqual([
      'was the mayor support the council',
    ]);
  });
});

describe('missing apostrophes and negations', () => {
  it.each([
    ['whats the cost', 'what is the cost'],
    ['whos the mayor', 'who is the mayor'],
    ['wats the cost', 'what is the cost'],
    ['wheres the tower', 'where is the tower'],
  ])('"%s" reads as "%s"', (message, read) => {
    expect(questions(message)).toEqual([read]);
  });

  it.each([
    ["it'd cost more?", 'it would cost more'],
    ['it\u2019d cost more?', 'it would cost more'],
    ["that'll reopen?", 'that will reopen'],
    ["there'd be repairs?", 'there would be repairs'],
    ["y'all'd pay for tickets?", 'would pay for tickets'],
    ['itd cost more?', 'it would cost more'],
    ['theyll reopen?', 'they will reopen'],
    ['thered be repairs?', 'there would be repairs'],
    ['yalld pay for tickets?', 'would pay for tickets'],
    ['ud pay for tickets?', 'you would pay for tickets'],
  ])('reads the contraction in "%s" as its words: "%s"', (message, read) => {
    expect(questions(message)).toEqual([read]);
  });

  it('leaves a word that only looks like a contraction without its apostrophe ("shell", "well")', () => {
    const words = new ChatReader(DEFAULT_CHAT, (w) => DICTIONARY.has(w) || w === 'shell' || w === 'well');
    const read = (message: string) =>
      words.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));
    expect(read('who paid for the shell?')).toEqual(['who paid for the shell']);
    expect(read('did the well cost more?')).toEqual(['did the well cost more']);
  });

  it('notes a negation and keeps no topic for it', () => {
    const reading = reader.read('the council didnt pay for it?');
    expect(reading.negated).toBe(true);
    expect(questions('the council didnt pay for it?')).toEqual(['the council did pay for it']);
    expect(reader.read('nobody paid for it?').negated).toBe(true);
    expect(reader.read('who paid for it?').negated).toBe(false);
  });

  it('marks the word right after a negation it took out ("and not directly": the contrast asked)', () => {
    const [question] = reader.read('why did they pay through the council and not directly?').questions;
    const words = question?.tokens ?? [];
    expect(words.find((t) => t.word === 'directly')?.negated).toBe(true);
    expect(words.filter((t) => t.negated)).toHaveLength(1);
  });

  it('marks each such word as a copy of one shape: its two words and the mark, in that order', () => {
    const reading = reader.read(
      'not trying to start a fight, i could not find it anywhere. why did they pay through the council and not directly?',
    );
    const marked = [...reading.context, ...reading.questions.flatMap((q) => q.tokens)].filter(
      (t) => t.negated,
    );
    expect(marked.length).toBeGreaterThan(1);
    for (const t of marked) expect(Object.keys(t)).toEqual(['raw', 'word', 'negated']);
  });
});

describe('asking what words mean', () => {
  it.each([
    ["what does 'refusal' mean", 'what does refusal'],
    ['what do they mean by repairs', 'what do they by repairs'],
    ['what means aground here', 'what aground here'],
    ['what does it mean for the tower', 'what does it for the tower'],
    // What was intended stays: "meant to", "mean it".
    ['what was the light meant to warn', 'what was the light meant to warn'],
    ['did the mayor mean it', 'did the mayor mean it'],
    // The writer correcting a question: the conversation reads "i meant".
    ['no i meant who paid', 'i meant who paid'],
    ['who paid i mean', 'who paid i'],
  ])('"%s" reads as "%s"', (message, read) => {
    expect(questions(message)).toEqual([read]);
  });
});

describe('a phrase of the knowledge that starts with a chat word', () => {
  // "kept" alone is filler ("people keep saying"), "never" a negation; "kept out" and "never
  // reopened" are phrases of this knowledge.
  const lexicon = new Lexicon({
    entities: [],
    synonyms: [
      { id: 'closed', words: ['kept out', 'shut out'] },
      { id: 'shut', words: ['never reopened'] },
    ],
  });
  const phrases = new ChatReader(
    DEFAULT_CHAT,
    (w) => DICTIONARY.has(w),
    () => true,
    (tokens, at) => lexicon.phraseAt(tokens, at),
  );
  const read = (message: string) =>
    phrases.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));

  it.each([
    ['were visitors kept out of the tower', 'were visitors kept out of the tower'],
    ['why was the light never reopened', 'why was the light never reopened'],
    // The same words outside a phrase are still chat.
    ['people kept saying the tower cost a lot, who paid', 'people saying the tower cost a lot who paid'],
  ])('"%s" reads as "%s"', (message, words) => {
    expect(read(message)).toEqual([words]);
  });

  it("without the knowledge's phrases, the chat words go", () => {
    expect(questions('were visitors kept out of the tower')).toEqual(['were visitors out of the tower']);
  });

  it('the lexicon tells how long a phrase starting at a word is', () => {
    const tokens = [
      { raw: 'kept', word: 'kept' },
      { raw: 'out', word: 'out' },
      { raw: 'of', word: 'of' },
    ];
    expect(lexicon.phraseAt(tokens, 0)).toBe(2);
    expect(lexicon.phraseAt(tokens, 1)).toBe(0);
  });
});

describe('emoji and mentions', () => {
  it('drops emoji that stand for nothing, and Discord custom and animated emoji', () => {
    expect(questions('🔥🔥 who paid 😂👍🏽')).toEqual(['who paid']);
    expect(questions('<:pepe_sad:889977665544332211> who paid <a:alert:998877665544332211>')).toEqual([
      'who paid',
    ]);
  });

  it('turns a listed emoji into its word, joined sequences and :shortcodes: too', () => {
    expect(questions('💣 how long')).toEqual(['bomb how long']);
    expect(questions('👨‍✈️ names?')).toEqual(['pilot names']);
    expect(questions(':bomb: how many')).toEqual(['bomb how many']);
  });

  it('drops a listed emoji whose word the knowledge does not use (a decoration, not a word of the question)', () => {
    const knowing = new ChatReader(
      DEFAULT_CHAT,
      (w) => DICTIONARY.has(w),
      (w) => w === 'bomb',
    );
    const read = (m: string) => knowing.read(m).questions.map((q) => q.tokens.map((t) => t.word).join(' '));
    expect(read('💣💥 how long')).toEqual(['bomb how long']);
    expect(read('💥 who paid')).toEqual(['who paid']);
    // A "?" emoji still asks.
    expect(read('the tower ❓')).toEqual(['the tower']);
    expect(knowing.read('the tower ❓').sentences[0]?.question).toBe(true);
  });

  it('drops emoji that open a question saying its topic in words (a mood or a picture of it)', () => {
    expect(questions('💣💥 who paid for the tower')).toEqual(['who paid for the tower']);
    expect(questions('💣 did the TOWER reopen')).toEqual(['did the tower reopen']);
    // Not before a thin question, whose topic the emoji is, nor before anything but a question word.
    expect(questions('💣 how long')).toEqual(['bomb how long']);
    expect(questions('💣 the tower?')).toEqual(['bomb the tower']);
    // Nor flags: they say whose.
    expect(questions('🇫🇷 what did they pay for')).toEqual(['france what did they pay for']);
  });

  it('drops emoji that open a heading naming its topic, then a dash or a colon and a question', () => {
    expect(questions('💣 the tower — who paid for it')).toEqual(['the tower who paid for it']);
    expect(questions('💣 the tower: who paid for it?')).toEqual(['the tower who paid for it']);
    // Not before a heading of no topic, nor one with no question after it.
    expect(questions('💣 the — who paid')).toEqual(['bomb the who paid']);
    expect(questions('💣 the tower — the mayor?')).toEqual(['bomb the tower the mayor']);
  });

  it("reads a flag as the country's name", () => {
    expect(questions('🇫🇷 said what?')).toEqual(['france said what']);
    expect(questions('🇺🇳 meeting when?')).toEqual(['united nations meeting when']);
  });

  it('drops mentions, @everyone and @here', () => {
    expect(questions('<@123456789012345678> <@!42> @everyone who paid @here')).toEqual(['who paid']);
  });

  it('drops an action or a reaction gif in stars that stands apart from the question', () => {
    expect(questions('*shocked pikachu* 😳 who paid for the tower??')).toEqual(['who paid for the tower']);
    expect(questions('🇫🇷 *awkward kermit gif* what did they pay for')).toEqual([
      'france what did they pay for',
    ]);
    expect(questions('*grabs popcorn* who paid')).toEqual(['who paid']);
    expect(questions('who paid. *sips tea*')).toEqual(['who paid']);
  });

  it('keeps words in stars inside a sentence or round a question word (emphasis)', () => {
    expect(questions('did the *mayor* pay for the tower')).toEqual(['did the mayor pay for the tower']);
    expect(questions('*who* paid for the tower')).toEqual(['who paid for the tower']);
    expect(questions('who paid for *the tower*')).toEqual(['who paid for the tower']);
    expect(questions('*the mayor* paid for the tower?')).toEqual(['the mayor paid for the tower']);
  });

  it("drops the word of an emoji standing between the writer's words and a question word, as a stop", () => {
    const knowing = new ChatReader(
      DEFAULT_CHAT,
      (w) => DICTIONARY.has(w),
      (w) => w === 'bomb',
    );
    // "... on the wrong lap 💀 how many died": no word of either side; runOn reads the two.
    expect(knowing.emojiToWords('the boats ran aground 💣 how long did it take')).toBe(
      'the boats ran aground   how long did it take',
    );
    // Its word stays at the start, at the end, before no question word or a thin one, after a flag.
    expect(knowing.emojiToWords('💣 how long did it take')).toBe(' bomb  how long did it take');
    expect(knowing.emojiToWords('the boats ran aground 💣')).toBe('the boats ran aground  bomb ');
    expect(knowing.emojiToWords('the boats ran aground 💣 the tower')).toBe(
      'the boats ran aground  bomb  the tower',
    );
    expect(knowing.emojiToWords('the boats ran aground 💣 how long')).toBe(
      'the boats ran aground  bomb  how long',
    );
    expect(knowing.emojiToWords('🇫🇷💣 how long did it take')).toBe(' France  bomb  how long did it take');
    // A "?" emoji is a mark there too.
    expect(knowing.emojiToWords('the tower ❓ who paid for it')).toBe('the tower  ?  who paid for it');
  });

  it('leaves a time and a colon alone', () => {
    expect(reader.emojiToWords('open at 10:30: right?')).toBe('open at 10:30: right?');
  });
});

describe('sentences in another language', () => {
  it('are said around the question, not asked', () => {
    const reading = reader.read('wie viel kostet das?? how much did it cost');
    expect(reading.questions.map((q) => q.tokens.map((t) => t.word).join(' '))).toEqual([
      'how much did it cost',
    ]);
    expect(reading.context.map((t) => t.word)).toEqual(['wie', 'viel', 'kostet', 'das']);
    expect(reading.sentences[0]?.foreign).toBe(true);
  });

  it('are the question when nothing else is', () => {
    expect(questions('wie viel kostet das?')).toEqual(['wie viel kostet das']);
  });

  it('are more than half words neither known nor stop words, looked up only until that is decided', () => {
    const asked: string[] = [];
    const counting = new ChatReader(DEFAULT_CHAT, (w) => {
      asked.push(w);
      return DICTIONARY.has(w);
    });
    const foreign = (sentence: string) => counting.read(sentence).sentences.map((s) => s.foreign);
    // (The reader looks up its swapped question words once, when it is made.)
    asked.length = 0;
    // Stop words alone decide: no word looked up.
    expect(foreign('the mayor and the tower of the town')).toEqual([false]);
    expect(asked).toEqual([]);
    // Half known is not foreign (more than half is); two words at least.
    expect(foreign('tower kostet.')).toEqual([false]);
    expect(foreign('tower kostet viel.')).toEqual([true]);
    expect(foreign('kostet.')).toEqual([false]);
    asked.length = 0;
    // Decided once more than half are not words: the last two are never looked up.
    expect(foreign('wie viel kostet tower mayor')).toEqual([true]);
    expect(asked).toEqual(['wie', 'viel', 'kostet']);
  });
});

describe('stretched words', () => {
  it('are looked for by the regex only where tripled() finds a character three times in a row', () => {
    const stretched = /(\p{L})\1{2}/u;
    const words = [
      'so',
      'sooo',
      'whyyy',
      'aaa',
      'aab',
      'baaa',
      'zzz1',
      '111',
      'too',
      'wooow',
      '𝒜𝒜𝒜',
      '𐐀𐐀𐐀',
      'ü',
      'üüü',
      '',
    ];
    for (const word of words) if (stretched.test(word)) expect(tripled(word), word).toBe(true);
    expect(words.filter((w) => !tripled(w))).toEqual(['so', 'aab', 'too', 'ü', '']);
  });

  it.each([
    ['sooo who paid', 'who paid'],
    ['whyyy did the boats run aground', 'why did the boats run aground'],
    ['the tower is open tooo?', 'the tower is open too'],
    ['whaaat did the mayor sayyy', 'what did the mayor say'],
  ])('"%s" reads as "%s"', (message, read) => {
    expect(questions(message)).toEqual([read]);
  });

  it('shortens a stretched word to a small word of chat first ("noooo" is "no")', () => {
    expect(reader.read('noooo the tower is shut?').negated).toBe(true);
  });
});

describe('shouting', () => {
  const raw = (message: string) => reader.read(message).questions.flatMap((q) => q.tokens.map((t) => t.raw));

  it('is a message mostly in capitals', () => {
    expect(reader.read('WHO PAID FOR THE TOWER').shouted).toBe(true);
    expect(reader.read('who paid for the US tower').shouted).toBe(false);
  });

  it('reads "IS" and "US" as the verb and pronoun where a name cannot stand', () => {
    expect(raw('WHAT IS THE TOWER')).toContain('is');
    // ("tell us": the writer, read as "tell me"; no name.)
    expect(raw('TELL US WHO PAID')).not.toContain('US');
  });

  it('keeps them as names where a name can stand', () => {
    expect(raw('WHAT DID THE US PAY')).toContain('US');
    expect(raw('DID IS CLAIM THE TOWER')).toContain('IS');
  });

  it('keeps the capitals of a message that is not shouted', () => {
    expect(raw('what did IS claim')).toContain('IS');
  });
});

describe('sentences and questions', () => {
  it('finds the question in the middle of a long message, the rest is context', () => {
    const reading = reader.read(
      'I went to the coast last summer and loved it. So how long did the repairs take? My aunt says it was years.',
    );
    expect(reading.questions.map((q) => q.text)).toEqual(['So how long did the repairs take?']);
    expect(reading.context.map((t) => t.word)).toEqual(
      expect.arrayContaining(['coast', 'summer', 'aunt', 'years']),
    );
    expect(reading.context.map((t) => t.word)).not.toContain('repairs');
  });

  it('reads a verdict after a statement ("..., that\'s fake news right") as context: the statement is asked', () => {
    const message = "the tower didn't reopen, that's fake news right";
    expect(questions(message)).toEqual(["the tower didn't reopen"]);
    expect(reader.read(message).context.map((t) => t.word)).toEqual(expect.arrayContaining(['fake', 'news']));
    expect(questions('the mayor paid for the tower, this is made up?')).toEqual([
      'the mayor paid for the tower',
    ]);
    // Not a clause that asks, nor a statement too short to stand alone.
    expect(questions("the mayor paid for the tower, that's what who said?")).toEqual([
      'the mayor paid for the tower that is what who said',
    ]);
    expect(questions("who paid, that's fake right")).toEqual(['who paid that is fake right']);
  });

  it("reads the writer's own words after a question as context: a clause after a comma, or after so, because, for", () => {
    const comma = reader.read('how long did the repairs take, exam is tmrw and i got nothing');
    expect(questions('how long did the repairs take, exam is tmrw and i got nothing')).toEqual([
      'how long did the repairs take',
    ]);
    expect(comma.context.map((t) => t.word)).toEqual(expect.arrayContaining(['exam', 'got']));
    expect(questions('who paid for the tower so i can cite it in class?')).toEqual([
      'who paid for the tower',
    ]);
    expect(questions("what did the mayor say because i don't trust the news")).toEqual([
      'what did the mayor say',
    ]);
    expect(questions('when did the tower reopen for my essay')).toEqual(['when did the tower reopen']);
  });

  it("reads the writer's comment on someone after a question, opened by a link or a laugh, as context", () => {
    expect(questions("who is the mayor bc he's giving main villain energy")).toEqual(['who is the mayor']);
    expect(questions("why is the mayor so worried lol he's being so dramatic")).toEqual([
      'why is the mayor so worried',
    ]);
    // Not a clause of the question itself, nor a comment that asks.
    expect(questions('why did the mayor say so because he was paid')).toEqual([
      'why did the mayor say so because he was paid',
    ]);
  });

  it('reads a request to be told that opens a sentence, with no question word after it, as how it asks', () => {
    const reading = reader.read('explain was the mayor paid');
    expect(reading.questions.map((q) => q.tokens.map((t) => t.word).join(' '))).toEqual([
      'was the mayor paid',
    ]);
    // The request's cue is how it asks, no word of the story around the question.
    expect(reading.context.map((t) => t.word)).toEqual([]);
    expect(questions('can you explain the repairs')).toEqual(['the repairs']);
    expect(questions('tell me the cost of the tickets')).toEqual(['the cost of the tickets']);
    // A cue that is a question word asks: "who said ..." keeps its words.
    expect(questions('who said the tower reopened')).toEqual(['who said the tower reopened']);
  });

  it('reads who told the writer a claim as context, the claim as what is asked', () => {
    // The knowledge knows the dictionary's words (not "teacher", "history").
    const knowing = new ChatReader(
      DEFAULT_CHAT,
      (w) => DICTIONARY.has(w),
      (w) => DICTIONARY.has(w),
    );
    const read = (message: string) =>
      knowing.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));
    const reading = knowing.read('my teacher said the mayor paid for the tower, true?');
    expect(reading.questions.map((q) => q.tokens.map((t) => t.word).join(' '))[0]).toMatch(/^the mayor paid/);
    expect(reading.context.map((t) => t.word)).toContain('teacher');
    expect(read('our history teacher told us that the tower reopened?')).toEqual(['the tower reopened']);
    // Someone the knowledge names is what is asked about: "my" is no one of the writer's there.
    expect(read('my mayor said the tower reopened?')[0]).toMatch(/^my mayor said/);
  });

  it('drops "apart from that" and the like opening a question, and reads "eachother" as "each other"', () => {
    expect(questions('quite apart from that, who paid for the tower?')).toEqual(['who paid for the tower']);
    expect(questions('that aside, who paid for the tower?')).toEqual(['who paid for the tower']);
    // Not inside a question: there it sets something apart ("what apart from that").
    expect(questions('who paid apart from that?')[0]).toMatch(/apart/);
    expect(questions('what did the mayor say to eachother')).toEqual([
      'what did the mayor say to each other',
    ]);
  });

  it('reads hearing a claim, or a programme saying it, as context, the claim as what is asked', () => {
    const knowing = new ChatReader(
      DEFAULT_CHAT,
      (w) => DICTIONARY.has(w),
      (w) => DICTIONARY.has(w),
    );
    const read = (message: string) =>
      knowing.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));
    expect(read('i heard the mayor paid for the tower, true?')).toEqual(['the mayor paid for the tower']);
    // "it" after "heard" is the claim's own ("i heard it was the mayor").
    expect(read('i heard it was the mayor who paid for the tower?')).toEqual([
      'it was the mayor who paid for the tower',
    ]);
    expect(read('heard on the radio this morning that the mayor paid for the tower?')).toEqual([
      'the mayor paid for the tower',
    ]);
    expect(read('on the news last night they said the mayor paid for the tower?')).toEqual([
      'the mayor paid for the tower',
    ]);
    expect(read('the man on the radio said the mayor paid for the tower?')).toEqual([
      'the mayor paid for the tower',
    ]);
    expect(read('somebody rang in to the show saying the mayor paid for the tower?')).toEqual([
      'the mayor paid for the tower',
    ]);
    // A site or app it was seen or read on is how the claim reached the writer too.
    expect(read('saw on tiktok the mayor paid for the tower, true?')).toEqual([
      'the mayor paid for the tower',
    ]);
    expect(read('read on reddit that the mayor paid for the tower?')).toEqual([
      'the mayor paid for the tower',
    ]);
    // "read" with no site or programme is the writer's own reading, no hearsay.
    expect(read('read the mayor paid for the tower?')[0]).toMatch(/^read the mayor/);
    expect(
      knowing.read('heard on the radio that the mayor paid for the tower?').context.map((t) => t.word),
    ).toContain('radio');
    // Not a place that is no programme ("in the tower they said ..."), nor someone the knowledge
    // names saying it on one.
    expect(read('in the tower they said the mayor paid for it?')[0]).toMatch(/^in the tower/);
    expect(read('the mayor on the radio said the tower reopened?')[0]).toMatch(/^the mayor/);
  });

  it("reads words quoted as what is rebutted as the other side's claim, not the text's words to find", () => {
    expect(reader.read("rebuttal to 'the mayor paid for the tower' - is there a line").quoted).toEqual([]);
    expect(reader.read("how do i rebut the mayor's 'paid for it' line").quoted).toEqual([]);
    expect(reader.read("how do i counter 'the mayor paid for the tower'").quoted).toEqual([]);
    // Quoted as the words to find, they stay.
    expect(reader.read("who said 'the mayor paid for the tower'").quoted).toEqual([
      'the mayor paid for the tower',
    ]);
  });

  it('drops the writer\'s purpose "i can use" ("is there a line i can use")', () => {
    expect(questions('is there a line i can use on the tower')).toEqual(['is there a line on the tower']);
  });

  it("reads a request for a quote as asking, and the writer's task after it as context", () => {
    expect(questions('need a direct quote from the mayor for my essay')).toEqual(['need a from the mayor']);
    expect(questions('a quote from the mayor with his name on it for my essay')).toEqual([
      'a quote from the mayor with his',
    ]);
    // Asking for no quote, the words after "for my" stay.
    expect(questions('the mayor paid for my essay')).toEqual(['the mayor paid for my essay']);
  });

  it("reads a task quoted from a worksheet as a task pasted, not the text's words to find", () => {
    expect(reader.read("Q: 'Evaluate the claim that the mayor paid for the tower.'").quoted).toEqual([]);
    expect(reader.read("#3 'Describe how the tower reopened'").quoted).toEqual([]);
    // A word of the task too short to open a task, or opening no fragment, leaves the words quoted.
    expect(reader.read("who said 'explain it'").quoted).toEqual(['explain it']);
    expect(reader.read("explain 'the mayor paid for the tower'").quoted).toEqual([
      'the mayor paid for the tower',
    ]);
  });

  it("reads words quoted after a verb of saying, a verdict asked, as someone's claim", () => {
    const reading = reader.read("opp keeps saying 'the mayor paid for the tower'. true?");
    expect(reading.quoted).toEqual([]);
    // No verdict asked: the words quoted are the text's, to find.
    expect(reader.read("opp keeps saying 'the mayor paid for the tower'").quoted).toEqual([
      'the mayor paid for the tower',
    ]);
  });

  it("reads words quoted as said by someone outside the story (hearsay, a post) as theirs, not the text's", () => {
    const knowing = new ChatReader(
      DEFAULT_CHAT,
      (w) => DICTIONARY.has(w),
      (w) => DICTIONARY.has(w),
    );
    expect(
      knowing.read("my teacher said 'the mayor paid for the tower'. who paid for the tower?").quoted,
    ).toEqual([]);
    // A sentence may end inside the quotation marks; a teacher may keep saying it.
    expect(
      knowing.read("my teacher keeps saying 'the mayor paid for the tower.' So who paid for the tower?")
        .quoted,
    ).toEqual([]);
    expect(
      knowing.read("the viral tweet says 'the mayor paid for the tower' — who paid for it").quoted,
    ).toEqual([]);
    // Someone of the story, or of no kind, saying them: the words are the text's, to find.
    expect(knowing.read("the mayor says 'we paid for the tower' — who paid for it").quoted).toEqual([
      'we paid for the tower',
    ]);
    expect(knowing.read("he says 'the mayor paid for the tower' — who paid for it").quoted).toEqual([
      'the mayor paid for the tower',
    ]);
  });

  it('drops a noun of saying right after words quoted: the words are what was said', () => {
    expect(questions("who got the mayor's 'repairs' msg")).toEqual(['who got the mayor repairs']);
    expect(questions("who got the 'repairs' message")).toEqual(['who got the repairs']);
    // Not another noun, nor a noun of saying after no quotation ("the mayors' message").
    expect(questions("who got the 'repairs' note")).toEqual(['who got the repairs note']);
    expect(questions("who got the mayors' message")[0]).toMatch(/message$/);
  });

  it('reads "how do i rebut X - <question>" as the question after the dash, the rebutted words as context', () => {
    const reading = reader.read("how do i rebut the mayor's 'paid for it' line - who paid for the tower?");
    expect(reading.questions.map((q) => q.tokens.map((t) => t.word).join(' '))).toEqual([
      'who paid for the tower',
    ]);
    expect(reading.context.map((t) => t.word)).toContain('mayor');
    // Without a question after it, how to rebut is what is asked.
    expect(questions("how do i rebut the mayor's line on the tower")[0]).toMatch(/^how do i rebut/);
  });

  it('reads a claim before "does the article back that up" / "fair summary?" as what is asked, its opinion words as no topic', () => {
    // The verdict ask adds no topic: the claim before it is the question.
    expect(questions('the mayor paid for the tower. does the article back that up?')).toEqual([
      'the mayor paid for the tower',
    ]);
    expect(questions('the mayor paid for the tower. fair summary?')).toEqual([
      'the mayor paid for the tower',
    ]);
    // The writer's opinion of the claim (chat.yaml opinionWords) is filler, and a verdict word the
    // story never uses is no word of the claim.
    expect(questions('the tower repairs were pointless propaganda. fair summary?')).toEqual([
      'the tower repairs were',
    ]);
    const knowing = new ChatReader(
      DEFAULT_CHAT,
      (w) => DICTIONARY.has(w),
      (w) => DICTIONARY.has(w),
    );
    const known = (message: string) =>
      knowing.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));
    expect(known('the mayor paid, the tower is fake. does the article back that up?')).toEqual([
      'the mayor paid the tower is',
    ]);
    // A verdict word the story uses stays.
    const story = new ChatReader(
      DEFAULT_CHAT,
      (w) => DICTIONARY.has(w) || w === 'fake',
      () => true,
    );
    expect(
      story
        .read('the mayor paid, the tower is fake. does the article back that up?')
        .questions.map((q) => q.tokens.map((t) => t.word).join(' ')),
    ).toEqual(['the mayor paid the tower is fake']);
    // Not a verdict asked: "back" and "fake" stay words of the question.
    expect(questions('did the mayor pay back the cost?')).toEqual(['did the mayor pay back the cost']);
  });

  it('reads a claim put up for a verdict as what is asked, the verdict words as context', () => {
    // "claim: X. true/false?", "X. accurate or nah": the claim is the question, every word of it.
    expect(questions('claim: the mayor paid for the tower. true/false?')).toEqual([
      'the mayor paid for the tower',
    ]);
    expect(questions('the mayor paid for the tower. accurate or nah')).toEqual([
      'the mayor paid for the tower',
    ]);
    expect(questions("claim: 'the mayor paid for the tower' — true / false / mixture?")).toEqual([
      'the mayor paid for the tower',
    ]);
    const reading = reader.read('rate this: "the mayor paid for the tower"');
    expect(reading.questions.map((q) => q.tokens.map((t) => t.word).join(' '))).toEqual([
      'the mayor paid for the tower',
    ]);
    // A claim in quotation marks put up for a verdict is someone's words, not the text's pasted.
    expect(reading.quoted).toEqual([]);
    expect(reader.read('did he say "the mayor paid for the tower"?').quoted).toEqual([
      'the mayor paid for the tower',
    ]);
    // Words said to be a quote whose source is asked are the text's words pasted, to find.
    expect(reader.read('fragment i need sourced: "...the mayor paid for the tower"').quoted).toEqual([
      '...the mayor paid for the tower',
    ]);
    expect(reader.read('exact quote needed: "the mayor paid for the tower". source?').quoted).toEqual([
      'the mayor paid for the tower',
    ]);
    // A fact-checker's label before a colon says how the question is asked, not what about.
    expect(questions('framing check: who paid for the tower?')).toEqual(['who paid for the tower']);
    expect(questions('primary source check: who paid for the tower?')).toEqual(['who paid for the tower']);
    // Someone posting the claim, whom the knowledge never names, is how it reached the writer.
    const knowing = new ChatReader(
      DEFAULT_CHAT,
      (w) => DICTIONARY.has(w),
      (w) => DICTIONARY.has(w),
    );
    expect(
      knowing
        .read('tiktok guy says the mayor paid for the tower. true?')
        .questions.map((q) => q.tokens.map((t) => t.word).join(' ')),
    ).toEqual(['the mayor paid for the tower']);
    // Not someone of no kind ("he says ..."): the claim stays as written.
    expect(
      knowing
        .read('he says the mayor paid for the tower. true?')
        .questions.map((q) => q.tokens.map((t) => t.word).join(' ')),
    ).toEqual(['he says the mayor paid for the tower']);
    // Not a question whose words are a name and stop words ("did IS do right after").
    expect(questions('did IS do anything wrong?')).toEqual(['did is do anything wrong']);
  });

  it("reads the writer's own words after a question asked by a cue as context", () => {
    const reading = reader.read(
      'tell me who paid for the tower, i am learning english and this is difficult for me',
    );
    expect(reading.questions.map((q) => q.tokens.map((t) => t.word).join(' '))).toEqual([
      'who paid for the tower',
    ]);
    expect(reading.context.map((t) => t.word)).toContain('learning');
  });

  it("keeps a clause that asks, one in quotation marks, and the writer's words before a question", () => {
    expect(questions('how long did the repairs take, did we pay for them?')[0]).toContain('pay');
    expect(questions('who paid, and when did i miss it')).toHaveLength(2);
    expect(questions('who said "the tower opens, we hope, in may"')[0]).toContain('hope');
    expect(questions('i saw the tower, it reopened for my birthday')[0]).toContain('reopened');
    expect(questions('who paid, i')[0]).toContain('paid');
  });

  it('reads a short label before a colon as what the question after it is about', () => {
    const labelled = reader.read('the tower repairs: who paid and when?');
    expect(labelled.questions[0]?.tokens.map((t) => t.word)).toEqual(
      expect.arrayContaining(['tower', 'repairs', 'who']),
    );
    expect(labelled.context).toEqual([]);
    // A clause with a pronoun is a story, not a label; so is a long one.
    const story = reader.read('Quick fact check before we record: how long did the repairs take?');
    expect(story.questions[0]?.tokens.map((t) => t.word)).not.toContain('record');
    const long = reader.read('my uncle who lives by the old tower says: who paid?');
    expect(long.questions[0]?.tokens.map((t) => t.word)).not.toContain('tower');
  });

  it('leaves out English words the knowledge lacks from a label before a question that names a topic itself', () => {
    // "accountability mechanisms: ...", "UNSC angle: ...": a heading the question is filed under.
    const knowing = new ChatReader(
      DEFAULT_CHAT,
      (w) => DICTIONARY.has(w) || w === 'angle' || w === 'format',
      (w) => DICTIONARY.has(w) && w !== 'so' && w !== 'say',
    );
    const words = (message: string) => knowing.read(message).questions[0]?.tokens.map((t) => t.word);
    expect(words('tower angle: who paid for the repairs?')).toEqual([
      'tower',
      'who',
      'paid',
      'for',
      'the',
      'repairs',
    ]);
    // With no topic of its own the label is what it asks about, all of it.
    expect(words('format angle: who paid?')).toEqual(['format', 'angle', 'who', 'paid']);
    // A name the knowledge lacks stays: the question may ask of someone it does not know.
    expect(words('Zorblat: who paid for the repairs?')).toContain('zorblat');
    // A short heading before a dash is such a label too; not words switching topic or asking.
    expect(words('tower angle — who paid for the repairs?')).toEqual([
      'tower',
      'who',
      'paid',
      'for',
      'the',
      'repairs',
    ]);
    expect(words('unrelated angle - who paid for the repairs?')).toContain('angle');
    expect(words('what angle — who paid for the repairs?')).toContain('angle');
  });

  it('takes a sentence as a question by its first word or a cue, without a question mark', () => {
    expect(
      reader.read('Just back from the coast. Who paid for the tower').questions.map((q) => q.text),
    ).toEqual(['Who paid for the tower']);
    expect(reader.read('Quick check: how long did the repairs take.').questions.map((q) => q.text)).toEqual([
      'how long did the repairs take.',
    ]);
    expect(reader.read('The tower reopened. Anyone know the cost.').questions.map((q) => q.text)).toEqual([
      'Anyone know the cost.',
    ]);
    // A preposition before the question word: "for how long", "since when".
    expect(reader.read('The tower was shut. For how long').questions.map((q) => q.text)).toEqual([
      'For how long',
    ]);
    expect(reader.read('The tower was shut. For the winter').questions.map((q) => q.text)).toEqual([
      'The tower was shut. For the winter',
    ]);
    // Within a sentence, "and about what" goes on with the same question.
    expect(questions('"the tower reopened" who said that and about what')).toEqual([
      'the tower reopened who said that about what',
    ]);
  });

  it('reads the whole message as the question when no sentence is one', () => {
    const reading = reader.read('the cost of the tower repairs.');
    expect(reading.questions.map((q) => q.text)).toEqual(['the cost of the tower repairs.']);
    expect(reading.context).toEqual([]);
  });

  it('finds two questions in one message, with a question mark or joined by "and"', () => {
    expect(reader.read('who paid for the repairs? and when did the tower reopen?').questions).toHaveLength(2);
    expect(reader.read('how long did the repairs take and who paid').questions.map((q) => q.text)).toEqual([
      'how long did the repairs take',
      'who paid',
    ]);
  });

  it('joins two questions by "+" or "&" as by "and"', () => {
    for (const joined of [
      'how long did the repairs take + who paid',
      'how long did the repairs take & who paid',
    ]) {
      expect(reader.read(joined).questions.map((q) => q.text)).toEqual([
        'how long did the repairs take',
        'who paid',
      ]);
    }
    // Not inside a word or a name: "AT&T" stays one word.
    expect(reader.read('who paid AT&T for the repairs').questions).toHaveLength(1);
  });

  it('finds a second question that starts with an auxiliary and whom it asks about', () => {
    expect(
      reader.read('who paid for the repairs and did he reopen the tower').questions.map((q) => q.text),
    ).toEqual(['who paid for the repairs', 'did he reopen the tower']);
  });

  it('starts a second question at a preposition and a question word with a verb after them', () => {
    expect(questions('who paid for the tower, and at what point did it reopen')).toEqual([
      'who paid for the tower',
      'at what point did it reopen',
    ]);
    expect(questions('who paid for the tower and for what')).toHaveLength(1);
  });

  it('reads "from what I gather ..." as what the writer was told, not a question', () => {
    const reading = reader.read('From what I gather the mayor paid. When did the tower reopen?');
    expect(reading.questions.map((q) => q.text)).toEqual(['When did the tower reopen?']);
  });

  it('marks a question asked by its "?" alone as supposed', () => {
    const reading = reader.read("I'm guessing the mayor? Who paid for the tower?");
    expect(reading.questions.map((q) => !!q.supposed)).toEqual([true, false]);
  });

  it('marks a sentence asking by a cue alone (no "?", no question word after it) as supposed', () => {
    const announced = reader.read('Not to be rude but I want to know: when did the tower reopen?');
    expect(announced.questions.map((q) => [q.text, !!q.supposed])).toEqual([
      ['Not to be rude but I want to know:', true],
      ['when did the tower reopen?', false],
    ]);
    expect(reader.read('I want to know the cost. Who paid for the tower?').questions[0]?.supposed).toBe(true);
    // Not a cue followed by its question word, nor a sentence that asks by its "?".
    expect(reader.read('I want to know who paid. When did it reopen?').questions[0]?.supposed).toBeFalsy();
    expect(reader.read('Anyone know the cost? When did it reopen?').questions[0]?.supposed).toBeFalsy();
  });

  it('does not split where "and" joins two things of one question', () => {
    expect(reader.read('who paid for the tower and the steps').questions).toHaveLength(1);
  });

  it('keeps the words before the question word of a sentence as context', () => {
    const reading = reader.read('Sorry if this is dumb but who paid for it?');
    expect(reading.questions.map((q) => q.text)).toEqual(['who paid for it?']);
  });

  it('reads a question asked after a cue in a sentence without "?" from its question word on', () => {
    const reading = reader.read('My teacher asked us to find out who paid for the tower. Can anyone help?');
    expect(questions('My teacher asked us to find out who paid for the tower. Can anyone help?')[0]).toBe(
      'who paid for the tower',
    );
    expect(reading.context.map((t) => t.word)).toEqual(expect.arrayContaining(['teacher', 'asked']));
  });

  it('drops the writer not having known a thing before ("didn\'t know this until today")', () => {
    expect(questions("didn't know this until today, who paid for the tower?")).toEqual([
      'who paid for the tower',
    ]);
    expect(questions('never knew that. who paid for the tower')).toEqual(['who paid for the tower']);
  });

  it('reads a question someone reported ("a student asked why ...") from its question word on', () => {
    expect(questions('one of my students asked why the tower reopened, i had no idea')).toEqual([
      'why the tower reopened',
    ]);
    expect(questions('a kid asked me who paid for the tower')).toEqual(['who paid for the tower']);
    expect(reader.read('one of my students asked why the tower reopened').context.map((t) => t.word)).toEqual(
      expect.arrayContaining(['students', 'asked']),
    );
    // Asking opening the message is the writer's own request, not a question reported.
    expect(reportedQuestion(tokenize('asked why the tower reopened'), 0)).toBe(0);
    expect(reportedQuestion(tokenize('she asked whether the tower reopened'), 1)).toBe(2);
    expect(reportedQuestion(tokenize('she asked for the tower'), 1)).toBe(0);
    // Someone of the story asking is what the question is about.
    expect(reportedQuestion(tokenize('the mayor asked why it shut'), 2, (w) => w === 'mayor')).toBe(0);
  });

  it('reads a "?" sentence that opens with a cue from its question word on, the framing as context', () => {
    expect(questions("So I'm curious, in this case, who paid for the tower?")).toEqual([
      'who paid for the tower',
    ]);
    expect(
      reader.read("So I'm curious, in this case, who paid for the tower?").context.map((t) => t.word),
    ).toEqual(["i'm", 'curious']);
    expect(questions('I wonder, who paid for the tower?')).toEqual(['who paid for the tower']);
    // Words the knowledge does not use between the cue and the question word frame it too.
    const knowing = new ChatReader(
      DEFAULT_CHAT,
      (w) => DICTIONARY.has(w),
      (w) => DICTIONARY.has(w),
    );
    const read = (m: string) => knowing.read(m).questions.map((q) => q.tokens.map((t) => t.word).join(' '));
    expect(read("I'm curious, out of interest, who paid for the tower?")).toEqual(['who paid for the tower']);
    expect(read("I'm curious, the mayor, who paid for the tower?")).toEqual([
      "i'm curious the mayor who paid for the tower",
    ]);
    // Not a cue after the story's words: what is asked is what was said.
    expect(questions("the mayor says they couldn't explain who paid for the tower?")).toEqual([
      "the mayor says they couldn't explain who paid for the tower",
    ]);
  });

  it('keeps fragments in quotation marks', () => {
    expect(reader.read('"two boats ran aground" who said that').quoted).toEqual(['two boats ran aground']);
    expect(reader.read("“most of it paid” by whom? it's odd").quoted).toEqual(['most of it paid']);
  });

  it('reads a sentence opening with a question word and then the writer, without "?", as the story around the question', () => {
    const message = 'When I was young we climbed the lighthouse. Who paid for the tower?';
    expect(questions(message)).toEqual(['who paid for the tower']);
    expect(reader.read(message).context.map((t) => t.word)).toEqual(
      expect.arrayContaining(['young', 'climbed']),
    );
    // With a "?" it asks, and a question word before anyone else asks.
    expect(questions('When did we climb it?')).toEqual(['when did we climb it']);
    expect(questions('When was it reopened. Who paid')).toHaveLength(2);
  });

  it('drops an apology and "I meant to ask" opening a message: they say nothing of what is asked', () => {
    expect(questions('oh sorry wrong channel, i meant to ask who paid for the tower')).toEqual([
      'who paid for the tower',
    ]);
  });

  it('reads a name taken back and said again as the last one said', () => {
    expect(questions('Who paid for the tower... no, the steps... the lighthouse, in the end?')).toEqual([
      'who paid for the lighthouse in the end',
    ]);
    expect(questions('who paid for the tower, sorry, the lighthouse')).toEqual([
      'who paid for the lighthouse',
    ]);
    // An ellipsis before another question is still the end of a sentence.
    expect(questions('Who paid for the tower... when did it reopen?')).toHaveLength(2);
  });

  it('does not cut a sentence after an initial', () => {
    expect(splitSentences('What did the U.S. Navy say? And the mayor?')).toEqual([
      'What did the U.S. Navy say?',
      'And the mayor?',
    ]);
  });

  it('ends a story at "anyway" before a clause that asks', () => {
    expect(splitSentences('my family argued all night about it anyway, who paid for the tower?')).toEqual([
      'my family argued all night about it',
      'anyway, who paid for the tower?',
    ]);
    expect(splitSentences('long story short when did it reopen')).toEqual([
      'long story short when did it reopen',
    ]);
    expect(splitSentences('they reopened it anyway')).toEqual(['they reopened it anyway']);
    expect(splitSentences('we went anyway because it was open')).toEqual([
      'we went anyway because it was open',
    ]);
  });

  // Plain ASCII whose end marks all have a space after them is split without the segmenter (issue
  // 15); an end the split alone would miss is still found: after a closing quotation mark, or with
  // no space after a "?" or "!".
  it.each([
    ['He said "stop." Then what did they do?', ['He said "stop."', 'Then what did they do?']],
    ['what?why did they stop', ['what?', 'why did they stop']],
    ['wait!Who called it', ['wait!', 'Who called it']],
    ['was it 3.5 million. and the u.s side?', ['was it 3.5 million.', 'and the u.s side?']],
    ['who called it?!  and when...', ['who called it?!', 'and when...']],
  ])('splits %j as the segmenter and the split together do', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('a typo corrected with a trailing "*word"', () => {
  it.each([
    ['when did the light tour reopen\n*tower', 'when did the light tower reopen'],
    ['who paid for the repars *repairs lol', 'who paid for the repairs'],
    ['what did the mayer say *mayor not mayer', 'what did the mayor say'],
    ['who paid for the tower\n*zeppelin', 'who paid for the tower'],
  ])('reads %j as %j', (message, words) => {
    expect(questions(message)).toEqual([words]);
  });
});

describe('idioms and phrasal verbs (chat.yaml idioms, WordNet collocations)', () => {
  const lexicon = new Lexicon({ entities: [], synonyms: [{ id: 'shut', words: ['called off'] }] });
  const idioms = new ChatReader(
    DEFAULT_CHAT,
    (w) => DICTIONARY.has(w),
    (w) => DICTIONARY.has(w),
    (tokens, at) => lexicon.phraseAt(tokens, at),
    (text) => text,
    ['chew_out', 'take_off', 'find_out'],
  );
  const read = (message: string) =>
    idioms.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));

  it('reads an idiom of the chat list as what it means', () => {
    expect(read('did the mayor buy the visitors story')).toEqual([
      'did the mayor believe the visitors story',
    ]);
    // "no clue": "not know", the negation noted on "know".
    const clue = idioms.read('who had no clue the tower was open').questions[0]?.tokens ?? [];
    expect(clue.map((t) => t.word).join(' ')).toBe('who had know the tower was open');
    expect(clue.find((t) => t.word === 'know')?.negated).toBe(true);
    // "big mad": chat's "very mad" (read "angry"), no size of anything.
    expect(read('mayor big mad, what did he say')).toEqual(['mayor angry what did he say']);
    // "go easy on": "not criticize", the negation noted on "criticize", inflected too.
    const easy = idioms.read('was the mayor going easy on the visitors').questions[0]?.tokens ?? [];
    expect(easy.map((t) => t.word).join(' ')).toBe('was the mayor criticize the visitors');
    expect(easy.find((t) => t.word === 'criticize')?.negated).toBe(true);
    // "end up dead": "die", no end of anything nor a later turn of events; inflected too.
    expect(read('why did the visitors end up dead')).toEqual(['why did the visitors die']);
    expect(read('how many visitors ended up dead')).toEqual(['how many visitors die']);
    // "the bit about X", "the part about X": which part of the text, asked about X.
    expect(read('no, the bit about the repairs')).toEqual(['the about the repairs']);
    expect(read('what did the mayor say, the part about the tower')).toEqual([
      'what did the mayor say the about the tower',
    ]);
  });

  it("reads WordNet's phrasal verb as one word, where its words leave one the knowledge does not use", () => {
    expect(read('why did the mayor chew out the visitors')).toEqual([
      'why did the mayor chew_out the visitors',
    ]);
    expect(read('the mayor chewed them out, why')).toEqual(['the mayor chew_out why']);
    // "took" and "off": both read ("off" a word of no topic), so the words stay.
    expect(read('who took off the tickets')).toEqual(['who took off the tickets']);
  });

  it('keeps a phrase of the knowledge, or of the chat lists, as its words', () => {
    expect(read('who called off the repairs')).toEqual(['who called off the repairs']);
  });
});

describe('"were" typed for "where"', () => {
  it('reads "were" opening a question before a verb as "where", and keeps "were they ..."', () => {
    expect(questions('were was the lighthouse')).toEqual(['where was the lighthouse']);
    expect(questions('were did the boats run aground')).toEqual(['where did the boats run aground']);
    expect(questions('were the visitors happy')).toEqual(['were the visitors happy']);
    expect(questions('the boats were was it')).toEqual(['the boats were was it']);
  });
});

describe('"who says this" after a statement', () => {
  it('asks who says the statement, and leaves a question of its own as it is', () => {
    expect(questions('the mayor paid for the tower, who says this?')).toEqual([
      'who says the mayor paid for the tower',
    ]);
    expect(questions('the mayor paid for the tower - who said that')).toEqual([
      'who said the mayor paid for the tower',
    ]);
    expect(questions('who says so')).toEqual(['who says so']);
    expect(questions('who paid for the tower and who says so')).toEqual([
      'who paid for the tower',
      'who says so',
    ]);
  });

  it('reads chat\'s "n" before a question word as "and" joining two questions', () => {
    expect(questions('how long did the repairs last n how many visitors came')).toEqual([
      'how long did the repairs last',
      'how many visitors came',
    ]);
  });
});

describe('"who used it" after words quoted', () => {
  it('asks who said the words quoted, and leaves "used" as it is with nothing quoted', () => {
    expect(questions("the word 'reckless' please, and who used it?")).toContain('who said it');
    expect(questions("'reckless' - who used this word")).toEqual(['reckless who said this word']);
    expect(questions('the mayor had a tower, and who used it?')).toContain('who used it');
    expect(questions("the word 'reckless', who used the tower").join(' ')).toMatch(/who used the tower$/);
  });
});

describe('"use" of words said', () => {
  it('reads "use" after a word of quoting or a noun of words as "said" ("the words they used")', () => {
    expect(questions('what words did they use')).toEqual(['what words did they said']);
    expect(questions('what was the quote he used')).toEqual(['what was the quote he said']);
  });

  it('keeps "use" of anything else, or far from the word of quoting', () => {
    expect(questions('did they use the tower')).toEqual(['did they use the tower']);
    expect(questions('what words did the mayor say when they used the tower')).toEqual([
      'what words did the mayor say when they used the tower',
    ]);
  });
});

describe('"whereabouts" asking where', () => {
  it('reads "whereabouts" opening a question, an auxiliary after it, as "where"', () => {
    expect(questions('whereabouts was the mayor when the tower opened?')).toEqual([
      'where was the mayor when the tower opened',
    ]);
    expect(questions('and whereabouts did the boats run aground?')).toEqual([
      'where did the boats run aground',
    ]);
  });

  it('keeps the noun: "what were his whereabouts"', () => {
    expect(questions('what were the whereabouts of the mayor')).toEqual([
      'what were the whereabouts of the mayor',
    ]);
  });
});

describe('"name the X" asking which X', () => {
  it('reads "name the" opening a question as "which"', () => {
    expect(questions('name the mayor who reopened the tower')).toEqual([
      'which mayor who reopened the tower',
    ]);
  });

  it('leaves the other requests to name dropped as they were, and "name" later in a question', () => {
    expect(questions('name all the visitors')).toEqual(['visitors']);
    expect(questions('what was the name the mayor gave the tower')).toEqual([
      'what was the name the mayor gave the tower',
    ]);
  });
});

describe("a fan server's chat: keysmashes, the writer after the question, a tag before it", () => {
  // A reader that knows the knowledge's words only (the default knows every word).
  const knowing = new ChatReader(
    DEFAULT_CHAT,
    (w) => DICTIONARY.has(w),
    (w) => DICTIONARY.has(w),
  );
  const read = (message: string) =>
    knowing.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));

  it('drops a keysmash as filler, an opener after it still an opener', () => {
    expect(read('sjdkfhsk wait so who paid for the tower')).toEqual(['who paid for the tower']);
    expect(read('asdkjfh who paid for the tower')).toEqual(['who paid for the tower']);
  });

  it('keeps a mistyped word that is no keysmash ("killd", "damscus")', () => {
    expect(read('who killd the mayor')).toEqual(['who killd the mayor']);
    expect(read('what did damscus say')).toEqual(['what did damscus say']);
  });

  it("reads the writer's own clause after a question, with no comma, as context", () => {
    const message = reader.read("who paid for the tower i'm so confused");
    expect(message.questions.map((q) => q.tokens.map((t) => t.word).join(' '))).toEqual([
      'who paid for the tower',
    ]);
    expect(message.context.map((t) => t.word)).toContain('confused');
    // Not where "i" goes on the clause: "what did i ...", "that i ...".
    expect(questions('what did i say about the tower')).toEqual(['what did i say about the tower']);
  });

  it('drops bestie and an "i\'m guessing" put after a statement', () => {
    expect(questions('bestie who paid for the tower')).toEqual(['who paid for the tower']);
    expect(questions("so the mayor paid for the tower i'm guessing")).toEqual([
      'the mayor paid for the tower',
    ]);
  });

  it('ends a statement at its tag and comma before a clause that asks', () => {
    expect(splitSentences('the mayor did not just stay quiet about it right, what did he say')).toEqual([
      'the mayor did not just stay quiet about it right?',
      'what did he say',
    ]);
    // A question asked by its own word goes on: one question.
    expect(splitSentences('was the tower open that night right, what did it cost')).toEqual([
      'was the tower open that night right, what did it cost',
    ]);
  });
});

describe('Scots, Irish and Northern English as said', () => {
  it('reads "-nae", "wis", "whit", "wi", "til", "killt" and "youse" as the English words', () => {
    expect(questions('why didnae the mayor reopen the tower')).toEqual([
      'why did the mayor reopen the tower',
    ]);
    expect(questions('so the boats wasnae aground?')).toContain('the boats was aground');
    expect(questions('whit did the mayor say')).toEqual(['what did the mayor say']);
    expect(questions('wis the tower open til the repairs')).toEqual(['was the tower open until the repairs']);
    expect(questions('how many visitors wur killt')).toEqual(['how many visitors were killed']);
    expect(questions('did the mayor talk wi youse')).toEqual(['did the mayor talk with you']);
  });

  it('reads "wit" as "what" only opening a question with a verb after it; the noun stays', () => {
    expect(questions("wit's the mayor called")).toEqual(['what is the mayor called']);
    expect(questions('and wit happened to the tower')).toEqual(['what happened to the tower']);
    expect(questions("the mayor's wit, what did she say")).toContain('the mayor wit what did she say');
    expect(questions("did the mayor's wit sell tickets")).toEqual(['did the mayor wit sell tickets']);
  });

  it('reads "doon" after a verb as "down", and "whit house" as the White House', () => {
    expect(questions('did the mayor bring doon the tower')).toEqual(['did the mayor bring down the tower']);
    expect(questions('what did the whit house say')).toEqual(['what did the white house say']);
  });

  it('drops "pure" and "proper" saying how much before a describing word, and keeps them before a noun', () => {
    expect(questions('why was the mayor pure ragin')).toEqual(['why was the mayor ragin']);
    expect(questions('was the mayor proper annoyed about the tower')).toEqual([
      'was the mayor annoyed about the tower',
    ]);
    expect(questions('did the mayor want a proper tower')).toEqual(['did the mayor want a proper tower']);
    expect(questions('was the repair pure theatre')).toEqual(['was the repair pure theatre']);
  });

  it('drops "och", "aye" and "wee question" like other chat, and hears "me da" as kin', () => {
    expect(questions('och, wee question, how long took the repairs aye')).toEqual([
      'how long took the repairs',
    ]);
    expect(DEFAULT_CHAT.kin).toContain('da');
    expect(questions('the lads say the mayor paid, or is that talkin shite')).toEqual([
      'the lads say the mayor paid is that',
    ]);
  });
});

describe('"end up" before a verb in -ing', () => {
  it('reads "ended up holding" as the verb, and keeps "end up" with no verb after it', () => {
    expect(questions('who ended up holdin the tower')).toEqual(['who holdin the tower']);
    expect(questions('did the mayor end up paying')).toEqual(['did the mayor paying']);
    expect(questions('how did the repairs end up')).toEqual(['how did the repairs end up']);
  });

  it('reads "ended up with" as coming to have it', () => {
    expect(questions('who ended up with the tower')).toEqual(['who with the tower']);
  });
});

describe('a time guessed beside a question of when', () => {
  it('drops the time put after a question that asks when; keeps other tails', () => {
    expect(withoutGuessedTime('when did the tower reopen, was it sunday')).toBe('when did the tower reopen?');
    expect(withoutGuessedTime('what time did the mayor speak, like saturday night?')).toBe(
      'what time did the mayor speak?',
    );
    expect(withoutGuessedTime('when did it reopen, maybe in march or so')).toBe('when did it reopen?');
    // Not a time, not a question of when, nor times given as options.
    expect(withoutGuessedTime('when did the tower reopen, was it the mayor')).toBe(
      'when did the tower reopen, was it the mayor',
    );
    expect(withoutGuessedTime('who paid, was it sunday')).toBe('who paid, was it sunday');
    expect(withoutGuessedTime('when did it reopen, sunday or monday?')).toBe(
      'when did it reopen, sunday or monday?',
    );
  });

  it('reads "nite" as "night"', () => {
    expect(questions('was the tower open at nite?')).toEqual(['was the tower open at night']);
  });
});

describe('a question word typed with two letters swapped', () => {
  it('reads "waht", "wehre", "whta" as the question word, so it opens its own question', () => {
    expect(questions('who is the mayor and waht did she say about the tower')).toEqual([
      'who is the mayor',
      'what did she say about the tower',
    ]);
    expect(questions('wehre did the boats run aground')).toEqual(['where did the boats run aground']);
  });
  it('leaves a swap two question words give ("hwo": who or how) and one that is a word', () => {
    expect(questions('hwo paid for the repairs')[0]).toMatch(/^hwo /);
    const knowing = new ChatReader(DEFAULT_CHAT, (w) => DICTIONARY.has(w) || w === 'whta');
    expect(knowing.read('whta did the mayor say').questions[0]?.tokens[0]?.word).toBe('whta');
  });
});

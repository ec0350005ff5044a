/**
 * chat.yaml (optional): the chat lists, each section the file leaves out filled with the default
 * (chat-defaults.ts). Checked against the story's own words: a filler word that is also a name
 * or a synonym would be dropped before the question is read, so it is reported.
 */
import { fold } from '../../text/normalize.ts';
import { DEFAULT_CHAT } from '../chat-defaults.ts';
import { type ChatWords, KNOWLEDGE_FILES } from '../model.ts';
import type { Problem } from '../problems.ts';
import type { ParsedFile } from '../reader.ts';
import type { Chat, Entity, SynonymGroup } from '../schema.ts';

const ONE_WORD = /^[\p{L}\p{N}']+$/u;
const SHORTCODE = /^:[\w+-]+:$/;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

const foldAll = (list: readonly string[]) => [...new Set(list.map((w) => fold(w).trim()))];
/** Phrases as the engine matches them: folded, one space between words, each once. */
const foldPhrases = (list: readonly string[]) => [
  ...new Set(list.map((p) => fold(p).trim().split(/\s+/).join(' '))),
];

export function chatWords(
  file: ParsedFile<Chat>,
  story: { entities: readonly Entity[]; synonyms: readonly SynonymGroup[] },
  problems: Problem[],
  warnings: Problem[],
): ChatWords {
  const chat = file.value ?? {};
  const F = KNOWLEDGE_FILES.chat;
  const abbreviations: Record<string, string> = {};
  for (const [word, meaning] of Object.entries(chat.abbreviations ?? DEFAULT_CHAT.abbreviations)) {
    if (!ONE_WORD.test(word))
      problems.push({
        file: F,
        line: file.lineOf(['abbreviations', word]),
        field: `abbreviations.${word}`,
        message:
          'an abbreviation is one word as people type it (letters, digits, apostrophes): write phrases under filler',
      });
    else abbreviations[fold(word)] = fold(meaning).trim();
  }
  const idioms: Record<string, string> = {};
  for (const [phrase, meaning] of Object.entries(chat.idioms ?? DEFAULT_CHAT.idioms)) {
    const words = fold(phrase).trim().split(/\s+/);
    if (words.length < 2 || words[0] === '*' || words.at(-1) === '*')
      problems.push({
        file: F,
        line: file.lineOf(['idioms', phrase]),
        field: `idioms.${phrase}`,
        message:
          'an idiom is two words or more, "*" only between them (one word as people type it goes under abbreviations)',
      });
    else idioms[words.join(' ')] = fold(meaning).trim();
  }
  const emoji: Record<string, string> = {};
  for (const [key, meaning] of Object.entries(chat.emoji ?? DEFAULT_CHAT.emoji)) {
    if (!SHORTCODE.test(key) && !EMOJI.test(key))
      problems.push({
        file: F,
        line: file.lineOf(['emoji', key]),
        field: `emoji.${key}`,
        message: 'not an emoji: write the emoji itself ("💀") or its :shortcode: (":skull:")',
      });
    else emoji[key] = fold(meaning).trim();
  }
  const words: ChatWords = {
    filler: foldAll(chat.filler ?? DEFAULT_CHAT.filler),
    openers: foldAll(chat.openers ?? DEFAULT_CHAT.openers),
    abbreviations,
    idioms,
    emoji,
    negations: foldAll(chat.negations ?? DEFAULT_CHAT.negations),
    questionWords: foldAll(chat.questionWords ?? DEFAULT_CHAT.questionWords),
    questionCues: foldAll(chat.questionCues ?? DEFAULT_CHAT.questionCues),
    laterCues: foldAll(chat.laterCues ?? DEFAULT_CHAT.laterCues),
    offTopicMarks: foldAll(chat.offTopicMarks ?? DEFAULT_CHAT.offTopicMarks),
    futureWords: foldAll(chat.futureWords ?? DEFAULT_CHAT.futureWords),
    timeWords: foldAll(chat.timeWords ?? DEFAULT_CHAT.timeWords),
    personWords: foldAll(chat.personWords ?? DEFAULT_CHAT.personWords),
    audience: foldAll(chat.audience ?? DEFAULT_CHAT.audience),
    spokenMarks: Object.fromEntries(
      Object.entries(chat.spokenMarks ?? DEFAULT_CHAT.spokenMarks).map(([said, mark]) => [
        fold(said).trim().split(/\s+/).join(' '),
        mark,
      ]),
    ),
    verdictWords: foldAll(chat.verdictWords ?? DEFAULT_CHAT.verdictWords),
    opinionWords: foldAll(chat.opinionWords ?? DEFAULT_CHAT.opinionWords),
    claimLabels: foldAll(chat.claimLabels ?? DEFAULT_CHAT.claimLabels),
    posters: foldAll(chat.posters ?? DEFAULT_CHAT.posters),
    kin: foldAll(chat.kin ?? DEFAULT_CHAT.kin),
    asking: foldAll(chat.asking ?? DEFAULT_CHAT.asking),
    exclusions: foldPhrases(chat.exclusions ?? DEFAULT_CHAT.exclusions),
    chatPeople: foldAll(chat.chatPeople ?? DEFAULT_CHAT.chatPeople),
    addressees: foldAll(chat.addressees ?? DEFAULT_CHAT.addressees),
    firstPerson: foldAll(chat.firstPerson ?? DEFAULT_CHAT.firstPerson),
    sayingNouns: foldAll(chat.sayingNouns ?? DEFAULT_CHAT.sayingNouns),
    sideClaims: foldAll(chat.sideClaims ?? DEFAULT_CHAT.sideClaims),
    otherAnswers: foldAll(chat.otherAnswers ?? DEFAULT_CHAT.otherAnswers),
    correctionsAnywhere: foldPhrases(chat.correctionsAnywhere ?? DEFAULT_CHAT.correctionsAnywhere),
    afterthoughts: foldPhrases(chat.afterthoughts ?? DEFAULT_CHAT.afterthoughts),
    reactions: foldPhrases(chat.reactions ?? DEFAULT_CHAT.reactions),
    sayingModifiers: foldAll(chat.sayingModifiers ?? DEFAULT_CHAT.sayingModifiers),
    degreeWords: foldAll(chat.degreeWords ?? DEFAULT_CHAT.degreeWords),
    peopleCounted: foldAll(chat.peopleCounted ?? DEFAULT_CHAT.peopleCounted),
    articleNouns: foldAll(chat.articleNouns ?? DEFAULT_CHAT.articleNouns),
    pressWords: foldAll(chat.pressWords ?? DEFAULT_CHAT.pressWords),
    quoting: foldAll(chat.quoting ?? DEFAULT_CHAT.quoting),
    quoteRequests: foldAll(chat.quoteRequests ?? DEFAULT_CHAT.quoteRequests),
    followUpOpeners: foldAll(chat.followUpOpeners ?? DEFAULT_CHAT.followUpOpeners),
    topicSwitches: foldPhrases(chat.topicSwitches ?? DEFAULT_CHAT.topicSwitches),
    takingBack: foldPhrases(chat.takingBack ?? DEFAULT_CHAT.takingBack),
    corrections: foldPhrases(chat.corrections ?? DEFAULT_CHAT.corrections),
    feelings: foldAll(chat.feelings ?? DEFAULT_CHAT.feelings),
    speechVerbs: foldAll(chat.speechVerbs ?? DEFAULT_CHAT.speechVerbs),
    // Lower case, accents kept ("où" is where, "ou" or): the French reader folds what it must.
    frenchMarkers: [
      ...new Set((chat.frenchMarkers ?? DEFAULT_CHAT.frenchMarkers).map((w) => w.toLowerCase().trim())),
    ],
    french: Object.fromEntries(
      Object.entries(chat.french ?? DEFAULT_CHAT.french).map(([k, v]) => [k.toLowerCase().trim(), v.trim()]),
    ),
  };
  // A word of the story dropped as filler would never count: say so (it still loads).
  const storyWords = new Map<string, string>();
  for (const e of story.entities)
    for (const name of [e.name, ...e.aliases])
      storyWords.set(fold(name), `a name of "${e.id}" in entities.yaml`);
  for (const g of story.synonyms)
    for (const w of g.words) storyWords.set(fold(w), `a word of the group "${g.id}" in synonyms.yaml`);
  for (const section of ['filler', 'openers'] as const) {
    words[section].forEach((w) => {
      const owner = storyWords.get(w);
      if (!owner) return;
      const k = (chat[section] ?? []).findIndex((x) => fold(x).trim() === w);
      warnings.push({
        file: F,
        line: k >= 0 ? file.lineOf([section, k]) : undefined,
        field: section,
        message: `"${w}" is ${owner}: as ${section === 'filler' ? 'filler' : 'an opener'} it is dropped before the question is read; remove it from one of the two`,
      });
    });
  }
  return words;
}

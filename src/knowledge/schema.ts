/**
 * zod schemas for every file in `knowledge/`. Types are inferred from them, never written twice.
 * Field descriptions double as the help text of `npm run knowledge:check`.
 */
import { z } from 'zod';
import { SENTENCE_ID, SOURCE_ID_PATTERN } from '../text/sentence-id.ts';

const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lower-case letters, digits and single hyphens, e.g. "death-toll"',
  );
const nonEmpty = z.string().trim().min(1, 'must not be empty');

/**
 * A source id: names the source in sentence ids ("un-sc.p2.s1"), /kb source and sources.yaml.
 * "p" and a number would read as a paragraph, so it is not one.
 */
export const SourceIdSchema = z
  .string()
  .regex(
    new RegExp(`^${SOURCE_ID_PATTERN}$`),
    'use lower-case letters, digits and single hyphens, e.g. "un-sc"',
  )
  .max(40, 'keep a source id under 40 characters: it starts every sentence id of the source')
  .refine((id) => !/^p\d+$/.test(id), 'a source id cannot be "p" and a number: it would read as a paragraph');

const sectionFields = {
  sections: z
    .array(z.strictObject({ id: slug, title: nonEmpty }))
    .describe('section headings, in order, exactly as they appear in the text'),
  leadSection: z
    .strictObject({ id: slug, title: nonEmpty })
    .describe('the untitled part before the first heading'),
};

/** Other names of a source's publisher, as people type them in a question ("per deutsche welle"). */
const publisherAliases = z
  .array(nonEmpty)
  .optional()
  .describe(
    'other names people use for the publisher, e.g. ["Deutsche Welle"] for DW: like the publisher, never someone speaking in the text',
  );

/** knowledge/article.yaml: metadata of the story's article, the source whose ids have no prefix. */
export const ArticleMetaSchema = z.strictObject({
  id: SourceIdSchema.optional().describe(
    'the article\'s source id, for /kb source and /source (default "article"); its sentence ids have no prefix',
  ),
  file: nonEmpty.describe('the article text, next to this file'),
  headline: nonEmpty,
  publisher: nonEmpty,
  publisherAliases: publisherAliases,
  date: z.iso.date('use YYYY-MM-DD'),
  source: nonEmpty.describe('how every quote is credited, e.g. "DW, 18 September 2016"'),
  url: z.url().optional(),
  language: nonEmpty.optional().describe('the language of the text, e.g. "en" (default "en")'),
  dateline: nonEmpty.optional().describe('the date line of the text, which is not a paragraph'),
  credit: nonEmpty.optional().describe('the credit line at the end of the text, e.g. "(DW)"'),
  ...sectionFields,
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/**
 * knowledge/sources.yaml (optional): the coverage that followed the article, one entry per
 * source, each with its own text (verbatim, its headline first) and its own credit. Its
 * sentence ids start with its id: "un-sc.p2.s1".
 */
export const SourceSchema = z.strictObject({
  id: SourceIdSchema,
  file: nonEmpty
    .optional()
    .describe('the text, verbatim, its headline as the first line (default sources/<id>.txt)'),
  headline: nonEmpty,
  publisher: nonEmpty,
  publisherAliases: publisherAliases,
  date: z.iso.date('use YYYY-MM-DD'),
  source: nonEmpty
    .optional()
    .describe(
      'how its quotes are credited (default "<publisher>, <date>", e.g. "Reuters, 19 September 2016")',
    ),
  url: z.url().optional(),
  language: nonEmpty.optional().describe('the language of the text, e.g. "en" (default "en")'),
  dateline: nonEmpty.optional().describe('the date line of the text, which is not a paragraph'),
  credit: nonEmpty.optional().describe('the credit line at the end of the text, e.g. "(Reuters)"'),
  sections: sectionFields.sections.optional(),
  leadSection: sectionFields.leadSection.optional(),
});
export type SourceEntry = z.infer<typeof SourceSchema>;

export const EntityKind = z.enum([
  'person',
  'government',
  'military',
  'group',
  'monitor',
  'institution',
  'media',
  'place',
  'alliance',
]);

/** knowledge/entities.yaml: people, bodies and places, with every name people use for them. */
export const EntitySchema = z
  .strictObject({
    id: slug,
    kind: EntityKind,
    name: nonEmpty,
    role: nonEmpty.optional(),
    label: nonEmpty.optional().describe('how the bot names this speaker; default "name, role"'),
    parent: slug.optional().describe('a broader entity: a question about the parent also finds this one'),
    members: z.array(slug).optional().describe('for joint speakers, e.g. "Syrian and Russian governments"'),
    voicedBy: z
      .array(slug)
      .optional()
      .describe('an alliance with no words of its own: what these members (and their parts) say, it says'),
    aliases: z.array(nonEmpty).default([]),
    caseSensitiveAliases: z
      .array(nonEmpty)
      .default([])
      .describe('aliases that only count with this exact case, e.g. "IS" (never the word "is")'),
    wholePhrases: z
      .array(nonEmpty)
      .optional()
      .describe('aliases of several words whose single words mean nothing alone ("top security body")'),
  })
  .superRefine((e, ctx) => wholePhrasesAmong(e.wholePhrases, [e.name, ...e.aliases], 'aliases', ctx));
export const EntitiesFileSchema = z.array(EntitySchema);
export type Entity = z.infer<typeof EntitySchema>;

/** knowledge/synonyms.yaml: words and phrases that mean the same for this story. */
export const SynonymGroupSchema = z
  .strictObject({
    id: slug,
    words: z.array(nonEmpty).min(2, 'a synonym group needs at least two words'),
    wholePhrases: z
      .array(nonEmpty)
      .optional()
      .describe('phrases of the words whose single words mean nothing alone ("sent word")'),
    note: z.string().optional(),
  })
  .superRefine((g, ctx) => wholePhrasesAmong(g.wholePhrases, g.words, 'words', ctx));

/**
 * A name or synonym phrase's words that the knowledge meets nowhere else count, weakly, toward its
 * meaning alone ("criminal" of "criminal negligence"); a phrase listed in `wholePhrases` gives its
 * words nothing ("sent" of "sent word", "body" of "top security body"). Each must be a phrase
 * (two words or more) of the entry's own names or words.
 */
function wholePhrasesAmong(
  listed: readonly string[] | undefined,
  own: readonly string[],
  field: string,
  ctx: z.RefinementCtx,
): void {
  for (const [i, phrase] of (listed ?? []).entries()) {
    const problem = !own.includes(phrase)
      ? `"${phrase}" is not one of the ${field}: list it there too`
      : !/\s/.test(phrase.trim())
        ? `"${phrase}" is a single word: wholePhrases lists phrases of several words`
        : undefined;
    if (problem) ctx.addIssue({ code: 'custom', path: ['wholePhrases', i], message: problem });
  }
}
export const SynonymsFileSchema = z.array(SynonymGroupSchema);
export type SynonymGroup = z.infer<typeof SynonymGroupSchema>;

/** knowledge/attributions.yaml: who each sentence's claim is attributed to, where curated by hand. */
export const AttributionSchema = z.strictObject({
  sentence: z.string().regex(SENTENCE_ID, 'a sentence id looks like "p4.s1" (or "un-sc.p2.s1" in a source)'),
  speaker: slug.nullable().describe('an entity id from entities.yaml, or null for the reporter'),
  starts: nonEmpty.optional().describe('the first words of the sentence, to catch ids that moved'),
  note: z.string().optional(),
});
export const AttributionsFileSchema = z.array(AttributionSchema);
export type Attribution = z.infer<typeof AttributionSchema>;

/** An answer item: a sentence id, or a sentence (or part of one) pasted verbatim from the article. */
export const AnswerRefSchema = nonEmpty;

/** knowledge/qa.yaml: curated questions, answered by quotes only. */
export const QaEntrySchema = z.strictObject({
  id: slug,
  question: nonEmpty,
  paraphrases: z.array(nonEmpty).default([]),
  answer: z.array(AnswerRefSchema).min(1, 'an answer needs at least one sentence id or verbatim quote'),
  note: z.string().max(300, 'keep the note under 300 characters').optional(),
  topic: nonEmpty.optional().describe('a short topic used in suggestions and /help'),
  more: z
    .boolean()
    .optional()
    .describe(
      'true when the answer means to list more sentences than are shown at once: the rest wait behind "More", and the checks say nothing about it',
    ),
});
export const QaFileSchema = z.array(QaEntrySchema);
export type QaEntry = z.infer<typeof QaEntrySchema>;

/** knowledge/contested.yaml: points where sources disagree; every side is quoted. */
export const ContestedSchema = z.strictObject({
  id: slug,
  topic: nonEmpty,
  reason: z
    .boolean()
    .optional()
    .describe(
      'true when the point is why its topic happened: a "why" question answered by one side gets every side',
    ),
  speakers: z
    .boolean()
    .optional()
    .describe(
      "true when the point is what each side's speaker said (an exchange): a question naming one side's speaker asks that side alone, one naming two sides' speakers asks the point",
    ),
  asked: z
    .array(nonEmpty)
    .optional()
    .describe(
      'other wordings of the topic ("Was Russia warned beforehand?"): a question holding as much of one of them asks the point as one holding as much of the topic',
    ),
  sides: z
    .array(
      z.strictObject({
        label: nonEmpty,
        answer: z.array(AnswerRefSchema).min(1),
      }),
    )
    .min(2, 'a contested point needs at least two sides'),
});
export const ContestedFileSchema = z.array(ContestedSchema);
export type Contested = z.infer<typeof ContestedSchema>;

/** knowledge/passages.json: generated by `npm run knowledge:build`, checked in. */
export const PassageSchema = z.strictObject({
  id: z.string().regex(SENTENCE_ID),
  /** The source of sources.yaml it is from; absent for the article's own sentences. */
  source: SourceIdSchema.optional(),
  paragraph: z.number().int().positive(),
  sentence: z.number().int().positive(),
  section: slug,
  text: nonEmpty,
  speaker: slug.nullable(),
  attribution: z.enum(['rule', 'curated', 'none']).describe('how the speaker was decided'),
});
export const PassagesFileSchema = z.strictObject({
  generatedBy: z.string(),
  /** The text the sentences are from (article.txt, or a source's file). */
  article: z.string(),
  passages: z.array(PassageSchema).min(1),
});
export type Passage = z.infer<typeof PassageSchema>;
export type PassagesFile = z.infer<typeof PassagesFileSchema>;

/** knowledge/settings.yaml: tuning that belongs to this knowledge base. */
export const SettingsSchema = z.strictObject({
  abstainBelow: z.number().min(0).max(1).describe('answers with a lower confidence become abstentions'),
  calibratedOn: z.string().optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * knowledge/bot.yaml (optional): what the bot says about itself and when it cannot answer, in
 * the words of this story. Without it, plain texts made from article.yaml are used.
 */
export const BotSchema = z.strictObject({
  about: nonEmpty
    .optional()
    .describe('the reply to "who are you?", "help" and messages with nothing to search for'),
  emptyQuestion: nonEmpty.optional().describe('the reply to an empty question'),
  notInArticle: nonEmpty
    .optional()
    .describe('the reply when the article does not answer: say what it does cover'),
  otherLanguage: nonEmpty
    .optional()
    .describe(
      'the reply when a question not answered is in a language the bot does not read (it reads English and French)',
    ),
  suggestions: z
    .array(slug)
    .optional()
    .describe('qa.yaml ids offered first, in /help and when a question cannot be answered'),
});
export type Bot = z.infer<typeof BotSchema>;

/**
 * knowledge/chat.yaml (optional): how people type in a chat server, as lists a moderator extends.
 * Every section is optional: a section left out keeps the program's default list
 * (src/knowledge/chat-defaults.ts), a section written replaces it.
 */
const chatWords = z.array(nonEmpty);
/** One word as a message's words are read: letters and digits, an apostrophe inside ("don't"). */
const ONE_WORD = /^[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*$/u;
/**
 * A list of single words in lower case, each once: a message is read word by word, so a phrase
 * ("tiktok guy") or a hyphenated word ("fact-check") would never match. `list` names the section
 * in each problem.
 */
const singleWords = (list: string) =>
  z
    .array(z.unknown())
    .superRefine((words, ctx) => {
      const seen = new Set<string>();
      words.forEach((word, i) => {
        const problem =
          typeof word !== 'string'
            ? `${JSON.stringify(word)} is not a word: quote it ("${String(word)}"); unquoted, YAML reads true, false, null and numbers as values`
            : !ONE_WORD.test(word)
              ? `"${word}" is not one word (letters and digits, an apostrophe inside): a message is read word by word, so write each word of a phrase or a hyphenated word on its own`
              : word !== word.toLowerCase()
                ? `"${word}" must be in lower case: write "${word.toLowerCase()}"`
                : seen.has(word)
                  ? `"${word}" is listed twice: keep one`
                  : undefined;
        if (typeof word === 'string') seen.add(word);
        if (problem) ctx.addIssue({ code: 'custom', path: [i], message: `${list}: ${problem}` });
      });
    })
    .transform((words) => words as string[]);
/**
 * A list of short phrases in lower case, each once, of `min` to `max` words as a message's words
 * are read (letters and digits, an apostrophe inside; "word-for-word" is three words and is
 * written so). `rule` may say what else is wrong with an entry's words. `list` names the section.
 */
const wordPhrases = (
  list: string,
  min: number,
  max: number,
  what: string,
  rule?: (words: readonly string[]) => string | undefined,
) =>
  z
    .array(z.unknown())
    .superRefine((phrases, ctx) => {
      const seen = new Set<string>();
      phrases.forEach((phrase, i) => {
        const words = typeof phrase === 'string' ? phrase.trim().split(/\s+/) : [];
        const problem =
          typeof phrase !== 'string'
            ? `${JSON.stringify(phrase)} is not a phrase: quote it ("${String(phrase)}"); unquoted, YAML reads true, false, null and numbers as values`
            : words.some((w) => !ONE_WORD.test(w))
              ? `"${phrase}" is not ${what} of whole words (letters and digits, an apostrophe inside): a message is read word by word, so write a hyphenated word as its words ("word for word")`
              : words.length < min || words.length > max
                ? `"${phrase}" is ${words.length} words: ${what} here is ${min === max ? `${min}` : `${min} to ${max}`} word${max > 1 ? 's' : ''}`
                : phrase !== phrase.toLowerCase()
                  ? `"${phrase}" must be in lower case: write "${phrase.toLowerCase()}"`
                  : seen.has(words.join(' '))
                    ? `"${phrase}" is listed twice: keep one`
                    : rule?.(words);
        if (typeof phrase === 'string') seen.add(words.join(' '));
        if (problem) ctx.addIssue({ code: 'custom', path: [i], message: `${list}: ${problem}` });
      });
    })
    .transform((phrases) => phrases as string[]);
export const ChatSchema = z.strictObject({
  filler: chatWords
    .optional()
    .describe('words and phrases that carry no topic anywhere in a message ("ngl", "tbh", "lol")'),
  openers: chatWords
    .optional()
    .describe('words and phrases that carry no topic at the start of a sentence ("ok so", "wait", "i mean")'),
  abbreviations: z
    .record(nonEmpty, nonEmpty)
    .optional()
    .describe('a chat word and the words it stands for ("govt: government", "whats: what is")'),
  idioms: z
    .record(nonEmpty, nonEmpty)
    .optional()
    .describe(
      'an idiom or phrasal verb and the words it means ("no clue: not know", "own up: admit"); its first word matches inflected ("owned up"), "*" stands for up to four words',
    ),
  emoji: z
    .record(nonEmpty, z.string())
    .optional()
    .describe('an emoji (or :shortcode:) and the word it stands for; "" drops it like any other emoji'),
  negations: chatWords.optional().describe('words that negate a question ("not", "never", "nobody")'),
  questionWords: chatWords.optional().describe('words a question starts with ("who", "what", "did", "was")'),
  questionCues: chatWords
    .optional()
    .describe('phrases that make a sentence a question without a question mark ("anyone know", "tell me")'),
  laterCues: chatWords
    .optional()
    .describe('phrases that ask what came after the story ("in the end", "the week after", "these days")'),
  offTopicMarks: chatWords
    .optional()
    .describe(
      'phrases by which a writer says the message is not about the story ("not about news", "off topic")',
    ),
  futureWords: chatWords
    .optional()
    .describe('words a sentence says what will or may come with ("will", "could", "going to")'),
  timeWords: chatWords.optional().describe('words that place a clause in time ("before", "after", "soon")'),
  personWords: chatWords
    .optional()
    .describe('words for a person by their role ("commander", "minister", "spokesman")'),
  audience: chatWords
    .optional()
    .describe('whom the writer teaches, streams to or answers for ("student", "kids", "streamer")'),
  spokenMarks: z
    .record(nonEmpty, z.enum(['?', '!', '.', ',']))
    .optional()
    .describe(
      'punctuation said aloud, as dictation writes it, and its mark ("question mark: \'?\'"), read as the mark at the end of a sentence',
    ),
  verdictWords: singleWords('verdictWords')
    .optional()
    .describe('words that ask a verdict on a claim ("true", "legit", "fake", "rating"), one word each'),
  opinionWords: singleWords('opinionWords')
    .optional()
    .describe(
      'words of an opinion or insult on a claim ("pointless", "propaganda", "clowns"), no topic, one word each',
    ),
  claimLabels: singleWords('claimLabels')
    .optional()
    .describe(
      'words of a label before a colon that names a claim to rate ("claim", "tweet", "viral"), one word each',
    ),
  posters: singleWords('posters')
    .optional()
    .describe(
      'words for who posts a claim ("guy", "account", "influencer": "tiktok guy says ..."), one word each',
    ),
  kin: singleWords('kin')
    .optional()
    .describe('words for the writer\'s own people ("cousin", "aunt": "my cousin said ..."), one word each'),
  asking: singleWords('asking')
    .optional()
    .describe(
      'words of the asking and the writer\'s task, not the story ("summary", "timeline", "essay", "remember"), one word each',
    ),
  exclusions: wordPhrases('exclusions', 1, 4, 'a phrase', (words) =>
    words[0] === 'not' && words.length !== 2
      ? `"${words.join(' ')}": after "not" write one word ("not counting"): the reader takes "not" out and marks the word after it`
      : undefined,
  )
    .optional()
    .describe(
      'phrases that set something apart from what is asked ("besides", "other than", "not counting"): whom they name is not asked about, and their own quotes come last',
    ),
  chatPeople: singleWords('chatPeople')
    .optional()
    .describe(
      'nouns for a person in chat, after their name or what names them ("guy", "bloke": "this churkin guy", "the russian guy"), one word each',
    ),
  addressees: singleWords('addressees')
    .optional()
    .describe(
      'whom a request asks to tell, and how politely ("you", "someone", "kindly": "could you kindly explain who ..."), one word each',
    ),
  firstPerson: singleWords('firstPerson')
    .optional()
    .describe(
      'the writer as the subject or owner of a clause ("i", "im", "we", "my": "..., seminar is tmrw and i got nothing"), one word each',
    ),
  sayingNouns: singleWords('sayingNouns')
    .optional()
    .describe(
      'nouns of what someone says, after whose it is ("argument", "point", "take": "her argument", "russia\'s point"), one word each',
    ),
  sideClaims: singleWords('sideClaims')
    .optional()
    .describe(
      'words for a side\'s claim on a contested point ("figure", "number", "version": "no i meant the official figure"), one word each',
    ),
  otherAnswers: singleWords('otherAnswers')
    .optional()
    .describe(
      'words for one of the answers before, after "the other" ("quote", "side": "no the other quote"), besides sideClaims, one word each',
    ),
  correctionsAnywhere: wordPhrases('correctionsAnywhere', 1, 2, 'a phrase')
    .optional()
    .describe(
      'one or two words that make a message correct the turn before wherever they are ("meant", "my bad", "not that")',
    ),
  afterthoughts: wordPhrases('afterthoughts', 1, 3, 'a phrase')
    .optional()
    .describe(
      'words after a question that say whom it means, before or after them ("i mean": "what did he say, i mean the envoy", "the rebels i mean")',
    ),
  reactions: wordPhrases('reactions', 1, 4, 'a reaction')
    .optional()
    .describe(
      'words or short phrases a chat posts alone to react ("based", "mood", "big if true"): a whole message of one, with no question mark, asks nothing',
    ),
  sayingModifiers: singleWords('sayingModifiers')
    .optional()
    .describe(
      'words between whose it is and a noun of saying ("main", "whole": "her main argument"), one word each',
    ),
  degreeWords: singleWords('degreeWords')
    .optional()
    .describe(
      'adverbs of degree said of what a question names ("adequately", "completely": "did they explain it adequately?"), one word each',
    ),
  peopleCounted: singleWords('peopleCounted')
    .optional()
    .describe(
      'nouns for people counted ("soldiers", "guys": "how many guys did they lose" asks deaths), one word each',
    ),
  articleNouns: singleWords('articleNouns')
    .optional()
    .describe(
      'nouns a message names the text it asks about by ("article", "piece": "according to the article"), one word each',
    ),
  pressWords: singleWords('pressWords')
    .optional()
    .describe(
      'words for the press and who writes for it ("media", "journalist"), never someone speaking in the story, one word each',
    ),
  quoting: singleWords('quoting')
    .optional()
    .describe(
      'words that ask for the words just quoted, as said ("exact", "verbatim", "wording"), one word each',
    ),
  quoteRequests: singleWords('quoteRequests')
    .optional()
    .describe(
      'words that only ask, around a word of quoting ("can", "you", "give", "pls": "can u give the exact words pls"), one word each',
    ),
  followUpOpeners: singleWords('followUpOpeners')
    .optional()
    .describe(
      'words that open a follow-up without being its question ("ok", "so", "wait", "nvm"), one word each',
    ),
  topicSwitches: wordPhrases('topicSwitches', 1, 2, 'a phrase')
    .optional()
    .describe(
      'one or two words that start a new subject anywhere in a message ("btw", "unrelated", "new question", "forget him")',
    ),
  takingBack: wordPhrases('takingBack', 1, 2, 'a phrase')
    .optional()
    .describe(
      'words that take the turn before back: one word where it opens the message ("nvm", "whatever"), two anywhere ("scratch that", "never mind")',
    ),
  corrections: wordPhrases('corrections', 1, 2, 'a phrase')
    .optional()
    .describe(
      'words that correct the turn before where they open a message: one word ("no", "sorry", "oops"; also a follow-up opener), or two ("my bad", "scratch that")',
    ),
  feelings: singleWords('feelings')
    .optional()
    .describe(
      'words for how someone feels ("annoyed", "salty", "worried"): "why is she so mad" asks why, not about a feeling, one word each',
    ),
  speechVerbs: singleWords('speechVerbs')
    .optional()
    .describe(
      'verbs of speaking, each form ("say", "said", "accused", "slammed"): a follow-up\'s "what did she call them" asks her words, one word each',
    ),
  frenchMarkers: z
    .array(nonEmpty)
    .optional()
    .describe(
      'French function words ("les", "qui", "est", "l\'"): a message with enough of them is read as French, its words through `french`',
    ),
  french: z
    .record(nonEmpty, z.string())
    .optional()
    .describe(
      'a French word or phrase and the English it is read as in a French message ("pourquoi: why", "accord de paix: peace deal"); "" drops it',
    ),
});
export type Chat = z.infer<typeof ChatSchema>;

// --- facts.yaml and timeline.yaml (both optional) ------------------------------------------

/** A list file that may hold only comments: an empty document is an empty list, not an error. */
const optionalList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullable()
    .transform((items) => items ?? []);

/** knowledge/facts.yaml: the key facts (what, where, when, the toll...), each answered by quotes only. */
export const FactSchema = z.strictObject({
  id: slug,
  label: nonEmpty.describe('a short heading, e.g. "The death toll"'),
  answer: z.array(AnswerRefSchema).min(1, 'a fact needs at least one sentence id or verbatim quote'),
  contested: slug
    .optional()
    .describe('an id from contested.yaml when the sources disagree: every side is then quoted'),
  note: z.string().max(300, 'keep the note under 300 characters').optional(),
});
export const FactsFileSchema = optionalList(FactSchema);
export type Fact = z.infer<typeof FactSchema>;

/** knowledge/timeline.yaml: the events in time order (the file order), each answered by quotes only. */
export const TimelineEventSchema = z.strictObject({
  id: slug,
  when: nonEmpty.describe('when it happened, as the article puts it, e.g. "Saturday night"'),
  label: nonEmpty.describe('what happened, in a few words'),
  answer: z.array(AnswerRefSchema).min(1, 'an event needs at least one sentence id or verbatim quote'),
  note: z.string().max(300, 'keep the note under 300 characters').optional(),
});
export const TimelineFileSchema = optionalList(TimelineEventSchema);
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

// --- wordnet.json (generated, optional) -----------------------------------------------------

/** The layout of wordnet.json; a file of another format is ignored (knowledge:build writes it anew). */
export const RELATED_WORDS_FORMAT = 1;

export const RelationSchema = z.enum(['synonym', 'similar', 'derived', 'narrower', 'broader']);

/**
 * knowledge/wordnet.json: written by `npm run knowledge:build` from WordNet. For each word the
 * knowledge does not use, the words of the knowledge it is related to, and how.
 */
export const RelatedWordsFileSchema = z.strictObject({
  generatedBy: z.string(),
  format: z.literal(RELATED_WORDS_FORMAT),
  vocabulary: z.string().describe('a hash of the words it was built for, to tell when it is stale'),
  words: z.record(z.string(), z.array(z.tuple([z.string(), RelationSchema]))),
});
export type RelatedWordsFile = z.infer<typeof RelatedWordsFileSchema>;

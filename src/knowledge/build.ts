/**
 * Builds the passage index of one text (the article, or a source of sources.yaml): every
 * sentence with a stable id ("p4.s1": paragraph 4, sentence 1, the headline being paragraph 1;
 * "un-sc.p2.s1" in the source "un-sc"), its paragraph, section and speaker. Speakers are
 * attributed within the text (a "she said" refers back only within it). Curated attributions win
 * over the rules, so a rebuild never loses what a moderator decided.
 */
import { Lexicon } from '../text/lexicon.ts';
import { sentenceId } from '../text/sentence-id.ts';
import { attributeSentence } from './attribute.ts';
import type { ArticleMeta, Attribution, Entity, Passage, SynonymGroup } from './schema.ts';
import { splitParagraphs, splitSentences } from './split.ts';

/** What the build needs of a text's metadata (article.yaml, or an entry of sources.yaml). */
export type TextLayout = Pick<ArticleMeta, 'headline' | 'dateline' | 'credit' | 'sections' | 'leadSection'>;

export interface BuildInput {
  articleText: string;
  meta: TextLayout;
  /** The source of sources.yaml the text is: its id prefixes every sentence id. Absent: the article. */
  source?: string;
  /** The metadata file named in problems (default article.yaml). */
  metaFile?: string;
  entities: readonly Entity[];
  synonyms: readonly SynonymGroup[];
  attributions: readonly Attribution[];
}

export interface BuildProblem {
  message: string;
}

export function buildPassageIndex(input: BuildInput): { passages: Passage[]; problems: BuildProblem[] } {
  const problems: BuildProblem[] = [];
  const lexicon = new Lexicon({ entities: input.entities, synonyms: input.synonyms });
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const curated = new Map(input.attributions.map((a) => [a.sentence, a]));
  const headings = new Map(input.meta.sections.map((s) => [s.title, s.id]));
  const metaFile = input.metaFile ?? 'article.yaml';
  const prefix = input.source ?? null;

  const blocks = splitParagraphs(input.articleText);
  const passages: Passage[] = [];
  let section = input.meta.leadSection.id;
  let paragraph = 0;
  let previousSpeaker: string | null = null;
  const seenHeadings = new Set<string>();

  blocks.forEach((block, index) => {
    if (index === 0 && block !== input.meta.headline) {
      problems.push({
        message: `the first line of ${input.source ? `the text of source "${input.source}"` : 'the article'} is "${block}", but ${metaFile}'s headline is "${input.meta.headline}"`,
      });
    }
    if (block === input.meta.dateline || block === input.meta.credit) return;
    const heading = headings.get(block);
    if (heading) {
      section = heading;
      seenHeadings.add(block);
      previousSpeaker = null;
      return;
    }
    paragraph++;
    splitSentences(block).forEach((text, i) => {
      const id = sentenceId(prefix, paragraph, i + 1);
      const rule =
        index === 0
          ? { speaker: null, rule: 'none' as const }
          : attributeSentence(text, previousSpeaker, lexicon, entities);
      const hand = curated.get(id);
      const speaker = hand ? hand.speaker : rule.speaker;
      passages.push({
        id,
        ...(prefix ? { source: prefix } : {}),
        paragraph,
        sentence: i + 1,
        section,
        text,
        speaker,
        attribution: hand ? 'curated' : rule.speaker ? 'rule' : 'none',
      });
      previousSpeaker = speaker;
    });
  });

  for (const s of input.meta.sections) {
    if (!seenHeadings.has(s.title))
      problems.push({
        message: `section heading "${s.title}" was not found in ${input.source ? `the text of source "${input.source}"` : 'the article'}`,
      });
  }
  return { passages, problems };
}

/**
 * Builds the passage index from the article: every sentence with a stable id
 * ("p4.s1": paragraph 4, sentence 1, the headline being paragraph 1), its paragraph,
 * section and speaker. Curated attributions win over the rules, so a rebuild never
 * loses what a moderator decided.
 */
import { Lexicon } from '../text/lexicon.ts';
import { attributeSentence } from './attribute.ts';
import type { ArticleMeta, Attribution, Entity, Passage, SynonymGroup } from './schema.ts';
import { splitParagraphs, splitSentences } from './split.ts';

export interface BuildInput {
  articleText: string;
  meta: ArticleMeta;
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

  const blocks = splitParagraphs(input.articleText);
  const passages: Passage[] = [];
  let section = input.meta.leadSection.id;
  let paragraph = 0;
  let previousSpeaker: string | null = null;
  const seenHeadings = new Set<string>();

  blocks.forEach((block, index) => {
    if (index === 0 && block !== input.meta.headline) {
      problems.push({
        message: `the first line of the article is "${block}", but article.yaml's headline is "${input.meta.headline}"`,
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
      const id = `p${paragraph}.s${i + 1}`;
      const rule =
        index === 0
          ? { speaker: null, rule: 'none' as const }
          : attributeSentence(text, previousSpeaker, lexicon, entities);
      const hand = curated.get(id);
      const speaker = hand ? hand.speaker : rule.speaker;
      passages.push({
        id,
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
      problems.push({ message: `section heading "${s.title}" was not found in the article` });
  }
  return { passages, problems };
}

/**
 * The article: a headline and dateline, paragraphs of 1-5 generated sentences under a few section
 * headings, the planted passage in the middle, and the metadata that describes it.
 */
import { type ArticleMeta, ArticleMetaSchema } from '../../src/knowledge/schema.ts';
import { type Cast, slug } from './cast.ts';
import { PLANTED } from './planted.ts';
import type { Random } from './random.ts';
import type { Sentence, SentenceMaker } from './sentences.ts';

/** A sentence of the article with the id passages.json gives it; `s` is null for the headline and the planted passage. */
export interface Written {
  id: string;
  paragraph: number;
  sentence: number;
  s: Sentence | null;
}

export interface Section {
  id: string;
  title: string;
}

export interface Article {
  headline: string;
  sections: Section[];
  /** article.txt */
  text: string;
  /** Every sentence in order, the headline first. */
  written: Written[];
  planted: Written;
  /** Paragraphs, the headline's included. */
  paragraphs: number;
}

/** Writes `n` sentences (the headline included) with `maker`; `random` sizes the paragraphs. */
export function assembleArticle(n: number, cast: Cast, random: Random, maker: SentenceMaker): Article {
  // Paragraphs of 1-5 sentences, a few section headings, the planted passage in the middle.
  const sectionCount = 3 + Math.floor(n / 10000);
  const sections = Array.from({ length: sectionCount }, (_, i) => {
    const place = cast.places[i % cast.places.length] as { name: string };
    const title = `${['Fighting spreads', 'Talks stall', 'Aid blocked', 'Accusations fly'][i % 4]} around ${place.name}`;
    return { id: slug(`${title}-${i + 1}`), title };
  });
  const headline = `Fighting Flares Near ${cast.places[0]?.name} As Truce Talks Stall`;
  const lines: string[] = [headline, 'March 3, 2024'];
  const written: Written[] = [{ id: 'p1.s1', paragraph: 1, sentence: 1, s: null }];
  const body = n - 1;
  const plantAt = Math.floor(body / 2);
  let planted: Written | undefined;
  let count = 0;
  let paragraph = 1;
  let nextSection = 0;
  while (count < body) {
    if (nextSection < sections.length && count >= ((nextSection + 1) * body) / (sections.length + 1)) {
      lines.push((sections[nextSection] as { title: string }).title);
      nextSection++;
    }
    paragraph++;
    const size = Math.min(random.between(1, 5), body - count);
    const texts: string[] = [];
    let person = false;
    for (let i = 0; i < size; i++) {
      const id = `p${paragraph}.s${i + 1}`;
      if (!planted && count >= plantAt) {
        planted = { id, paragraph, sentence: i + 1, s: null };
        written.push(planted);
        texts.push(PLANTED.text);
        person = false;
      } else {
        const s = maker.make(person);
        written.push({ id, paragraph, sentence: i + 1, s });
        texts.push(s.text);
        person = s.person;
      }
      count++;
    }
    lines.push(texts.join(' '));
  }
  lines.push('(Bench)');
  const articleText = `${lines.join('\n\n')}\n`;
  if (!planted) throw new Error('generator bug: the planted passage was not placed');
  return { headline, sections, text: articleText, written, planted, paragraphs: paragraph };
}

export function articleMeta(article: Article): ArticleMeta {
  const { headline, sections } = article;
  return ArticleMetaSchema.parse({
    file: 'article.txt',
    headline,
    publisher: 'Bench Wire',
    date: '2024-03-03',
    source: 'Bench Wire, 3 March 2024',
    dateline: 'March 3, 2024',
    credit: '(Bench)',
    leadSection: { id: 'lead', title: 'The latest fighting' },
    sections,
  });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { attributeSentence } from '../../src/knowledge/attribute.ts';
import { buildPassageIndex } from '../../src/knowledge/build.ts';
import {
  ArticleMetaSchema,
  AttributionsFileSchema,
  EntitiesFileSchema,
  type Entity,
  PassagesFileSchema,
  SynonymsFileSchema,
} from '../../src/knowledge/schema.ts';
import { Lexicon } from '../../src/text/lexicon.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const read = (file: string) => readFileSync(join(KNOWLEDGE_DIR, file), 'utf8');
const meta = ArticleMetaSchema.parse(parse(read('article.yaml')));
const entities = EntitiesFileSchema.parse(parse(read('entities.yaml')));
const synonyms = SynonymsFileSchema.parse(parse(read('synonyms.yaml')));
const attributions = AttributionsFileSchema.parse(parse(read('attributions.yaml')));
const articleText = read('article.txt');
const built = buildPassageIndex({ articleText, meta, entities, synonyms, attributions });
const byId = new Map(built.passages.map((p) => [p.id, p]));

describe('buildPassageIndex on the article', () => {
  it('numbers the headline as p1 and skips the date line, headings and credit', () => {
    expect(byId.get('p1.s1')?.text).toBe('Moscow Slams US For Bombing Syrian Army');
    expect(
      built.passages.some((p) => /^September 18, 2016$|^\(DW\)$|^Australia apologizes$/.test(p.text)),
    ).toBe(false);
    expect(byId.get('p4.s1')?.text).toMatch(/^The Saturday night raid/);
    expect(byId.get('p4.s2')?.text).toBe('Damascus and Moscow put the death toll to 62.');
    expect(built.problems).toEqual([]);
  });

  it('keeps every sentence verbatim and in article order', () => {
    const flat = articleText.replace(/\s+/g, ' ');
    let from = 0;
    for (const p of built.passages) {
      const at = flat.indexOf(p.text, from);
      expect(at, p.id).toBeGreaterThanOrEqual(from);
      from = at + p.text.length;
    }
  });

  it('assigns sections from the headings', () => {
    expect(byId.get('p4.s1')?.section).toBe('the-strike');
    expect(byId.get('p10.s1')?.section).toBe('diplomatic-row');
    expect(byId.get('p20.s1')?.section).toBe('australia-apologizes');
  });

  it.each([
    ['p4.s1', 'observatory', 'rule'], // "according to the UK-based Syrian Observatory"
    ['p4.s2', 'syria-and-russia', 'curated'],
    ['p5.s2', 'us-military', 'rule'], // "They added" continues the US military
    ['p11.s2', 'power', 'rule'], // "She also labeled"
    ['p12.s1', 'power', 'rule'], // a quote, then "she told reporters"
    ['p13.s2', 'churkin', 'rule'],
    ['p14.s2', 'churkin', 'rule'], // a quote that continues the previous one
    ['p17.s1', 'cook', 'rule'],
    ['p18.s1', 'white-house', 'rule'],
    ['p19.s1', 'australian-military', 'curated'], // the rules alone would say IS
    ['p20.s1', 'syrian-army', 'rule'],
    ['p9.s2', null, 'none'],
  ])('attributes %s to %s (%s)', (id, speaker, how) => {
    expect(byId.get(id)?.speaker).toBe(speaker);
    expect(byId.get(id)?.attribution).toBe(how);
  });

  it('matches the checked-in passages.json (run npm run knowledge:build if this fails)', () => {
    const file = PassagesFileSchema.parse(JSON.parse(read('passages.json')));
    expect(file.passages).toEqual(built.passages);
  });

  it('keeps curated attributions on a rebuild, and the rules decide the rest', () => {
    const without = buildPassageIndex({ articleText, meta, entities, synonyms, attributions: [] });
    const ruleP19 = without.passages.find((p) => p.id === 'p19.s1');
    expect(ruleP19?.speaker).not.toBe('australian-military');
    const again = buildPassageIndex({ articleText, meta, entities, synonyms, attributions });
    expect(again.passages.find((p) => p.id === 'p19.s1')?.speaker).toBe('australian-military');
  });
});

describe('attributeSentence', () => {
  const tiny: Entity[] = [
    { id: 'power', kind: 'person', name: 'Samantha Power', aliases: ['power'], caseSensitiveAliases: [] },
    {
      id: 'monitor',
      kind: 'monitor',
      name: 'the monitor',
      aliases: ['observatory'],
      caseSensitiveAliases: [],
    },
    { id: 'paris', kind: 'place', name: 'Paris', aliases: [], caseSensitiveAliases: [] },
  ];
  const lexicon = new Lexicon({ entities: tiny, synonyms: [] });
  const map = new Map(tiny.map((e) => [e.id, e]));
  it.each([
    ['Ten died, according to the observatory.', null, 'monitor', 'according-to'],
    ['Power said the vote failed.', null, 'power', 'speech-verb'],
    ['"We are ready," she told reporters.', 'power', 'power', 'pronoun'],
    ['She also called it a stunt.', 'power', 'power', 'pronoun'],
    ['"And that is all."', 'power', 'power', 'pronoun'],
    ['The meeting in Paris said nothing new.', null, null, 'none'], // a place is never a speaker
    ['The strike lasted 40 minutes.', 'power', null, 'none'],
    // A person is named with a capital: in another source's text, "power" is a word.
    ['Thousands were left without power, officials said.', null, null, 'none'],
    ['Ten died, according to the observatory, Power said.', null, 'monitor', 'according-to'],
  ])('%s', (text, previous, speaker, rule) => {
    expect(attributeSentence(text, previous, lexicon, map)).toEqual({ speaker, rule });
  });
});

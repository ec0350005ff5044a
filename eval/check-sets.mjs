#!/usr/bin/env node
/**
 * node eval/check-sets.mjs [SET.jsonl ...]
 *
 * Checks our messy and follow-up question sets (format: ../shared/eval/README.md) before they
 * are used: every `expect` and `sides` phrase is found, after the scorer's normalisation, in
 * exactly one sentence of the article (knowledge/passages.json), so that it names the sentence
 * it expects (`sides` phrases too); `kind` is set exactly on abstain
 * cases; no question repeats one of ours, a shared sample's or a curated question or paraphrase
 * of knowledge/qa.yaml (compared without case, punctuation or emoji). Prints the size of each
 * set per style and kind, and which sentences and speakers it covers. Exits 1 on any problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared/eval');
const DEFAULT_SETS = [
  'fit-messy',
  'check-messy',
  'fit-followups',
  'check-followups',
  'fit-messy-2',
  'fit-followups-2',
  'fit-messy-3',
  'fit-followups-3',
].map((n) => resolve(root, `eval/${n}.jsonl`));
// Phrases that may stand in more than one sentence because every one of them is a right answer.
const MULTI_SENTENCE_OK = new Set(['persistent refusal']);

// The scorer's normalisation (../shared/eval/score.mjs), then lower case.
const norm = (s) =>
  s
    .normalize('NFKC')
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
// For "is this the same question": letters and digits only.
const key = (s) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const readJsonl = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter((l) => l.text.trim())
    .map((l) => ({ ...JSON.parse(l.text), line: l.line }));
const textOf = (item) => (Array.isArray(item.turns) ? item.turns.join(' -> ') : item.q);

const passages = JSON.parse(readFileSync(resolve(root, 'knowledge/passages.json'), 'utf8')).passages;

// Questions we must not repeat: the shared samples (each question, each turn, each conversation)
// and the curated questions and paraphrases.
const taken = new Map();
for (const f of readdirSync(shared).filter((n) => n.endsWith('.jsonl'))) {
  for (const item of readJsonl(resolve(shared, f))) {
    const where = `../shared/eval/${f}:${item.line}`;
    if (typeof item.q === 'string') taken.set(key(item.q), where);
    if (Array.isArray(item.turns)) {
      taken.set(key(item.turns.join(' ')), where);
      // Short turns ("why?", "and where?") are common to every conversation; longer ones are not.
      for (const t of item.turns) if (key(t).split(' ').length > 3) taken.set(key(t), where);
    }
  }
}
const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : DEFAULT_SETS;
// Our other sets (tune, holdout...): a held-out question must not be one we fit on.
for (const f of readdirSync(resolve(root, 'eval')).filter((n) => n.endsWith('.jsonl'))) {
  if (files.includes(resolve(root, 'eval', f))) continue;
  for (const item of readJsonl(resolve(root, 'eval', f)))
    if (typeof item.q === 'string') taken.set(key(item.q), `eval/${f}:${item.line}`);
}
for (const entry of parse(readFileSync(resolve(root, 'knowledge/qa.yaml'), 'utf8')) ?? [])
  for (const q of [entry.question, ...(entry.paraphrases ?? [])])
    if (typeof q === 'string') taken.set(key(q), `knowledge/qa.yaml (${entry.id})`);

// A light edit of a sample (a word or two changed) is as bad as a copy: warn on those.
const words = (k) => new Set(k.split(' ').filter(Boolean));
const similarity = (a, b) => {
  const x = words(a);
  const y = words(b);
  const common = [...x].filter((w) => y.has(w)).length;
  return common / (x.size + y.size - common || 1);
};
const samples = [...taken].filter(([, where]) => where.startsWith('../shared'));
const warnings = [];
const problems = [];
const ours = new Map();

for (const file of files) {
  const name = basename(file);
  const items = readJsonl(file);
  const styles = new Map();
  const covered = new Map(passages.map((p) => [p.id, 0]));
  let sides = 0;
  for (const item of items) {
    const at = `${name}:${item.line}`;
    const problem = (m) => problems.push(`${at}: ${m}`);
    const conversation = Array.isArray(item.turns);
    if (conversation) {
      if (item.turns.length < 2 || item.turns.length > 4) problem('a conversation has 2 to 4 turns');
      if (!item.turns.every((t) => typeof t === 'string' && t.trim()))
        problem('every turn is a non-empty string');
    } else if (typeof item.q !== 'string' || !item.q.trim()) problem('no question (`q` or `turns`)');
    if (typeof item.style !== 'string') problem('no `style`');
    const k = item.expect === null ? item.kind : 'answered';
    if (item.expect === null && !['off', 'near'].includes(item.kind))
      problem('`expect: null` needs `kind` off or near');
    if (item.expect !== null && item.kind !== undefined) problem('`kind` is only for abstain cases');
    const bucket = styles.get(item.style) ?? { answered: 0, near: 0, off: 0 };
    bucket[k] = (bucket[k] ?? 0) + 1;
    styles.set(item.style, bucket);

    const phraseHits = (phrase) => {
      const hits = passages.filter((p) => norm(p.text).includes(norm(phrase)));
      if (hits.length === 0) problem(`"${phrase}" is in no sentence of the article`);
      if (hits.length > 1 && !MULTI_SENTENCE_OK.has(norm(phrase)))
        problem(
          `"${phrase}" is in ${hits.length} sentences (${hits.map((h) => h.id).join(', ')}): make it specific`,
        );
      return hits;
    };
    if (item.expect !== null) {
      if (!Array.isArray(item.expect) || item.expect.length === 0)
        problem('`expect` is a list of phrases or null');
      else {
        if (new Set(item.expect.map(norm)).size !== item.expect.length)
          problem('a phrase repeats in `expect`');
        for (const phrase of item.expect)
          for (const h of phraseHits(phrase)) covered.set(h.id, covered.get(h.id) + 1);
      }
    }
    if (item.sides !== undefined) {
      sides++;
      if (item.expect === null) problem('`sides` on an abstain case');
      // A side need not be in `expect`: "did the US admit it was a mistake?" expects the US side
      // first, and the other side somewhere in the answer.
      if (Array.isArray(item.sides) && item.sides.length >= 2)
        for (const side of item.sides) for (const phrase of side) phraseHits(phrase);
      else problem('`sides` is a list of at least two sides');
    }

    const keys = conversation ? [key(item.turns.join(' ')), key(item.turns.at(-1))] : [key(item.q)];
    if (conversation) {
      const last = keys[1];
      if (last.split(' ').length <= 3) keys.pop();
    }
    for (const kq of keys) {
      if (taken.has(kq)) problem(`"${textOf(item)}" repeats ${taken.get(kq)}`);
    }
    for (const [kq, where] of samples)
      if (kq.split(' ').length > 3 && similarity(keys[0], kq) >= 0.7)
        warnings.push(`${at}: "${textOf(item)}" is close to ${where} ("${kq}")`);
    const whole = keys[0];
    if (ours.has(whole)) problem(`"${textOf(item)}" repeats ${ours.get(whole)}`);
    else ours.set(whole, at);
  }

  const total = (b) => b.answered + b.near + b.off;
  console.log(`\n${name}: ${items.length} items, ${sides} with sides`);
  console.log('  style            answered  near  off  total');
  const sum = { answered: 0, near: 0, off: 0 };
  for (const [style, b] of [...styles].sort((a, b) => total(b[1]) - total(a[1]))) {
    for (const x of Object.keys(sum)) sum[x] += b[x];
    console.log(
      `  ${style.padEnd(16)} ${String(b.answered).padStart(8)} ${String(b.near).padStart(5)} ${String(b.off).padStart(4)} ${String(total(b)).padStart(6)}`,
    );
  }
  console.log(
    `  ${'all'.padEnd(16)} ${String(sum.answered).padStart(8)} ${String(sum.near).padStart(5)} ${String(sum.off).padStart(4)} ${String(total(sum)).padStart(6)}`,
  );
  const missing = [...covered].filter(([, n]) => n === 0).map(([id]) => id);
  const speakers = new Set(
    passages.filter((p) => covered.get(p.id) > 0).map((p) => p.speaker ?? '(narration)'),
  );
  const allSpeakers = new Set(passages.map((p) => p.speaker ?? '(narration)'));
  console.log(`  sentences expected somewhere: ${passages.length - missing.length}/${passages.length}`);
  if (missing.length) console.log(`  never expected: ${missing.join(', ')}`);
  const unheard = [...allSpeakers].filter((s) => !speakers.has(s));
  console.log(
    `  speakers: ${speakers.size}/${allSpeakers.size}${unheard.length ? ` (not: ${unheard.join(', ')})` : ''}`,
  );
}

for (const w of warnings) console.log(`warning: ${w}`);
for (const p of problems) console.log(`problem: ${p}`);
console.log(problems.length ? `\n${problems.length} problem(s)` : '\nOK: no problems');
process.exit(problems.length ? 1 : 0);

/**
 * New names in a source, proposed for entities.yaml: people, bodies and places the folder does not
 * know yet ("Pavel Testerov said ..."), and other spellings of entities it knows ("Vitaly I.
 * Churkin"). Nothing is added by itself: a moderator reads the proposals, moves what is right into
 * entities.yaml (with the right kind and aliases) and rebuilds, which attributes the source's
 * sentences to them.
 *
 * Names are runs of capitalised words ("Syrian Observatory for Human Rights", "Pavel Testerov"),
 * leaving out headlines (every word capitalised), words capitalised only because they start the
 * sentence, titles ("Major General"), days and months.
 */
import { Document, isSeq } from 'yaml';
import type { Lexicon } from '../text/lexicon.ts';
import { fold } from '../text/normalize.ts';
import { type Token, tokenize } from '../text/tokenize.ts';
import { SPEECH_VERBS } from './attribute.ts';
import type { Entity, Passage } from './schema.ts';

/** A new entity proposed, in entities.yaml's format, with where it was seen. */
export interface EntityProposal {
  entity: Pick<Entity, 'id' | 'kind' | 'name' | 'aliases'>;
  /** Sentence ids where it appears, first first. */
  seenIn: string[];
  /** It is quoted: a sentence's speaker ("X said", "according to X"). */
  speaks: boolean;
}

/** Another spelling of an entity the folder knows. */
export interface AliasProposal {
  entity: string;
  alias: string;
  seenIn: string[];
}

export interface Proposals {
  entities: EntityProposal[];
  aliases: AliasProposal[];
}

/** Lower-case words that may join the capitalised words of one name. */
const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'al',
  'el',
  'ez',
  'bin',
  'ibn',
  'de',
  'la',
  'von',
  'van',
  'and',
]);
/** Capitalised words that are not names (or not on their own). */
const NOT_NAMES = new Set(
  (
    'the a an in on at to for by with from and or but as of it its this that these those he she they we i you ' +
    'his her their our there here what who when where why how while after before during since until if ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december sept jan feb mar apr jun jul aug sep oct nov dec ' +
    'mr mrs ms dr'
  ).split(' '),
);
/** Titles before a name: not part of it. */
const TITLES = new Set(
  (
    'president prime minister foreign defence defense deputy ambassador envoy secretary general major ' +
    'lieutenant colonel col gen lt captain capt admiral spokesman spokeswoman spokesperson senator ' +
    'chairman chairwoman chief commander director king queen prince sheikh mayor governor minister ' +
    'officer official sir lord lady'
  ).split(' '),
);
const MILITARY = /\b(?:army|forces|force|command|brigade|division|regiment|navy|militia|troops)\b/i;
const INSTITUTION =
  /\b(?:ministry|council|department|office|agency|committee|commission|organi[sz]ation|union|nations|party|government|court|police|group|front|coalition|observatory|network|news|times|post|institute|centre|center|bank|assembly|parliament|embassy|rights|watch|international|red cross|crescent)\b/i;

interface Run {
  start: number;
  end: number;
}

function capitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.raw);
}

/** Runs of capitalised words in a sentence, with connectors inside them. */
function capitalisedRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capitalised(tokens[i] as Token)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      const next = tokens[end];
      if (next && capitalised(next)) end++;
      else if (next && CONNECTORS.has(next.word) && tokens[end + 1] && capitalised(tokens[end + 1] as Token))
        end += 2;
      else break;
    }
    runs.push({ start: i, end });
    i = end;
  }
  return runs;
}

const slug = (text: string) =>
  fold(text)
    .replace(/['\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-');

/**
 * Proposals for the sentences of one source (its headline left out), given the entities the
 * folder has (the lexicon knows their names).
 */
export function proposeEntities(
  passages: readonly Passage[],
  entities: readonly Entity[],
  lexicon: Lexicon,
): Proposals {
  const kinds = new Map(entities.map((e) => [e.id, e.kind]));
  const taken = new Set(entities.map((e) => e.id));
  const found = new Map<string, EntityProposal>();
  const aliases = new Map<string, AliasProposal>();
  for (const p of passages) {
    if (p.paragraph === 1) continue;
    const tokens = tokenize(p.text);
    // Which entity each token names, if any.
    const entityAt: (string | null)[] = tokens.map(() => null);
    for (const m of lexicon.match(tokens)) {
      const term = m.terms[0];
      if (!term?.startsWith('e:')) continue;
      for (let k = m.start; k < m.end; k++) entityAt[k] = term.slice(2);
    }
    for (const run of capitalisedRuns(tokens)) {
      let { start, end } = run;
      // Words that are capitalised for starting the sentence, titles, and stray connectors.
      while (
        start < end &&
        (NOT_NAMES.has(tokens[start]?.word ?? '') ||
          TITLES.has(tokens[start]?.word ?? '') ||
          CONNECTORS.has(tokens[start]?.word ?? '') ||
          (start === 0 && end - start > 1 && !entityAt[start] && isCommonStart(tokens, start)))
      )
        start++;
      while (
        end > start &&
        (CONNECTORS.has(tokens[end - 1]?.word ?? '') || NOT_NAMES.has(tokens[end - 1]?.word ?? ''))
      )
        end--;
      if (end <= start) continue;
      const words = tokens.slice(start, end);
      const named = new Set(
        entityAt.slice(start, end).filter((_, k) => !CONNECTORS.has(words[k]?.word ?? '')),
      );
      const name = textOf(p.text, words);
      if (!named.has(null)) continue; // every word is a name the folder knows
      const known = [...named].filter((e): e is string => e !== null);
      const speaks = isSpeaker(tokens, start, end);
      if (known.length === 1 && kinds.get(known[0] as string) === 'person') {
        // "Vitaly I. Churkin": another spelling of someone known.
        const entity = known[0] as string;
        const key = `${entity}\0${fold(name)}`;
        const seen = aliases.get(key);
        if (seen) seen.seenIn.push(p.id);
        else aliases.set(key, { entity, alias: fold(name), seenIn: [p.id] });
        continue;
      }
      // A single word counts as a name only when it speaks ("Testerov said"); a sentence-start
      // word on its own never does.
      if (words.length === 1 && (!speaks || start === 0)) continue;
      const key = fold(name);
      const seen = found.get(key) ?? [...found.values()].find((f) => fold(f.entity.name).endsWith(` ${key}`));
      if (seen) {
        if (!seen.seenIn.includes(p.id)) seen.seenIn.push(p.id);
        seen.speaks ||= speaks;
        if (fold(seen.entity.name) !== key && !seen.entity.aliases.includes(key))
          seen.entity.aliases.push(key);
        continue;
      }
      const kind = kindOf(name, tokens, start);
      let id = slug(name) || 'entity';
      for (let n = 2; taken.has(id); n++) id = `${slug(name)}-${n}`;
      taken.add(id);
      const entityAliases = [fold(name)];
      if (kind === 'person' && words.length > 1) entityAliases.push(fold(words[words.length - 1]?.raw ?? ''));
      found.set(key, { entity: { id, kind, name, aliases: entityAliases }, seenIn: [p.id], speaks });
    }
  }
  return { entities: [...found.values()], aliases: [...aliases.values()] };
}

/** A sentence's first word, capitalised only for starting it: a common word, not a name. */
function isCommonStart(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start]?.word ?? '';
  return NOT_NAMES.has(word) || /^(?:ministry|officials?|reports?|sources?|witnesses|residents)$/.test(word);
}

/** The name as written in the sentence, from its first word to its last. */
function textOf(sentence: string, words: readonly Token[]): string {
  const first = words[0]?.raw ?? '';
  const last = words[words.length - 1]?.raw ?? '';
  const from = sentence.indexOf(first);
  const to = from >= 0 ? sentence.indexOf(last, from + first.length - last.length) : -1;
  return from >= 0 && to >= from ? sentence.slice(from, to + last.length) : words.map((w) => w.raw).join(' ');
}

/** "X said", "X told", "according to X". */
function isSpeaker(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens.slice(end, end + 2).map((t) => t.word);
  if (after.some((w) => SPEECH_VERBS.has(w))) return true;
  return tokens[start - 2]?.word === 'according' && tokens[start - 1]?.word === 'to';
}

function kindOf(name: string, tokens: readonly Token[], start: number): Entity['kind'] {
  if (MILITARY.test(name)) return 'military';
  if (INSTITUTION.test(name)) return 'institution';
  const before = tokens[start - 1]?.word;
  if (before === 'in' || before === 'near' || before === 'at' || before === 'from') return 'place';
  return 'person';
}

/**
 * The proposals as a file a moderator reads: entities.yaml entries ready to move, each with
 * where it was seen, and the other spellings of known entities as comments.
 */
export function proposalsFile(source: string, proposals: Proposals, passages: readonly Passage[]): string {
  const textOf = new Map(passages.map((p) => [p.id, p.text]));
  const lines = [
    `# Names in source "${source}" that entities.yaml does not know: proposals, not entities yet.`,
    '# Review them: move what is right into entities.yaml (fix the kind, add a role and aliases),',
    '# then run npm run knowledge:build, which attributes the sentences to them. This file is not read.',
  ];
  if (proposals.entities.length === 0) lines.push('# No new names.', '[]');
  for (const p of proposals.entities) {
    lines.push('');
    for (const id of p.seenIn.slice(0, 3))
      lines.push(`# ${p.speaks ? 'quoted' : 'named'} in ${id}: ${(textOf.get(id) ?? '').slice(0, 100)}`);
    // As entities.yaml writes them: aliases on one line.
    const doc = new Document([p.entity]);
    const aliases = doc.getIn([0, 'aliases'], true);
    if (isSeq(aliases)) aliases.flow = true;
    lines.push(doc.toString({ flowCollectionPadding: false, lineWidth: 0 }).trimEnd());
  }
  if (proposals.aliases.length > 0) {
    lines.push('', '# Other spellings of entities you have (add them to their aliases in entities.yaml):');
    for (const a of proposals.aliases) lines.push(`#   ${a.entity}: ${a.alias} (${a.seenIn.join(', ')})`);
  }
  return `${lines.join('\n')}\n`;
}

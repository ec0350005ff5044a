/**
 * Glosses: where a source says what a name stands for, by another name of the same thing in
 * brackets right after it ('actively support Daesh [IS]', 'against the "Islamic State" (IS)
 * group'). A newcomer asking what or who that thing is ("whats daesh", "what does IS stand for",
 * "who's the IS militia they keep mentioning") is answered by the sentences that gloss it: they
 * are where the article tells the reader what the name means. A name no sentence glosses is left
 * to the usual reading (the article may tell it otherwise: "who is peter cook"), and so is any
 * question that asks more of the thing than what it is ("what is IS doing now").
 */
import { type Token, tokenize } from '../text/tokenize.ts';
import { type Corpus, perCorpus } from './corpus.ts';

/** A bracketed aside, round or square, of a few words: the other name ("[IS]", "(IS)"). */
const BRACKETED = /[[(]([^\])[(]{1,40})[\])]/gu;
/** How many words before the brackets may make the name glossed ('"Islamic State" (IS)'). */
const NAME_WORDS = 3;

/** Entity terms only: a name's own term, not the roles or words around it. */
const entityTerms = (corpus: Corpus, tokens: readonly Token[]) =>
  new Set(corpus.analyzer.docTerms(tokens).filter((t) => t.startsWith('e:')));

/**
 * Each entity a sentence glosses, with the sentences glossing it in the order of the sources: a
 * bracket whose words name exactly one entity, right after words that name it too.
 */
const glossTable = perCorpus((corpus): Map<string, string[]> => {
  const table = new Map<string, string[]>();
  for (const passage of corpus.kb.passages) {
    for (const match of passage.text.matchAll(BRACKETED)) {
      const inner = entityTerms(corpus, tokenize(match[1] as string));
      if (inner.size !== 1) continue;
      const [entity] = inner as Set<string> as unknown as [string];
      const before = tokenize(passage.text.slice(0, match.index)).slice(-NAME_WORDS);
      let glossed = false;
      for (let n = 1; n <= before.length && !glossed; n++)
        glossed = entityTerms(corpus, before.slice(-n)).has(entity);
      if (!glossed) continue;
      const ids = table.get(entity) ?? [];
      if (!ids.includes(passage.id)) ids.push(passage.id);
      table.set(entity, ids);
    }
  }
  return table;
});

/** "what is", "who are", "what's" (tokenized "what" "is"): asking what or who something is. */
const ASKING = new Set(['what', 'who']);
const BEING = new Set(['is', 'are', 'was', 'were']);
/** The same run together, as chat writes it: "whats daesh", "whos IS". */
const FUSED = new Set(['whats', 'whos', 'wats', 'wots']);
/** "what does X mean", "what does X stand for": asking a name's meaning. */
const DOING = new Set(['does', 'do']);
const MEANING = new Set(['mean', 'means', 'stand', 'stands']);
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/**
 * Words that may follow the name without asking more than what it is: where the reader met it
 * ("they keep mentioning", "referring to here", "in the article"), what it means or stands for,
 * whether it is the same as another name ("is that the same thing as daesh"), what kind of body
 * it is ("the IS militia"), and chat.
 */
const ONLY_WHAT_IT_IS = new Set(
  `they them he she it keep keeps kept mention mentions mentioned mentioning talk talks talking
  about here there refer refers referred referring to in on the this that article story piece text
  news again exactly even anyway lol lmao pls please plz mean means meant stand stands for is are
  same thing as also or another other name names called supposed be group guys people actually
  militia militias fighters organisation organization movement outfit then so
  tho though now sorry im i new`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * The sentences that gloss the one thing a question asks what or who it is, best first: those
 * holding the very words it was asked by ("daesh": the one writing "Daesh [IS]"), then the
 * rest in the sources' order. Null when the question asks anything else.
 */
export function glossesAsked(corpus: Corpus, question: string): string[] | null {
  const tokens = tokenize(question);
  const words = tokens.map((t) => t.word);
  let at: number;
  let meaning = false;
  if (FUSED.has(words[0] ?? '')) at = 1;
  else if (ASKING.has(words[0] ?? '') && (BEING.has(words[1] ?? '') || DOING.has(words[1] ?? ''))) {
    meaning = DOING.has(words[1] ?? '');
    at = 2;
  } else return null;
  while (ARTICLES.has(words[at] ?? '')) at++;
  const table = glossTable(corpus, '');
  // The shortest run of words naming one glossed entity ("IS", "Islamic State"): the words after
  // it may only say where it was met or what kind of thing it is.
  for (let n = 1; n <= Math.min(NAME_WORDS, tokens.length - at); n++) {
    const name = tokens.slice(at, at + n);
    const named = entityTerms(corpus, name);
    if (named.size !== 1) continue;
    const [entity] = [...named] as [string];
    // The name begins right after the question's opening: "what's the deal with IS" asks no name.
    if (entityTerms(corpus, name.slice(1)).has(entity)) return null;
    const ids = table.get(entity);
    if (!ids) continue;
    const rest = tokens.slice(at + n);
    // "what does daesh mean": a does-question asks a meaning only with its verb of meaning.
    if (meaning && !rest.some((t) => MEANING.has(t.word))) return null;
    const more = rest.filter((t) => !ONLY_WHAT_IT_IS.has(t.word));
    // Another name of the same thing may follow ("... is that the same as daesh"); no other word.
    const sameThing = (t: Token) => {
      const names = entityTerms(corpus, [t]);
      return names.size === 1 && names.has(entity);
    };
    if (!more.every(sameThing)) return null;
    const asked = new Set(name.map((t) => t.word));
    const holds = (id: string) =>
      tokenize(corpus.kb.passageById.get(id)?.text ?? '').some((t) => asked.has(t.word));
    return [...ids.filter(holds), ...ids.filter((id) => !holds(id))];
  }
  return null;
}

/** Words of naming: "why is it called", "why use that word", "why the name". */
const NAMING = new Set(
  'call calls called calling name names named naming word words term label labels labelled labeled refer refers referred'.split(
    ' ',
  ),
);
/** Between a naming word and the name: "call it daesh", "calling them IS". */
const NAMED_ONE = new Set(['it', 'them', 'they', 'the', 'him', 'her', 'that', 'this', 'as', 'to']);

/**
 * "why is IS also called daesh", "why do they call it daesh", '"Daesh" - why does the military use
 * that word instead of IS': asking why a thing the article glosses goes by one of its names. A
 * gloss tells that the names are one, never why one is used; no sentence answers. A why-question
 * with a word of naming and either two different names of the one glossed thing, or a glossed
 * name right after the naming word.
 */
export function namingAsked(corpus: Corpus, question: string): boolean {
  const tokens = tokenize(question);
  const words = tokens.map((t) => t.word);
  const why = words.indexOf('why');
  const howCome = words.findIndex((w, i) => w === 'how' && words[i + 1] === 'come');
  if (why < 0 && howCome < 0) return false;
  if (!words.some((w) => NAMING.has(w))) return false;
  const table = glossTable(corpus, '');
  const named = new Map<string, Set<string>>();
  for (const [i, t] of tokens.entries()) {
    const entities = [...entityTerms(corpus, [t])].filter((e) => table.has(e));
    if (entities.length !== 1) continue;
    const [entity] = entities as [string];
    // Right after a naming word ("called daesh", "call it daesh"): this very name is asked about.
    let before = i - 1;
    while (before >= 0 && NAMED_ONE.has(words[before] ?? '')) before--;
    if (before >= 0 && NAMING.has(words[before] ?? '')) return true;
    const names = named.get(entity) ?? new Set<string>();
    names.add(t.word);
    named.set(entity, names);
  }
  return [...named.values()].some((names) => names.size > 1);
}

/** Words after the place that ask no more than what it is ("even", "exactly", "again"). */
const ONLY_WHAT_PLACE = new Set(
  `even exactly again anyway like lol pls please a the place town city`.split(/\s+/),
);

/** What kind of place, asked yes or no of it ("is it a big city", "is it a village or what"). */
const PLACE_KIND = new Set(
  `big small large huge major tiny important famous old ancient capital village region province area or what really still`.split(
    /\s+/,
  ),
);

/**
 * "is it a big city", "is it a village or what": a yes or no of what kind of place "it" is, and
 * nothing more (after "what is deir el-zour?", the place whose nature the story never tells).
 */
export function placeKindAsked(question: string): boolean {
  const words = tokenize(question).map((t) => t.word);
  return (
    words[0] === 'is' &&
    words[1] === 'it' &&
    words.length > 2 &&
    words.slice(2).every((w) => ONLY_WHAT_PLACE.has(w) || PLACE_KIND.has(w))
  );
}

/**
 * "what is deir el-zour", "whats deir ez zor even": what a place of the story is, in the present,
 * asked of the place alone. The story tells what happened near it, never what the place is; a
 * sentence naming it answers nothing asked (a curated entry naming it answered at 0.84). Not a
 * place a source glosses (glossesAsked answers those), nor a question asking more of it ("what
 * happened at deir el-zour"). Not "where is deir el-zour": a writer may mean where it happened
 * (a French "c ou deir el zour, je veux dire la frappe" is read as that), which the story tells.
 */
export function placeItselfAsked(corpus: Corpus, question: string): boolean {
  const tokens = tokenize(question);
  const words = tokens.map((t) => t.word);
  let at: number;
  if (FUSED.has(words[0] ?? '')) at = 1;
  else if (words[0] === 'what' && words[1] === 'is') at = 2;
  else return false;
  for (let n = Math.min(NAME_WORDS + 1, tokens.length - at); n >= 1; n--) {
    const named = entityTerms(corpus, tokens.slice(at, at + n));
    if (named.size !== 1) continue;
    const [entity] = [...named] as [string];
    if (corpus.kb.entityById.get(entity.slice(2))?.kind !== 'place') return false;
    if (glossTable(corpus, '').has(entity)) return false;
    // The name read the longest may take in the "is" of "is it" after it ("deir el zour is"): a
    // shorter one is read then.
    if (words[at + n - 1] === 'is' && words[at + n] === 'it') continue;
    const rest = words.slice(at + n);
    // "what is deir el-zour, is it a big city?": a yes or no of what kind of place it is.
    const kind = rest.findIndex((w, i) => w === 'is' && rest[i + 1] === 'it');
    if (kind < 0) return rest.every((w) => ONLY_WHAT_PLACE.has(w));
    return (
      rest.slice(0, kind).every((w) => ONLY_WHAT_PLACE.has(w)) && placeKindAsked(rest.slice(kind).join(' '))
    );
  }
  return false;
}

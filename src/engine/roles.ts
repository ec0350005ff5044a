/**
 * Who told whom (issue 11): the parties around a verb of telling or warning, read the
 * same way in a question and in a sentence. "what did moscow tell the pentagon" asks of words
 * that went from Russia to the US; "the Pentagon had informed Moscow" went the other way, and
 * answers "did the US warn russia", not it. The verbs are lists of English words (extend them
 * here), the parties the knowledge's names, each read as its side: the Pentagon, Power and the
 * coalition as the US (entities.yaml parents).
 */
import type { Term } from '../text/lexicon.ts';
import { retyped, type Token, tokenize } from '../text/tokenize.ts';
import { type Corpus, perCorpus } from './corpus.ts';

/** The sides a message or sentence has telling, and told, something. */
export interface Roles {
  tellers: ReadonlySet<string>;
  told: ReadonlySet<string>;
}

/**
 * Verbs of passing word whose object is whom they tell: "warn russia", "informed Moscow". Not
 * verbs of accusing or urging ("russia blamed the US", "power accused russia"): what a question
 * asks of those is the accusation, whichever way it went.
 */
const TOLD_AS_OBJECT =
  /^(?:tell|tells|told|telling|inform(?:s|ed|ing)?|warn(?:s|ed|ing)?|tip(?:s|ped|ping)?|alert(?:s|ed|ing)?|notif(?:y|ies|ied|ying)|remind(?:s|ed|ing)?|brief(?:s|ed|ing)?|assur(?:e|es|ed|ing)|reassur(?:e|es|ed|ing))$/;
/** Verbs whose addressee follows "to" or "with": "relayed its regret to Syria", "complained to the US". */
const TOLD_AFTER_TO =
  /^(?:say|says|said|saying|relay(?:s|ed|ing)?|rais(?:e|es|ed|ing)|complain(?:s|ed|ing)?|explain(?:s|ed|ing)?|apologi[sz](?:e|es|ed|ing)|send|sends|sent|sending|pass(?:es|ed|ing)?|report(?:s|ed|ing)?|express(?:es|ed|ing)?|protest(?:s|ed|ing)?|write|wrote|written|talk(?:s|ed|ing)?|speak|spoke|spoken)$/;
/**
 * An addressee follows "to"; "with" after verbs of talking ("raised it with the US", not "said
 * something about working with the US"), "in" after raising ("raised the alarm in the Pentagon").
 */
const WITH_WHOM = /^(?:rais(?:e|es|ed|ing)|talk(?:s|ed|ing)?|speak|spoke|spoken|protest(?:s|ed|ing)?)$/;
const RAISING = /^rais(?:e|es|ed|ing)$/;
/** Words that make a "to" after them no addressee: "according to moscow", "due to", "along with". */
const NOT_ADDRESSING = new Set([
  'according',
  'due',
  'owing',
  'thanks',
  'prior',
  'next',
  'compared',
  'along',
  'together',
  'up',
  'back',
]);
/** Words an addressee after "to" may be this far from its verb: "relayed its regret to". */
const TO_REACH = 4;
/** Forms that make a verb passive when a form of "be" comes before it: "was russia warned". */
const PARTICIPLE = /(?:ed|told|sent|spoken|written)$/;
const BE = new Set(
  `was were been being be is are get got gets getting wasn't wasnt weren't werent isn't isnt aren't arent`.split(
    /\s+/,
  ),
);
/** Words that may stand between a party and its verb: "the Pentagon had informed", "did the US even warn". */
const BETWEEN = new Set(
  `had has have did does do also even ever not never just really actually then first previously already
  reportedly again initially immediately quickly officially publicly directly later would could will
  should might may can cannot didnt didn't doesnt hadnt havent hasnt specifically explicitly apparently
  allegedly supposedly still both all`.split(/\s+/),
);
/** Words between a verb and whom it tells: "warn the russians", "urged the United States". */
const BEFORE_TOLD = new Set([
  'the',
  'even',
  'its',
  'their',
  'his',
  'her',
  'both',
  'also',
  'directly',
  'first',
]);
/** The particle of a phrasal verb of telling, before or after whom it tells: "tipped off moscow". */
const PARTICLE = 'off';
/**
 * Nouns of word passed on ("russia got no warning", "gave the kremlin advance notice"): whoever
 * gets one is told, whoever gives one tells. "heads" counts only in "heads up".
 */
const WORD_PASSED = /^(?:warnings?|notice|notices|notifications?|alerts?|tip|tips|heads|briefings?)$/;
/** Verbs of getting a word passed: its subject is told. */
const GETTING = /^(?:get|gets|got|gotten|getting|receiv(?:e|es|ed|ing)|had|have|has|having)$/;
/** Verbs of giving one: its subject tells, whom it is given to (before it or after "to") is told. */
const GIVING = /^(?:give|gives|gave|given|giving|send|sends|sent|sending|offer(?:s|ed|ing)?)$/;
/** Words between such a verb and its noun: "got no warning", "gave them any advance notice". */
const BEFORE_NOUN = new Set(
  `any no zero a an some the advance prior much enough real proper early fair little their its
  official formal`.split(/\s+/),
);
/**
 * Words that, right after a party following a verb of telling, make that party the subject of a
 * clause told, not whom the verb tells: "were the russians not told the yanks were flying".
 */
const CLAUSE_VERB = new Set(
  `were was is are would will had have has could might did do does can should they'd it'd be`.split(/\s+/),
);
/** Words a clause the question tells hangs on: "when russia accused the US", "to moscow warning them". */
const SUBORDINATING = new Set(
  `when after before since once because while until as if though although to about over at by for
  against of despite whenever`.split(/\s+/),
);
/** Whom a chat message asks the bot to tell: "can you tell us", "pls tell me". */
const ASKING_THE_BOT = new Set(['you', 'u', 'ya', 'pls', 'plz', 'please', 'someone', 'anyone', 'somebody']);

interface Party {
  start: number;
  end: number;
  sides: string[];
}

/**
 * The tokens' parties: names of the knowledge, each as its side (the root of its parents; a
 * group of several, "Damascus and Moscow", as none). Lower-case "us" is the US only after "the".
 */
function partiesOf(corpus: Corpus, tokens: readonly Token[]): Party[] {
  const read = tokens.map((t, i) =>
    t.word === 'us' && t.raw !== 'US' && tokens[i - 1]?.word === 'the' ? retyped(t, 'US', t.word) : t,
  );
  const parties: Party[] = [];
  for (const m of corpus.lexicon.match(read)) {
    const sides = new Set<string>();
    for (const term of m.terms) {
      if (!term.startsWith('e:')) continue;
      const id = term.slice(2);
      const entity = corpus.kb.entityById.get(id);
      if (!entity || (entity.members?.length ?? 0) > 0) continue;
      const line = corpus.lexicon.entityTerms(id);
      sides.add((line[line.length - 1] as Term).slice(2));
    }
    if (sides.size === 1) parties.push({ start: m.start, end: m.end, sides: [...sides] });
  }
  return parties;
}

/** The party ending right before `at`, past the words that may stand between. */
function partyEndingBefore(
  parties: readonly Party[],
  tokens: readonly Token[],
  at: number,
): Party | undefined {
  let i = at - 1;
  while (i >= 0 && BETWEEN.has((tokens[i] as Token).word)) i--;
  return parties.find((p) => p.end === i + 1);
}

/**
 * Does a clause starting at `start` hang on a word that makes it what the question tells, not
 * what it asks ("how did power respond to russia blaming the US", "what did power say when
 * russia accused the US": Power's words are asked, whatever went the other way)?
 */
function toldClause(tokens: readonly Token[], start: number): boolean {
  let i = start - 1;
  while (i >= 0 && BEFORE_TOLD.has((tokens[i] as Token).word)) i--;
  return i >= 0 && SUBORDINATING.has((tokens[i] as Token).word);
}

/** The sides of the party starting at `at`, past the words that may stand before it. */
function partyAt(parties: readonly Party[], tokens: readonly Token[], at: number): string[] {
  let i = at;
  while (i < tokens.length && BEFORE_TOLD.has((tokens[i] as Token).word)) i++;
  return parties.find((p) => p.start === i)?.sides ?? [];
}

/**
 * Whom the verb of telling at `at` tells, right after it (past its particle: "tip off moscow"):
 * none when that party is the subject of a clause it tells ("told the yanks were flying").
 */
function objectAt(parties: readonly Party[], tokens: readonly Token[], at: number): string[] {
  const from = tokens[at + 1]?.word === PARTICLE ? at + 2 : at + 1;
  let i = from;
  while (i < tokens.length && BEFORE_TOLD.has((tokens[i] as Token).word)) i++;
  const party = parties.find((p) => p.start === i);
  return party && !CLAUSE_VERB.has(tokens[party.end]?.word ?? '') ? party.sides : [];
}

/**
 * Who gets or gives the word passed that the noun at `at` names: "russia got no warning" (Russia
 * told), "the US gave the kremlin advance notice", "any tip-off to moscow", "a warning from the
 * pentagon". Before the noun, a verb of getting or giving past the words that may stand between.
 * False when the noun has neither (then it may be a verb: "warning the us").
 */
function nounRoles(
  parties: readonly Party[],
  tokens: readonly Token[],
  at: number,
  asked: boolean,
  roles: { tellers: Set<string>; told: Set<string> },
): boolean {
  let next = at + 1;
  if (tokens[at]?.word === 'heads' && tokens[next]?.word !== 'up') return false;
  if (tokens[next]?.word === PARTICLE || tokens[next]?.word === 'up') next++;
  let i = at - 1;
  while (i >= 0 && BEFORE_NOUN.has((tokens[i] as Token).word)) i--;
  const given = parties.find((p) => p.end === i + 1);
  let verbAt = given ? given.start - 1 : i;
  while (given && verbAt >= 0 && BEFORE_TOLD.has((tokens[verbAt] as Token).word)) verbAt--;
  const verb = tokens[verbAt]?.word ?? '';
  const getting = !given && GETTING.test(verb);
  const giving = GIVING.test(verb);
  const after = tokens[next]?.word;
  const other = after === 'from' || after === 'to' ? partyAt(parties, tokens, next + 1) : [];
  if (!getting && !giving && other.length === 0) return false;
  const subject = getting || giving ? partyEndingBefore(parties, tokens, verbAt) : undefined;
  if (asked && subject && toldClause(tokens, subject.start)) return true;
  const teller = getting
    ? after === 'from'
      ? other
      : []
    : (subject?.sides ?? (after === 'from' ? other : []));
  const told = getting ? (subject?.sides ?? []) : (given?.sides ?? (after === 'to' ? other : []));
  for (const side of teller) roles.tellers.add(side);
  for (const side of told) roles.told.add(side);
  return teller.length > 0 || told.length > 0;
}

/**
 * Where the form of "be" is that makes the verb at `at` passive: right before it, past words that
 * may stand between ("had been told", "were even warned"), or before a party right before it
 * that no party follows ("was russia warned"; not "was it russia that accused the US", nor "what
 * was it russia accused the US of"). Undefined when active.
 */
function passiveBe(parties: readonly Party[], tokens: readonly Token[], at: number): number | undefined {
  let i = at - 1;
  while (i >= 0 && BETWEEN.has((tokens[i] as Token).word)) i--;
  if (i >= 0 && BE.has((tokens[i] as Token).word)) return i;
  const party = parties.find((p) => p.end === i + 1);
  if (!party || objectAt(parties, tokens, at).length > 0) return undefined;
  let j = party.start - 1;
  while (j >= 0 && BEFORE_TOLD.has((tokens[j] as Token).word)) j--;
  return j >= 0 && BE.has((tokens[j] as Token).word) ? j : undefined;
}

/** Who tells whom in these tokens, by side (in a question, `asked`: not in a clause it tells). */
export function rolesOf(corpus: Corpus, tokens: readonly Token[], asked = false): Roles {
  const tellers = new Set<string>();
  const told = new Set<string>();
  let parties: Party[] | null = null;
  for (const [at, token] of tokens.entries()) {
    const word = token.word;
    const noun = WORD_PASSED.test(word);
    const direct = TOLD_AS_OBJECT.test(word);
    if (!noun && !direct && !TOLD_AFTER_TO.test(word)) continue;
    if (ASKING_THE_BOT.has(tokens[at - 1]?.word ?? '') || (at === 0 && direct)) continue;
    parties ??= partiesOf(corpus, tokens);
    if (parties.length === 0) return { tellers, told };
    if (noun && nounRoles(parties, tokens, at, asked, { tellers, told })) continue;
    if (!direct && !TOLD_AFTER_TO.test(word)) continue;
    // Passive: "had moscow been told", "was russia warned", "the russians were warned by ...".
    const be = PARTICIPLE.test(word) ? passiveBe(parties, tokens, at) : undefined;
    if (be !== undefined) {
      const inside = parties.find((p) => p.start > be && p.end <= at);
      const subject = inside ?? partyEndingBefore(parties, tokens, be);
      if (asked && toldClause(tokens, inside ? be : (subject?.start ?? be))) continue;
      for (const side of subject?.sides ?? []) told.add(side);
      const by = tokens[at + 1]?.word === PARTICLE ? at + 2 : at + 1;
      if (tokens[by]?.word === 'by') for (const side of partyAt(parties, tokens, by + 1)) tellers.add(side);
      continue;
    }
    const teller = partyEndingBefore(parties, tokens, at);
    if (asked && teller && toldClause(tokens, teller.start)) continue;
    const from = teller?.sides ?? [];
    let to: string[] = [];
    if (direct) to = objectAt(parties, tokens, at);
    else
      for (let j = at + 1; j <= at + TO_REACH && j < tokens.length; j++) {
        const w = (tokens[j] as Token).word;
        if (w === 'to' && NOT_ADDRESSING.has((tokens[j - 1] as Token).word)) break;
        if (w === 'to' || (w === 'with' && WITH_WHOM.test(word)) || (w === 'in' && RAISING.test(word))) {
          to = partyAt(parties, tokens, j + 1);
          break;
        }
      }
    // Only words said to someone: "the US military said", "russia accused" name no one told,
    // and what they said may tell of others the other way round ("... as soon as Moscow raised
    // the alarm in the Pentagon", the US military's words).
    if (to.length === 0) continue;
    for (const side of from) tellers.add(side);
    for (const side of to) told.add(side);
  }
  return { tellers, told };
}

/** A sentence's roles, read once per corpus. */
export const passageRoles = perCorpus((corpus: Corpus, id: string): Roles => {
  const text = corpus.kb.passageById.get(id)?.text ?? '';
  return rolesOf(corpus, tokenize(text));
});

/** A question's roles, from its words as read (lower case). */
export function questionRoles(corpus: Corpus, words: readonly string[]): Roles {
  return rolesOf(
    corpus,
    words.map((w) => ({ raw: w, word: w })),
    true,
  );
}

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));

/**
 * Do the candidate's roles turn the question's round: a side the question has telling is told in
 * the candidate (and not telling there too), or one it has told is telling there?
 */
export function reversed(asked: Roles, found: Roles): boolean {
  if (!hasRoles(asked)) return false;
  if (meets(asked.tellers, found.told) && !meets(asked.tellers, found.tellers)) return true;
  return meets(asked.told, found.tellers) && !meets(asked.told, found.told);
}

/**
 * Does the candidate tell as the question asks, the question naming both parties: its teller
 * tells there and whom it has told is told there ("did the US say anything to syria": "The US
 * relayed its regret to Syria"; not the US military's words to no one named). Not with one party
 * alone ("nobody apologized to syria?": Australia's condolences as much as the US's regret).
 */
export function sameWay(asked: Roles, found: Roles): boolean {
  return meets(asked.tellers, found.tellers) && meets(asked.told, found.told);
}

/** Does the question name a direction of telling at all? */
export function hasRoles(roles: Roles): boolean {
  return roles.tellers.size > 0 || roles.told.size > 0;
}

/**
 * Negation as something a question asks about: "who said washington can't explain it" asks for
 * the sentence that says someone was "unable to provide an adequate explanation", "what did power
 * say russia never did" the one that says "none of these atrocities ... nor has it demanded".
 * A sentence that denies is told by its words (a general fact of English, nothing of a story);
 * a question denies when a negation bears on what it asks, not when it only asks for a yes
 * ("didn't they apologize?", "it was saturday, wasn't it?"). Pure, no knowledge of the story.
 */
import { WH_WORDS } from './lexicon.ts';
import type { Token } from './tokenize.ts';

/** Words that deny: "not", "never", "none of", "nor has it", "unable to". */
const DENYING = new Set([
  'not',
  'no',
  'never',
  'none',
  'nor',
  'neither',
  'nobody',
  'nothing',
  'cannot',
  'unable',
]);

const denies = (word: string) => DENYING.has(word) || word.endsWith("n't");

/** Does a written sentence (or curated wording) deny something ("no concerns were voiced")? */
export function deniesSomething(tokens: readonly Token[]): boolean {
  return tokens.some((t) => denies(t.word));
}

/**
 * Does a question, as the chat reader gives it (negation words taken out, the word after one
 * marked `negated`; "can't" kept), ask about a denial? When a question word comes before the
 * negation: "who said washington can't explain it", "what did power say russia never did". A
 * question that asks for a yes ("didn't they apologize?", "russia didn't ask for the meeting,
 * right?", "the army doesn't think it was an accident, does it") supposes the denial: the
 * sentence that settles it may well say the opposite.
 */
export function asksAboutDenial(tokens: readonly Token[]): boolean {
  let asking = false;
  for (const t of tokens) {
    if (asking && (t.negated || denies(t.word))) return true;
    if (WH_WORDS.has(t.word)) asking = true;
  }
  return false;
}

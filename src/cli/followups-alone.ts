/**
 * npx tsx src/cli/followups-alone.ts [--set FILE.jsonl ...] [--list FILE.jsonl ...] [--knowledge DIR]
 *
 * The context of a conversation may say WHO or WHAT is meant (a pronoun, an ellipsis), never the
 * thing asked: a follow-up is no surer in its conversation than the same message alone with its
 * pronouns said as the names the conversation gave them ("did he come back?" -> "did Vitaly
 * Churkin come back?"). For the last turn of each conversation of the sets (default: every
 * follow-up set), this answers it both ways and counts, by what the set expects (an answer, a
 * near-topic or an off-topic refusal), where the conversation answered and the message alone
 * refused (the context made the turn surer than it is), and the refusals missed both ways (the
 * message's own reading is at fault, in conversation or not). Only the sets given with --list show
 * their conversations (never list a check set: read only fit sets).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { loadEngine } from '../app/load-engine.ts';
import type { Answer } from '../engine/answer.ts';
import { type ConversationTurn, turnOf } from '../engine/conversation.ts';
import type { Engine } from '../engine/engine.ts';
import { normalizeForCompare } from '../text/normalize.ts';
import { knowledgeDirFromArgs } from './args.ts';

interface Conversation {
  turns: string[];
  expect: string[] | null;
  kind?: 'off' | 'near';
}

const args = process.argv.slice(2);
const sets: string[] = [];
const listed = new Set<string>();
for (let i = 0; i < args.length; i++) {
  if ((args[i] === '--set' || args[i] === '--list') && args[i + 1]) {
    const file = resolve(args[i + 1] as string);
    sets.push(file);
    if (args[i] === '--list') listed.add(file);
    i++;
  }
}
const files =
  sets.length > 0
    ? sets
    : readdirSync('eval')
        .filter((f) => f.includes('followups'))
        .map((f) => resolve('eval', f));
const engine = loadEngine(knowledgeDirFromArgs(args));
const lower = (s: string) => normalizeForCompare(s).toLowerCase();

/** The last turn's answer in its conversation. */
function inConversation(e: Engine, turns: readonly string[]): Answer {
  const done: ConversationTurn[] = [];
  let last = e.answer('');
  for (const t of turns) {
    last = e.answer(t, done);
    done.push(turnOf(last));
  }
  return last;
}

/** Words that stand for whom the conversation names (not "why", "after", "the first guy"). */
const PRONOUNS = new Set(
  'he him his she her hers they them their theirs it its this that these those'.split(' '),
);

/** "Reading 'he' as Vitaly Churkin and 'they' as Russia, following ...": each pronoun and its name. */
function refsOf(reading: string | undefined): [string, string][] {
  if (!reading) return [];
  return [...reading.matchAll(/'([^']+)' as ((?:(?! and '|, following).)+)/g)]
    .map((m) => [m[1] as string, m[2] as string] as [string, string])
    .filter(([pronoun]) => PRONOUNS.has(pronoun.toLowerCase()));
}

const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'theirs']);

/** The message with each pronoun the reading named said as its name. */
function resolved(text: string, refs: readonly [string, string][]): string {
  let out = text;
  for (const [pronoun, name] of refs) {
    if (pronoun.includes(' ')) continue;
    const said = POSSESSIVE.has(pronoun.toLowerCase()) ? `${name}'s` : name;
    out = out.replace(new RegExp(`\\b${pronoun}\\b`, 'i'), said);
  }
  return out;
}

const right = (c: Conversation, a: Answer) =>
  !!c.expect &&
  a.answered &&
  a.quotes.slice(0, 1).some((q) => c.expect?.some((x) => lower(q.text).includes(lower(x))));

for (const file of files) {
  const convs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Conversation)
    .filter((c) => Array.isArray(c.turns));
  const counts = { answer: [0, 0, 0], near: [0, 0, 0], off: [0, 0, 0] };
  /** Refusals missed (near or off): answered in conversation and alone alike. */
  let both = 0;
  const lines: string[] = [];
  for (const c of convs) {
    const a = inConversation(engine, c.turns);
    const last = c.turns.at(-1) as string;
    const refs = refsOf(a.reading);
    const alone = engine.answer(resolved(last, refs));
    const kind = c.expect ? 'answer' : c.kind === 'near' ? 'near' : 'off';
    const n = counts[kind];
    n[0] = (n[0] as number) + 1;
    if (listed.has(file) && kind !== 'answer' && a.answered)
      lines.push(
        `  ANSWERED ${kind} (alone ${alone.answered ? 'answered' : 'refused'}) ${c.turns.join(' -> ')}\n` +
          `      alone: "${resolved(last, refs)}" ${alone.confidence} [${alone.quotes[0]?.text.slice(0, 60)}]  conv ${a.confidence} ${a.reading ?? ''} [${a.quotes[0]?.text.slice(0, 60)}]`,
      );
    if (kind !== 'answer' && a.answered && alone.answered) both++;
    if (a.answered && !alone.answered) {
      n[1] = (n[1] as number) + 1;
      if (kind === 'answer' && right(c, a)) n[2] = (n[2] as number) + 1;
      if (listed.has(file))
        lines.push(
          `  ${kind.padEnd(6)} ${kind === 'answer' ? (right(c, a) ? 'RIGHT' : 'wrong') : '     '} ${c.turns.join(' -> ')}\n` +
            `      alone: "${resolved(last, refs)}" (${alone.confidence}${alone.message ? `: ${alone.message.slice(0, 50)}` : ''})  conv ${a.confidence} ${a.reading ?? ''}`,
        );
    }
  }
  const f = (k: keyof typeof counts) =>
    `${k} ${counts[k][1]}/${counts[k][0]}${k === 'answer' ? ` (${counts[k][2]} right)` : ''}`;
  console.log(
    `== ${basename(file)}  answered in conversation, refused alone: ${f('answer')}, ${f('near')}, ${f('off')}; refusals missed both ways: ${both}`,
  );
  for (const l of lines) console.log(l);
}

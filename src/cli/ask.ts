/**
 * npm run ask -- "question"                  one answer as text
 * npm run --silent ask -- --json [--knowledge DIR] < questions.txt
 *                                            one JSON line per non-empty input line
 *                                            (contract: ../shared/docs/ask-json.md); a line
 *                                            {"question": ..., "conversation": "c7"} is a turn
 *                                            of that conversation, answered in its context
 * Logs and errors go to stderr; stdout carries answers only.
 */
import { createInterface } from 'node:readline';
import { parseAskLine, toAskJson } from '../adapters/ask-json.ts';
import { renderAnswerText } from '../adapters/text.ts';
import { ConversationMemory } from '../app/conversations.ts';
import { KnowledgeError, openEngine } from '../app/ready-engine.ts';
import { turnOf } from '../engine/conversation.ts';
import { knowledgeDirFromArgs } from './args.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const explain = args.includes('--explain');
const dir = knowledgeDirFromArgs(args);
const knowledgeIndex = args.indexOf('--knowledge');
const words = args.filter(
  (a, i) =>
    a !== '--json' &&
    a !== '--explain' &&
    !(knowledgeIndex >= 0 && (i === knowledgeIndex || i === knowledgeIndex + 1)),
);

// Nothing is run ahead of a lone first question: its answer comes sooner than after a warm-up.
// With --json and more questions, the engine is warmed up and primed before them (see below).
const engine = await (async () => {
  try {
    return await openEngine(dir, { ready: false });
  } catch (error) {
    console.error(
      error instanceof KnowledgeError ? error.message : `cannot load ${dir}: ${(error as Error).message}`,
    );
    process.exit(1);
  }
})();

if (json) {
  const input = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  // The lines read and not yet answered: readline reads a chunk's lines all at once.
  const waiting: string[] = [];
  let ended = false;
  let wake: (() => void) | null = null;
  input.on('line', (line) => {
    if (line.trim() !== '') waiting.push(line);
    wake?.();
  });
  input.on('close', () => {
    ended = true;
    wake?.();
  });
  // Each conversation's turns, for this run only.
  const conversations = new ConversationMemory();
  let answered = 0;
  let primed = false;
  for (;;) {
    const line = waiting.shift();
    if (line === undefined) {
      if (ended) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
      continue;
    }
    // Several questions at hand (a file, the eval's questions) or a second one: warmed up and
    // primed first, so that `ms` shows steady answers. A lone first question is answered at once.
    if (!primed && (answered > 0 || waiting.length > 0)) {
      engine.warmUp().prime();
      primed = true;
    }
    answered++;
    const { question, conversation } = parseAskLine(line);
    let out: string;
    try {
      const answer = engine.answer(question, conversation ? conversations.turns(conversation) : undefined);
      if (conversation) conversations.remember(conversation, turnOf(answer));
      out = JSON.stringify(toAskJson(answer));
    } catch (error) {
      // The engine never throws by design; this keeps the one-line-per-question promise regardless.
      console.error(`error answering "${line.slice(0, 80)}": ${(error as Error).message}`);
      out = JSON.stringify({ question, answered: false, confidence: 0, quotes: [], qa: null, ms: 0 });
    }
    process.stdout.write(`${out}\n`);
  }
} else {
  const question = words.join(' ');
  if (!question.trim()) {
    console.error('usage: npm run ask -- "How many soldiers were killed?"   (or --json < questions.txt)');
    process.exit(2);
  }
  process.stdout.write(`${renderAnswerText(engine.answer(question))}\n`);
  if (explain) console.error(JSON.stringify(engine.explain(question), null, 1));
}

/**
 * npm run ask -- "question"                  one answer as text
 * npm run --silent ask -- --json [--knowledge DIR] < questions.txt
 *                                            one JSON line per non-empty input line
 *                                            (contract: ../shared/docs/ask-json.md)
 * Logs and errors go to stderr; stdout carries answers only.
 */
import { createInterface } from 'node:readline';
import { toAskJson } from '../adapters/ask-json.ts';
import { renderAnswerText } from '../adapters/text.ts';
import { KnowledgeError, loadEngine } from '../app/load-engine.ts';
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

const engine = (() => {
  try {
    return loadEngine(dir, { prime: true });
  } catch (error) {
    console.error(
      error instanceof KnowledgeError ? error.message : `cannot load ${dir}: ${(error as Error).message}`,
    );
    process.exit(1);
  }
})();

if (json) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let out: string;
    try {
      out = JSON.stringify(toAskJson(engine.answer(line)));
    } catch (error) {
      // The engine never throws by design; this keeps the one-line-per-question promise regardless.
      console.error(`error answering "${line.slice(0, 80)}": ${(error as Error).message}`);
      out = JSON.stringify({ question: line, answered: false, confidence: 0, quotes: [], qa: null, ms: 0 });
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

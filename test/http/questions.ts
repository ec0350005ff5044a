/**
 * The questions bench:http asks: every standalone question of the project's own sets (eval/*.jsonl:
 * `q`, and the first turn of each conversation, which leans on nothing before it) and of the shared
 * dev samples (../shared/eval) when they are there, plain, messy, near- and off-topic alike, each
 * once, in a fixed shuffled order. Asking one question thousands of times measured the engine on
 * one question (and would have measured any memo of answers instead of the bot); over this list
 * each question comes back only after all the others.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Random } from '../../bench/generate/random.ts';
import { TUNING } from '../../src/engine/tuning.ts';
import { ROOT } from '../support/processes.ts';

const FOLDERS = [join(ROOT, 'eval'), resolve(ROOT, '../shared/eval')];

function questionsIn(file: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as { q?: unknown; turns?: unknown };
    const question = typeof item.q === 'string' ? item.q : Array.isArray(item.turns) ? item.turns[0] : null;
    if (typeof question === 'string') out.push(question);
  }
  return out;
}

/**
 * The distinct questions, at most as long as the /ask option allows (Discord refuses longer ones
 * before they reach the bot), shuffled with a fixed seed: every run asks them in the same order.
 */
export function benchQuestions(): string[] {
  const all = new Set<string>();
  for (const folder of FOLDERS) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.jsonl')) continue;
      for (const question of questionsIn(join(folder, name))) {
        // One line, as the /ask box sends it.
        const trimmed = question.replace(/\s*\n\s*/g, ' ').trim();
        if (trimmed && trimmed.length <= TUNING.input.maxQuestionLength) all.add(trimmed);
      }
    }
  }
  return new Random(15, 1).shuffle([...all]);
}

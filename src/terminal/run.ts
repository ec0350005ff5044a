/**
 * `npm start` without a Discord token: the terminal chat on the knowledge folder, serving hand
 * edits as they are saved (src/app/live.ts) and saying so above the prompt.
 */
import { line, type TextLine } from '../adapters/text.ts';
import { shrinkageSentence } from '../app/guard.ts';
import { LiveKnowledge, type ReloadResult } from '../app/live.ts';
import type { Engine } from '../engine/engine.ts';
import { formatProblem } from '../knowledge/problems.ts';
import { TerminalChat, type TerminalChatOptions } from './chat.ts';

export interface TerminalOptions extends Omit<TerminalChatOptions, 'engines'> {
  knowledgeDir: string;
  /** The engine loaded from knowledgeDir at start. */
  engine: Engine;
  /** How long the folder must be quiet before it is reloaded (LiveKnowledge's default when unset). */
  debounceMs?: number;
}

/** Problems listed above the prompt; the rest are counted. */
const MAX_PROBLEMS = 8;

export async function runTerminal(options: TerminalOptions): Promise<void> {
  const { knowledgeDir, engine, debounceMs, ...io } = options;
  let chat: TerminalChat | undefined;
  const knowledge = new LiveKnowledge(knowledgeDir, engine, {
    ...(debounceMs === undefined ? {} : { debounceMs }),
    onReload: (result, reason) => {
      const lines = reloadLines(result, reason);
      if (lines.length > 0) chat?.notify(lines);
    },
  });
  chat = new TerminalChat({ ...io, engines: knowledge.engines });
  knowledge.watch();
  try {
    await chat.run();
  } finally {
    knowledge.close();
  }
}

/** What a reload did, in words, for the person chatting (who may be the one editing the files). */
export function reloadLines(result: ReloadResult, reason: string): TextLine[] {
  const why = printable(reason);
  if (result.ok) {
    return [
      line(
        result.changed
          ? `Knowledge reloaded (${why}): answers now come from version ${result.version}.`
          : `The knowledge folder is valid again (${why}): answers still come from version ${result.version}.`,
        'good',
      ),
    ];
  }
  if (result.held) {
    return [
      line(
        `The knowledge folder (version ${result.held.version}) ${shrinkageSentence(result.held.shrinkage)} (${why}). ` +
          `Answers still come from version ${result.servingVersion}. If this is intended, accept it with ` +
          '/kb reload in Discord, or restart the chat (a start serves the folder as it is); otherwise put the files back.',
        'warning',
      ),
    ];
  }
  const { problems } = result;
  const n = problems.length;
  const lines = [
    line(
      `The knowledge folder has ${n} problem${n === 1 ? '' : 's'} (${why}). Answers still come from ` +
        `version ${result.servingVersion} until ${n === 1 ? 'it is' : 'they are'} fixed:`,
      'warning',
    ),
    ...problems.slice(0, MAX_PROBLEMS).map((p) => line(`  ✗ ${printable(formatProblem(p))}`, undefined, 4)),
  ];
  if (n > MAX_PROBLEMS) lines.push(line(`  … and ${n - MAX_PROBLEMS} more: run npm run knowledge:check.`));
  return lines;
}

/** File names and problem texts come from the folder: no control characters reach the terminal. */
function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, ' ');
}

import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';

/** The project's own knowledge folder. */
export const DEFAULT_KNOWLEDGE_DIR = resolve(PROJECT_ROOT, 'knowledge');

/** `--knowledge DIR`, else KNOWLEDGE_DIR, else the project's knowledge/. */
export function knowledgeDirFromArgs(args: readonly string[]): string {
  const i = args.indexOf('--knowledge');
  const value = i >= 0 ? args[i + 1] : undefined;
  if (i >= 0 && !value) {
    console.error('--knowledge needs a folder, e.g. --knowledge ./knowledge');
    process.exit(2);
  }
  return resolve(value ?? process.env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR);
}

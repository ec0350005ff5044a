/** A throw-away copy of the project's knowledge/ folder, for tests that edit files. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const KNOWLEDGE_DIR = resolve(import.meta.dirname, '../../knowledge');

export interface KnowledgeCopy {
  dir: string;
  read(file: string): string;
  write(file: string, content: string): void;
  edit(file: string, change: (content: string) => string): void;
  remove(): void;
}

export function copyKnowledge(): KnowledgeCopy {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const write = (file: string, content: string) => writeFileSync(join(dir, file), content);
  return {
    dir,
    read,
    write,
    edit: (file, change) => {
      const before = read(file);
      const after = change(before);
      if (after === before) throw new Error(`edit of ${file} changed nothing: the test is out of date`);
      write(file, after);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Every file of a folder (dot files aside) with its content, by path inside it: what a refused
 * change must leave as it was.
 */
export function folderState(dir: string): Record<string, string> {
  const state: Record<string, string> = {};
  const walk = (at: string, prefix = '') => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(join(at, entry.name), `${prefix}${entry.name}/`);
      else state[`${prefix}${entry.name}`] = readFileSync(join(at, entry.name), 'utf8');
    }
  };
  walk(dir);
  return state;
}

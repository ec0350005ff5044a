/**
 * Every sentence of a knowledge folder: passages.json (the article) and, when the folder holds
 * several sources, sources/*.passages.json. Node built-ins only: the bench's measuring children
 * import it too and must load nothing but the system they measure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SentenceRecord {
  id: string;
  text: string;
  paragraph: number;
}

export function readAllSentences(dir: string): SentenceRecord[] {
  const sourcesDir = join(dir, 'sources');
  const files = [
    join(dir, 'passages.json'),
    ...(existsSync(sourcesDir)
      ? readdirSync(sourcesDir)
          .filter((f) => f.endsWith('.passages.json'))
          .sort()
          .map((f) => join(sourcesDir, f))
      : []),
  ];
  return files.flatMap(
    (f) => (JSON.parse(readFileSync(f, 'utf8')) as { passages: SentenceRecord[] }).passages,
  );
}

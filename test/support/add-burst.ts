/**
 * Child process for the lock tests: waits for a line "go" on stdin, then makes COUNT /kb-style adds
 * to the knowledge folder DIR at once (ids PREFIX-0 ...), prints how many succeeded and exits.
 */
import { createInterface } from 'node:readline';
import { QaEditor } from '../../src/knowledge/editor.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const [dir, prefix, count] = process.argv.slice(2) as [string, string, string];
const editor = new QaEditor(dir);
// Warm (validation is slower the first time), so that both processes' adds really overlap.
loadKnowledge(dir);
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) if (line === 'go') break;
const results = await Promise.all(
  Array.from({ length: Number(count) }, (_, i) =>
    editor.add({
      id: `${prefix}-${i}`,
      question: `Is ${prefix} number ${i} a test question?`,
      paraphrases: [],
      answer: ['p4.s2'],
    }),
  ),
);
const failed = results.filter((r) => !r.ok);
process.stdout.write(`added ${results.length - failed.length}\n`);
for (const f of failed) process.stdout.write(`failed ${JSON.stringify(f)}\n`);
process.exit(0);

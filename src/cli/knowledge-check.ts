/**
 * npm run knowledge:check [-- --knowledge DIR] [--sentences]
 * Validates every knowledge file and prints every problem at once, with file, line,
 * entry and field, then a summary. Exit status 1 when anything is wrong.
 * --sentences lists every sentence id with its sentence instead (what answers can cite).
 */
import { readCompiled } from '../app/compiled.ts';
import { checkKnowledge } from '../app/load-engine.ts';
import { readSentences } from '../knowledge/load.ts';
import { KNOWLEDGE_FILES } from '../knowledge/model.ts';
import { formatProblem } from '../knowledge/problems.ts';
import { plural } from '../text/plural.ts';
import { knowledgeDirFromArgs } from './args.ts';

const args = process.argv.slice(2);
const dir = knowledgeDirFromArgs(args);

if (args.includes('--sentences')) {
  const read = readSentences(dir);
  if (!read.ok) {
    for (const p of read.problems) console.error(`  ✗ ${formatProblem(p)}`);
    process.exit(1);
  }
  for (const p of read.passages) console.log(`${p.id.padEnd(7)} ${p.text}`);
  process.exit(0);
}

const result = checkKnowledge(dir);
if (!result.ok) {
  console.error(`${dir}: ${plural(result.problems.length, 'problem')}`);
  for (const p of result.problems) console.error(`  ✗ ${formatProblem(p)}`);
  console.error(
    '\nFix these and run npm run knowledge:check again. The bot keeps serving the last good version meanwhile.',
  );
  process.exit(1);
}
const { kb, warnings } = result;
for (const w of warnings) console.error(`  ! ${formatProblem(w)}`);
if (!readCompiled(dir)) {
  console.error(
    `  ! ${KNOWLEDGE_FILES.compiled} is missing or out of date: run npm run knowledge:build for a faster start`,
  );
}
const variants = kb.qa.reduce((n, q) => n + 1 + q.paraphrases.length, 0);
console.log(
  `OK ${dir} (version ${kb.version}): ${kb.passages.length} sentences, ${kb.entities.length} entities, ${kb.synonyms.length} synonym groups, ${kb.qa.length} Q&A entries (${variants} wordings), ${kb.contested.length} contested points`,
);

/**
 * npm run knowledge:remove-source ID [-- --knowledge DIR]
 * Removes a source of sources.yaml and its files, unless qa.yaml, contested.yaml, facts.yaml,
 * timeline.yaml or attributions.yaml cite its sentences (then every citation is listed and
 * nothing changes); then builds compiled.json. The article (article.yaml) is never removed.
 */
import { compileKnowledge } from '../app/compiled.ts';
import { KNOWLEDGE_FILES } from '../knowledge/model.ts';
import { formatProblem } from '../knowledge/problems.ts';
import { SourceEditor } from '../knowledge/source-editor.ts';
import { plural } from '../text/plural.ts';
import { knowledgeDirFromArgs } from './args.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--knowledge');
const ids = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
const [id] = ids;
if (!id || ids.length > 1) {
  console.error('usage: npm run knowledge:remove-source ID [-- --knowledge DIR]');
  process.exit(2);
}
const dir = knowledgeDirFromArgs(args);
const outcome = await new SourceEditor(dir).remove(id);
if (!outcome.ok) {
  console.error(`knowledge:remove-source: nothing was changed: ${outcome.message}`);
  for (const p of outcome.problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
console.log(
  `Removed source "${id}" (${outcome.info.quotedAs}, ${plural(outcome.info.sentences, 'sentence')}) and its files.`,
);
const compiled = compileKnowledge(dir);
if (compiled.ok) console.error(`wrote ${KNOWLEDGE_FILES.compiled}: version ${compiled.version}`);

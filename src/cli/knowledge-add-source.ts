/**
 * npm run knowledge:add-source FILE -- --publisher NAME --date DATE [--url URL] [--headline TEXT]
 *   [--id ID] [--language CODE] [--credited-as TEXT] [--publisher-alias NAME ...] [--knowledge DIR]
 *
 * --publisher-alias (again for each, or comma-separated): another name people type for the
 * publisher ("Deutsche Welle" for DW), read as the publisher in a question, never as a speaker.
 *
 * Adds a source the moderator supplies (a UTF-8 text file, at most 200 KB, its headline first or
 * given with --headline): checks it, splits it into sentences and attributes their speakers,
 * proposes the names entities.yaml does not know (written next to it for review, never added),
 * validates the whole knowledge and builds wordnet.json and compiled.json. Nothing is fetched from the network.
 * Exit status 1, and nothing changed, when it is refused.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compileKnowledge } from '../app/compiled.ts';
import { writeRelatedWords } from '../app/related-words.ts';
import { Engine } from '../engine/engine.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { KNOWLEDGE_FILES } from '../knowledge/model.ts';
import { formatProblem } from '../knowledge/problems.ts';
import { SourceEditor } from '../knowledge/source-editor.ts';
import { MAX_SOURCE_BYTES } from '../knowledge/source-input.ts';
import { plural } from '../text/plural.ts';
import { knowledgeDirFromArgs } from './args.ts';

const USAGE =
  'usage: npm run knowledge:add-source FILE -- --publisher NAME --date YYYY-MM-DD [--url URL] [--headline TEXT] [--id ID] [--language CODE] [--credited-as TEXT] [--publisher-alias NAME ...] [--knowledge DIR]';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    options: {
      publisher: { type: 'string' },
      date: { type: 'string' },
      url: { type: 'string' },
      headline: { type: 'string' },
      id: { type: 'string' },
      language: { type: 'string' },
      'credited-as': { type: 'string' },
      'publisher-alias': { type: 'string', multiple: true },
      knowledge: { type: 'string' },
    },
  });
}
try {
  parsed = parseOptions();
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
const [file] = positionals;
if (!file || positionals.length > 1) fail(`give one text file to add.\n${USAGE}`, 2);
if (!values.publisher || !values.date) fail(`--publisher and --date are required.\n${USAGE}`, 2);
const dir = knowledgeDirFromArgs(process.argv.slice(2));

let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (error) {
  fail(`cannot read ${file} (${(error as Error).message}).`);
}
if (bytes.byteLength > MAX_SOURCE_BYTES * 4)
  fail(`${file} is far over the limit of 200 KB: nothing was changed.`);

const outcome = await new SourceEditor(dir).add(bytes, {
  publisher: values.publisher,
  date: values.date,
  url: values.url,
  headline: values.headline,
  id: values.id,
  language: values.language,
  creditedAs: values['credited-as'],
  publisherAliases: values['publisher-alias'],
});
if (!outcome.ok) {
  const problems = outcome.problems.map((p) => `  ✗ ${formatProblem(p)}`);
  fail([`knowledge:add-source: nothing was changed: ${outcome.message}`, ...problems].join('\n'));
}

const { info, passages, proposals } = outcome;
const byRule = passages.filter((p) => p.attribution === 'rule').length;
const paragraphs = new Set(passages.map((p) => p.paragraph)).size;
console.log(
  `Added source "${info.id}": "${info.headline}" (${info.publisher}, ${info.date}), ${plural(passages.length, 'sentence')} in ${plural(paragraphs, 'paragraph')}, ids ${passages[0]?.id} to ${passages.at(-1)?.id}.`,
);
console.log(
  `  Its quotes are credited "${info.quotedAs}". Speakers: ${byRule} by rule, ${passages.length - byRule} the reporter's.`,
);
if (info.publisherAliases.length > 0)
  console.log(
    `  Read as the publisher in a question: ${info.publisherAliases.map((a) => `"${a}"`).join(', ')}.`,
  );
console.log(`  Text: ${info.file}; sentences: ${info.passagesFile}; listed in ${KNOWLEDGE_FILES.sources}.`);
// Who the rules credited, to check: an alias of this story ("defense ministry") may name someone
// else in another report. A wrong one is fixed in attributions.yaml, then npm run knowledge:build.
const byRuleLines = passages
  .filter((p) => p.attribution === 'rule')
  .map((p) => `  - ${p.id}: ${p.speaker}, "${p.text.length > 70 ? `${p.text.slice(0, 69)}…` : p.text}"`);
if (byRuleLines.length > 0)
  console.log(
    `\nSpeakers found by the rules (check them; correct one in ${KNOWLEDGE_FILES.attributions}, then npm run knowledge:build):\n${byRuleLines.join('\n')}`,
  );
if (proposals.entities.length > 0 || proposals.aliases.length > 0) {
  console.log(
    `\nNames entities.yaml does not know (proposals for review, nothing was added; written to ${outcome.proposalsFile ?? 'no file'}):`,
  );
  for (const p of proposals.entities)
    console.log(
      `  - ${p.entity.name} (${p.entity.kind}?), ${p.speaks ? 'quoted' : 'named'} in ${p.seenIn.join(', ')}`,
    );
  for (const a of proposals.aliases)
    console.log(`  - "${a.alias}" may be another name of ${a.entity} (${a.seenIn.join(', ')})`);
  console.log(
    'To accept one: move it into entities.yaml (fix its kind, add a role), then npm run knowledge:build.',
  );
}
// As knowledge:build does: words related to the new words (WordNet), then compiled.json.
const loaded = loadKnowledge(dir);
if (loaded.ok) console.error(writeRelatedWords(dir, loaded.kb, new Engine(loaded.kb).vocabulary()).message);
const compiled = compileKnowledge(dir);
if (compiled.ok) console.error(`wrote ${KNOWLEDGE_FILES.compiled}: version ${compiled.version}`);

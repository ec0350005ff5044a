/**
 * npm run knowledge:build [-- --knowledge DIR]
 * Regenerates the sentence files of every source (passages.json for the article,
 * sources/<id>.passages.json for each source of sources.yaml) from their texts, the entities and
 * the curated attributions, wordnet.json (words related to the knowledge's words, from WordNet)
 * and compiled.json.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileKnowledge } from '../app/compiled.ts';
import { writeRelatedWords } from '../app/related-words.ts';
import { Engine } from '../engine/engine.ts';
import { buildSentenceFiles, folderReader } from '../knowledge/build-folder.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { KNOWLEDGE_FILES } from '../knowledge/model.ts';
import { writeFileAtomic } from '../store/atomic-file.ts';
import { plural } from '../text/plural.ts';
import { knowledgeDirFromArgs } from './args.ts';

const dir = knowledgeDirFromArgs(process.argv.slice(2));
try {
  const { files, warnings } = buildSentenceFiles(folderReader(dir));
  for (const w of warnings) console.error(`warning: ${w}`);
  for (const { file, content, passages } of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileAtomic(join(dir, file), content);
    const byRule = passages.filter((p) => p.attribution === 'rule').length;
    const curated = passages.filter((p) => p.attribution === 'curated').length;
    console.error(
      `wrote ${file}: ${plural(passages.length, 'sentence')} in ${plural(new Set(passages.map((p) => p.paragraph)).size, 'paragraph')}; speakers: ${curated} curated, ${byRule} by rule, ${passages.length - curated - byRule} reporter`,
    );
  }
  // Words related to the knowledge's words, from WordNet (see src/app/related-words.ts).
  const loaded = loadKnowledge(dir);
  if (loaded.ok) console.error(writeRelatedWords(dir, loaded.kb, new Engine(loaded.kb).vocabulary()).message);
  // Compile the validated knowledge for a fast start (see src/app/compiled.ts).
  const compiled = compileKnowledge(dir);
  if (compiled.ok) console.error(`wrote ${KNOWLEDGE_FILES.compiled}: version ${compiled.version}`);
  else
    console.error(
      `${KNOWLEDGE_FILES.compiled} not written: the knowledge has problems; run npm run knowledge:check`,
    );
} catch (error) {
  console.error(`knowledge:build failed: ${(error as Error).message}`);
  console.error('run npm run knowledge:check for every problem with file and entry');
  process.exit(1);
}

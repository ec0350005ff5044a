/**
 * npm run knowledge:build [-- --knowledge DIR]
 * Regenerates passages.json from the article, entities and curated attributions, wordnet.json
 * (words related to the knowledge's words, from WordNet) and compiled.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileKnowledge } from '../app/compiled.ts';
import { writeRelatedWords } from '../app/related-words.ts';
import { Engine } from '../engine/engine.ts';
import { buildPassageIndex } from '../knowledge/build.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { KNOWLEDGE_FILES } from '../knowledge/model.ts';
import {
  ArticleMetaSchema,
  AttributionsFileSchema,
  EntitiesFileSchema,
  type PassagesFile,
  SynonymsFileSchema,
} from '../knowledge/schema.ts';
import { writeFileAtomic } from '../store/atomic-file.ts';
import { knowledgeDirFromArgs } from './args.ts';

const dir = knowledgeDirFromArgs(process.argv.slice(2));
const read = (file: string) => parse(readFileSync(join(dir, file), 'utf8')) as unknown;
try {
  const meta = ArticleMetaSchema.parse(read(KNOWLEDGE_FILES.meta));
  const { passages, problems } = buildPassageIndex({
    articleText: readFileSync(join(dir, meta.file), 'utf8'),
    meta,
    entities: EntitiesFileSchema.parse(read(KNOWLEDGE_FILES.entities)),
    synonyms: SynonymsFileSchema.parse(read(KNOWLEDGE_FILES.synonyms)),
    attributions: AttributionsFileSchema.parse(read(KNOWLEDGE_FILES.attributions) ?? []),
  });
  for (const p of problems) console.error(`warning: ${p.message}`);
  const file: PassagesFile = {
    generatedBy:
      'npm run knowledge:build (do not edit by hand: edit article.txt or attributions.yaml and rebuild)',
    article: meta.file,
    passages,
  };
  writeFileAtomic(join(dir, KNOWLEDGE_FILES.passages), `${JSON.stringify(file, null, 2)}\n`);
  const byRule = passages.filter((p) => p.attribution === 'rule').length;
  const curated = passages.filter((p) => p.attribution === 'curated').length;
  console.error(
    `wrote ${KNOWLEDGE_FILES.passages}: ${passages.length} sentences in ${new Set(passages.map((p) => p.paragraph)).size} paragraphs; speakers: ${curated} curated, ${byRule} by rule, ${passages.length - curated - byRule} reporter`,
  );
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

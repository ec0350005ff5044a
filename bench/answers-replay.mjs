/**
 * node --v8-pool-size=1 bench/answers-replay.mjs --dist DIST --out FILE [--dir CORPUS]
 *
 * Every answer a build gives, as JSON, for a change that must change none (a change of speed):
 * without --dir, every line of every set in eval/ and ../shared/eval on the project's knowledge, in
 * file order, a line's turns asked in their own conversation; with --dir (a corpus folder the bench
 * made), its bench questions. One whole Answer a line, its `ms` left out. Run it on the build
 * before and after the change (a copy of dist/ kept aside: node_modules must be found above it) and
 * compare the two files byte for byte (cmp). Prints only the count of answers, never a question.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist/src' },
    out: { type: 'string' },
    dir: { type: 'string' },
  },
});
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(values.dist);
const load = (path) => import(pathToFileURL(join(dist, path)).href);
const { openEngine } = await load('app/ready-engine.js');
const { ConversationMemory } = await load('app/conversations.js');
const { turnOf } = await load('engine/conversation.js');
const engine = await openEngine(values.dir ?? join(root, 'knowledge'), { ready: false });
engine.warmUp().prime();
const json = (answer) => JSON.stringify(answer, (key, value) => (key === 'ms' ? undefined : value));
const lines = [];
if (values.dir) {
  const corpus = JSON.parse(readFileSync(join(values.dir, 'bench-corpus.json'), 'utf8'));
  for (const q of corpus.questions) lines.push(json(engine.answer(q.q)));
} else {
  const sets = [join(root, 'eval'), join(root, '../shared/eval')].flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => join(folder, f)),
  );
  const memory = new ConversationMemory();
  let conversations = 0;
  for (const set of sets)
    for (const line of readFileSync(set, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line);
      if (Array.isArray(item.turns)) {
        const id = `c${conversations++}`;
        for (const turn of item.turns) {
          const answer = engine.answer(turn, memory.turns(id));
          memory.remember(id, turnOf(answer));
          lines.push(json(answer));
        }
      } else if (item.q ?? item.question) lines.push(json(engine.answer(item.q ?? item.question)));
    }
}
writeFileSync(values.out, `${lines.join('\n')}\n`);
console.log(`${lines.length} answers -> ${values.out}`);

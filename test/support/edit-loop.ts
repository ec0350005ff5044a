/** Child process for the crash test: edits qa.yaml in a loop until it is killed. */
import { QaEditor } from '../../src/knowledge/editor.ts';

const editor = new QaEditor(process.argv[2] as string);
for (let i = 0; ; i++) {
  const id = `loop-${i}`;
  const added = await editor.add({
    id,
    question: `Loop question number ${i}?`,
    paraphrases: [],
    answer: ['p4.s2'],
  });
  if (!added.ok) throw new Error(added.message);
  await editor.edit(id, { note: `edited ${i}` });
  process.stdout.write(`${i}\n`);
}

/**
 * A knowledge folder with two sources: a copy of the project's knowledge/ (the DW article) and a
 * short made-up wire report of the next day, written here (a different publisher and date). The
 * report's claims and its spokesman are invented for the tests; nothing of it is the story's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSentenceFiles, folderReader } from '../../src/knowledge/build-folder.ts';
import { copyKnowledge, type KnowledgeCopy } from './knowledge-copy.ts';

export const WIRE_ID = 'wire';

/** The made-up report, verbatim: its headline first, as every source's text. */
export const WIRE_TEXT = `Moscow Says It Was Not Warned Before Coalition Raid

September 19, 2016

The Russian Foreign Ministry said on Monday that the coalition never told Moscow about the raid near Deir el-Zour before it began.

Damascus and Moscow put the death toll at 62, the ministry said.

Ministry spokesman Pavel Testerov said the Security Council should ask Washington for a full account of the raid. He added that the truce could still hold.

(Test Wire)
`;

/** The report's entry in sources.yaml. */
export const WIRE_ENTRY = `- id: wire
  headline: Moscow Says It Was Not Warned Before Coalition Raid
  publisher: Test Wire
  date: 2016-09-19
  url: https://wire.example/moscow-not-warned
  dateline: September 19, 2016
  credit: (Test Wire)
`;

export const WIRE_CREDIT = 'Test Wire, 19 September 2016';
export const DW_CREDIT = 'DW, 18 September 2016';

/** A contested point with one side per source: the Pentagon's word (DW) against Moscow's (the wire). */
export const WARNING_POINT = `
- id: warning
  topic: Was Moscow told about the raid before it began?
  sides:
    - label: Moscow was informed, says the Pentagon
      answer: [p17.s1]
    - label: Moscow was never told, says Russia
      answer: [wire.p2.s1]
`;

/** Writes every sentence file of a folder, as npm run knowledge:build does. */
export function buildFolder(dir: string): void {
  for (const { file, content } of buildSentenceFiles(folderReader(dir)).files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
}

/** The project's knowledge with the wire report added by hand (sources.yaml and its text) and built. */
export function twoSourceKnowledge(options: { contested?: boolean } = {}): KnowledgeCopy {
  const copy = copyKnowledge();
  mkdirSync(join(copy.dir, 'sources'), { recursive: true });
  copy.write('sources/wire.txt', WIRE_TEXT);
  copy.write('sources.yaml', WIRE_ENTRY);
  if (options.contested) copy.edit('contested.yaml', (text) => `${text}${WARNING_POINT}`);
  buildFolder(copy.dir);
  return copy;
}

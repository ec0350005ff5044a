/**
 * A /kb edit is made in the edited entry's own lines (issue 15: at 50,000 passages, parsing and
 * printing the whole qa.yaml took most of a second); the text must be exactly what editing the
 * whole document gives, the entry before and after too, whatever the layout around the entry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyQaOperation, type QaOperation } from '../../src/knowledge/editor.ts';
import { PROJECT_ROOT } from '../../src/paths.ts';

const REAL = readFileSync(join(PROJECT_ROOT, 'knowledge', 'qa.yaml'), 'utf8');

/** A file laid out by hand: comments between entries and inside them, blank lines, quoting, flow lists. */
const HAND = `# curated questions
# (a header)

- id: first
  question: "What happened?"   # the main one
  paraphrases:
    - what went on
  answer: [p4.s1]

# --- a section ---
- id: second
  question: 'Who said it?'
  # a comment inside the entry
  paraphrases: [who spoke, "who talked"]
  answer:
    - p4.s2
  note: mentions first and third

  # a comment after the entry, indented
- id: third
  question: Where?
  answer: [p4.s3]
`;

const EDITS: QaOperation[] = [
  { op: 'edit', id: 'first', change: { question: 'What happened then?' } },
  { op: 'edit', id: 'second', change: { paraphrases: ['who spoke first', 'who: said it'] } },
  { op: 'edit', id: 'second', change: { note: '' } },
  { op: 'edit', id: 'second', change: { answer: ['p4.s2', 'p4.s3'], paraphrases: [] } },
  { op: 'edit', id: 'third', change: { question: 'Where was it? (asked "again")', note: 'a note' } },
  { op: 'edit', id: 'fourth', change: { question: 'Nobody?' } },
];

/** The file's lines outside the entry of `id` (from its "- " line to the next one). */
function linesOutside(text: string, id: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(`- id: ${id}`);
  if (start < 0) return lines;
  let end = start + 1;
  while (end < lines.length && !(lines[end] as string).startsWith('- ')) end++;
  // The comments and blank lines that end the entry's lines go with what follows.
  while (end > start + 1 && /^(#.*)?$/.test(lines[end - 1] as string)) end--;
  return [...lines.slice(0, start), ...lines.slice(end)];
}

describe('a /kb edit in the entry’s own lines', () => {
  it('gives exactly the text, before and after of an edit of the whole document (qa.yaml)', () => {
    const ids = [...REAL.matchAll(/^- id: (\S+)$/gm)].map((m) => m[1] as string);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of [ids[0], ids[Math.floor(ids.length / 2)], ids.at(-1)] as string[]) {
      for (const change of [
        { question: 'A new question?' },
        { paraphrases: ['one way', 'another: way'], note: 'noted' },
        { answer: ['p4.s1', 'p4.s2'], paraphrases: [] },
      ]) {
        const operation: QaOperation = { op: 'edit', id, change };
        expect(applyQaOperation(REAL, operation), JSON.stringify(operation)).toEqual(
          applyQaOperation(REAL, operation, false),
        );
      }
    }
  });

  it('in a file laid out by hand: the same entries, before and after, and every other line as it was', () => {
    for (const operation of EDITS) {
      const inPlace = applyQaOperation(HAND, operation);
      const whole = applyQaOperation(HAND, operation, false);
      const what = JSON.stringify(operation);
      if (!('next' in whole)) {
        expect(inPlace, what).toEqual(whole);
        continue;
      }
      if (!('next' in inPlace)) throw new Error(`${what}: ${JSON.stringify(inPlace)}`);
      expect(inPlace.before, what).toEqual(whole.before);
      expect(inPlace.after, what).toEqual(whole.after);
      expect(parse(inPlace.next), what).toEqual(parse(whole.next));
      // The whole document's printer may reformat other entries; the edit in place never does.
      expect(linesOutside(inPlace.next, operation.op === 'edit' ? operation.id : ''), what).toEqual(
        linesOutside(HAND, operation.op === 'edit' ? operation.id : ''),
      );
    }
  });

  it('edits the whole document when the entries are not one per "- " line, or do not read the same alone', () => {
    const flow = `[{id: a, question: What?, answer: [p4.s1]}, {id: b, question: Why?, answer: [p4.s2]}]\n`;
    // An anchor in one entry and its alias in another: the other entry does not parse alone.
    const anchored = `- id: a\n  question: &q What?\n  answer: [p4.s1]\n- id: b\n  question: Why?\n  paraphrases: [*q]\n  answer: [p4.s2]\n`;
    for (const [text, id] of [
      [flow, 'b'],
      [anchored, 'a'],
    ] as const) {
      const operation: QaOperation = { op: 'edit', id, change: { note: 'noted' } };
      const edited = applyQaOperation(text, operation);
      expect('next' in edited && edited.next).toContain('note: noted');
      expect(edited).toEqual(applyQaOperation(text, operation, false));
    }
  });
});

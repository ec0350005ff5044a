/** The text layout the terminal chat and `npm run ask` share (src/adapters/text.ts). */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatText, line, renderAnswerText, type TextLine } from '../../src/adapters/text.ts';
import { loadEngine } from '../../src/app/load-engine.ts';
import { SGR } from './screen.ts';

const URL_TEXT = 'https://www.dw.com/en/moscow-slams-us-for-bombing-syrian-army/a-19559789';

describe('formatText', () => {
  test('a word longer than a row is cut where the row is full; a shorter one moves down whole', () => {
    const bullet: TextLine = { spans: [{ text: `  - see ${URL_TEXT} for the article` }], hang: 4 };
    expect(formatText([bullet], { width: 40 }).split('\n')).toEqual([
      '  - see',
      '    https://www.dw.com/en/moscow-slams-u',
      '    s-for-bombing-syrian-army/a-19559789',
      '    for the article',
    ]);
    expect(formatText([bullet], { width: 78 }).split('\n')).toEqual([
      '  - see',
      `    ${URL_TEXT}`,
      '    for the article',
    ]);
  });

  test('the bullet and indentation of the first row are never broken; narrower than 20 wraps at 20', () => {
    const attribution = line('    - Samantha Power, US ambassador to the UN', undefined, 6);
    expect(formatText([attribution], { width: 1 }).split('\n')).toEqual([
      '    - Samantha',
      '      Power, US',
      '      ambassador to',
      '      the UN',
    ]);
    const long = line('    - Syrian-Observatory-for-Human-Rights', undefined, 6);
    expect(formatText([long], { width: 20 }).split('\n')).toEqual([
      '    - Syrian-Observa',
      '      tory-for-Human',
      '      -Rights',
    ]);
  });

  test('a style is closed at the end of each row and opened again after the indentation', () => {
    const out = formatText(
      [line('Sources disagree on this (how many soldiers were killed):', 'heading', 2)],
      {
        width: 30,
        color: true,
      },
    );
    const rows = out.split('\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]?.startsWith('  \x1b[')).toBe(true);
    for (const row of rows) expect(row.endsWith('\x1b[22m')).toBe(true);
    expect(out.replace(new RegExp(SGR, 'g'), '')).toBe(
      'Sources disagree on this (how\n  many soldiers were killed):',
    );
  });
});

describe('renderAnswerText without options (npm run ask, piped)', () => {
  test('one row per line, no colour: the quote whole on one row, its attribution on the next', () => {
    const engine = loadEngine(fileURLToPath(new URL('../../knowledge', import.meta.url)));
    const answer = engine.answer('How many soldiers were killed?');
    const out = renderAnswerText(answer);
    expect(out).not.toContain('\x1b');
    const [first] = answer.quotes;
    expect(out).toContain(
      `\n  "${first?.text}"\n    - ${first?.speaker?.label} · DW, 18 September 2016 [${first?.id}]\n`,
    );
    expect(renderAnswerText(answer, { width: 40, color: true })).toMatch(SGR);
  });
});

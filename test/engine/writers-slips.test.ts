/**
 * How writers slip, on the made-up lighthouse article (test/fixtures/tiny): a thing the article
 * never tells, named by a group of synonyms.yaml that has no word of it (a copy of the fixture
 * with such a group added).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

const TINY = resolve(import.meta.dirname, '../fixtures/tiny');

describe('a thing the article never tells, named by a group of synonyms.yaml', () => {
  const dir = mkdtempSync(join(tmpdir(), 'absent-group-'));
  cpSync(TINY, dir, { recursive: true });
  writeFileSync(
    join(dir, 'synonyms.yaml'),
    `${readFileSync(join(TINY, 'synonyms.yaml'), 'utf8')}- id: demolition\n  words: [demolish, demolished, knocked down, bulldozed]\n`,
  );
  const engine = loadEngine(dir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused, however well the rest matches', () => {
    expect(engine.answer('was the lighthouse demolished after the repairs').status).not.toBe('answered');
    expect(engine.answer('did the town council demolish the tower').status).not.toBe('answered');
  });

  it('leaves what the article tells alone', () => {
    expect(engine.answer('when did the lighthouse reopen').status).toBe('answered');
  });
});

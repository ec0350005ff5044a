/**
 * Discord power users' markdown (src/text/clean.ts): words struck through ("~~US~~ syrian") are
 * taken back.
 */
import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/text/clean.ts';

describe('markdown cleaned from a question', () => {
  it('drops words struck through, the correction after them kept', () => {
    expect(cleanQuestion('who asked for the ~~NATO~~ UN meeting').text).toBe('who asked for the UN meeting');
  });

  it('keeps a message that is struck through as a whole', () => {
    expect(cleanQuestion('~~who asked for the meeting~~').text).toBe('who asked for the meeting');
  });
});

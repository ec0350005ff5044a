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

describe('a bot command typed in front of the question', () => {
  it('drops "/ask" or "!ask" opening the message, the question kept', () => {
    expect(cleanQuestion('/ask how many died').text).toBe('how many died');
    expect(cleanQuestion('!ask: who is power').text).toBe('who is power');
    expect(cleanQuestion('<@123> /ask who is power').text).toBe('who is power');
  });

  it('keeps a slash inside the question and a command alone', () => {
    expect(cleanQuestion('was it 90/62 dead').text).toBe('was it 90/62 dead');
    expect(cleanQuestion('/facts').text).toBe('/facts');
  });
});

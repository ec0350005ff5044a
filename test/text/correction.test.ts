import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/text/clean.ts';

const clean = (text: string) => cleanQuestion(text).text;

describe('a typo corrected with a trailing "*word"', () => {
  it('replaces the closest word with the correction, on a new line or at the end', () => {
    expect(clean('who said it was a mistak *mistake')).toBe('who said it was a mistake');
    expect(clean('was the crash on porpoise\n*purpose lol')).toBe('was the crash on purpose');
    expect(clean('what did the fox say about the hen house\n*hens sorry')).toBe(
      'what did the fox say about the hens house',
    );
  });

  it('replaces a stretch of words that sound like the correction', () => {
    expect(clean('what did church kin say\n*churkin')).toBe('what did churkin say');
    expect(clean('what did the weather observe a tree say\n*observatory')).toBe(
      'what did the weather observatory say',
    );
  });

  it('replaces the word after "not"', () => {
    expect(clean('what did powers say about it\n*power not powers')).toBe('what did power say about it');
  });

  it('drops a correction close to nothing in the message instead of reading it as words', () => {
    expect(clean('what did he say\n*xylophone')).toBe('what did he say');
  });

  it('leaves markdown and a message that is only a starred word alone', () => {
    expect(clean('what did *Power* say about the hen hose\n*house')).toBe(
      'what did Power say about the hen house',
    );
    expect(clean('**who** said it')).toBe('who said it');
    expect(clean('*purpose lol')).toBe('purpose lol');
  });
});

import { describe, expect, it } from 'vitest';
import { beingAfterAsTargeting, beingAfterAt } from '../../src/text/being-after.ts';

const words = (q: string) => q.split(' ');

describe('"be after" as seeking', () => {
  it('reads a final "after" of "who/what + be + subject" as pursuing', () => {
    expect(beingAfterAt(words('who were the americans after'))).toBe(4);
    expect(beingAfterAt(words('and who were the jets after'))).toBe(5);
    expect(beingAfterAt(words('what is russia after'))).toBe(3);
    const read = beingAfterAsTargeting(words('who were they after').map((word) => ({ word, raw: word })));
    expect(read.map((t) => t.word).join(' ')).toBe('who were they targeting');
  });

  it('leaves what came later alone: passives, other verbs, a non-final after, the group IS', () => {
    expect(beingAfterAt(words('what was said after'))).toBe(-1);
    expect(beingAfterAt(words('who was killed after'))).toBe(-1);
    expect(beingAfterAt(words('what happened after'))).toBe(-1);
    expect(beingAfterAt(words('what did he say after'))).toBe(-1);
    expect(beingAfterAt(words('who was there after the strike'))).toBe(-1);
    expect(beingAfterAt(words('what was is after'))).toBe(-1);
  });
});

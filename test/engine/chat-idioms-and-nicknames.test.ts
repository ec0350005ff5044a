/**
 * Chat words the article never uses, read as what they mean.
 *
 * "why were the jets there in the first place", "... to begin with": the idiom says "at all", not
 * a place nor a start (chat.yaml filler). It had read as a place asked ("c:place") and an unknown
 * "first", so "why'd the us hit the syrian soldiers in the first place" was answered with the
 * strike's location. Samantha Power as chat shortens her name ("sammy p", "sam power":
 * entities.yaml aliases). On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const ids = (q: string) => engine.answer(q).quotes.map((x) => x.id);

describe('"in the first place" and "to begin with"', () => {
  it('answer as the question without them', () => {
    for (const [idiom, plain] of [
      ["why'd the us hit the syrian soldiers in the first place", "why'd the us hit the syrian soldiers"],
      ['why was the un meeting called in the first place', 'why was the un meeting called'],
      ['why did the us hit syrian troops to begin with', 'why did the us hit syrian troops'],
    ] as const) {
      expect(ids(idiom), idiom).toEqual(ids(plain));
      expect(ids(idiom).length, idiom).toBeGreaterThan(0);
    }
  });

  it('keeps "first" and "place" as words elsewhere', () => {
    expect(engine.answer('where did the strike take place').answered).toBe(true);
  });
});

describe("Samantha Power's nicknames", () => {
  it('name her as "sammy p" and "sam power"', () => {
    expect(ids('why is sammy P calling russia hypocrites')[0]).toBe('p11.s2');
    expect(ids('what did sam power say')).toContain('p11.s1');
  });
});

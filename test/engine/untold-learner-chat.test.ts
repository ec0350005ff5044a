/**
 * Near-topic questions as a learner or a late-night chatter writes them (issue 11): a thing
 * lasting a span after the story and "in next week" (decide.ts spanAfterStory), "in which day"
 * (answer-type.ts timeMissing), "how many people of IS" (decide.ts countsOnlyOthers), the names
 * of a group qualified by whose it is (decide.ts ownerNamed), and a further question only asking
 * whether the thing before was reported (engine.ts reportedAsked). What the article tells, asked
 * in the same shapes, is still answered.
 */
import { describe, expect, it } from 'vitest';
import { spanAfterStory } from '../../src/engine/decide.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const words = (text: string) => tokenize(text).map((t) => t.word);
const answered = (text: string) => engine.answer(text, []).answered;

describe('a thing lasting a span after the story', () => {
  it.each([
    'did the ceasefire survive the week',
    'did the truce hold for a month',
    'did it make it through the week',
    'what happen in next week',
  ])('reads "%s" as past the story', (asked) => {
    expect(spanAfterStory(words(asked))).toBe(true);
  });

  it.each(['did the truce survive', 'how long did the raid last', 'did the truce hold'])(
    'does not read "%s" as past the story',
    (asked) => {
      expect(spanAfterStory(words(asked))).toBe(false);
    },
  );

  it('refuses it, and a learner asking what came next week with it', () => {
    expect(answered('did the ceasefire survive the week')).toBe(false);
    expect(answered('after this the ceasefire was finish or continue? what happen in next week')).toBe(false);
    expect(answered('did the truce survive')).toBe(true);
  });
});

describe('a time asked with "which"', () => {
  it('refuses "in which day" of a thing no quote dates', () => {
    expect(answered('after this, the ceasefire is finish in which day?')).toBe(false);
  });

  it('answers "which day" of the raid, which the article dates', () => {
    expect(answered('which day did the strike happen')).toBe(true);
  });
});

describe('a count of whose people, after "of"', () => {
  it('refuses "how many people of IS", whom no figure counts', () => {
    expect(answered('how many people of IS is die in this attack?')).toBe(false);
  });

  it('answers the soldiers of the syrian army, whom the figures count', () => {
    expect(answered('how many soldiers of the syrian army died')).toBe(true);
  });
});

describe('the names of a group qualified by whose it is', () => {
  it("refuses the syrian soldiers' names, which no quote gives", () => {
    expect(answered("do u know if the syrian soldiers' names were ever released")).toBe(false);
  });

  it("answers the pentagon spokesman's name, which a quote gives", () => {
    expect(answered("what was the pentagon spokesman's name")).toBe(true);
  });
});

describe('a further question asking only whether the thing before was reported', () => {
  it('falls with a refused question before it', () => {
    const answer = engine.answer(
      'He wants to know which airbase the planes flew out of. Has anyone seen that reported anywhere?',
      [],
    );
    expect(answer.answered).toBe(false);
    expect(answer.quotes).toHaveLength(0);
  });

  it('does not refuse an answered question before it', () => {
    expect(answered('how many soldiers died? has anyone seen that reported anywhere?')).toBe(true);
  });
});

describe('where the planes flew from', () => {
  it.each(['where did the planes take off from', 'where were the jets flying from'])(
    'refuses "%s": no air base is named',
    (asked) => {
      expect(answered(asked)).toBe(false);
    },
  );

  it.each(['where did the strike happen', 'where did the jets strike', 'where did the 90 figure come from'])(
    'answers "%s"',
    (asked) => {
      expect(answered(asked)).toBe(true);
    },
  );
});

describe('a why of a thing of a party the knowledge has no word for', () => {
  it('refuses "why did the coalition intel mess up"', () => {
    expect(answered('why did the coalition intel mess up so bad, like whose fault')).toBe(false);
  });

  it.each([
    'why did power trash russia',
    'why did the us military bomb the syrians',
    'why did the us jets abort',
  ])('answers "%s": the word after the names is the deed', (asked) => {
    expect(answered(asked)).toBe(true);
  });
});

describe('an untold group asked by who or where of its deed', () => {
  it.each(['who did the syrian observatory get its numbers from', 'where did they get their figures'])(
    'refuses "%s"',
    (asked) => {
      expect(answered(asked)).toBe(false);
    },
  );

  it.each(['where did it happen', 'who said the observatory was reliable', 'who did the strike'])(
    'answers "%s": a deed pointed back at, or someone\'s words',
    (asked) => {
      expect(answered(asked)).toBe(true);
    },
  );
});

/**
 * Near-topic and off-topic questions the article does not answer, however many of its words they
 * share: someone the article never names saying quoted words again (decide.ts DID_X_SAY), which
 * one of a kind asked inside another question ("which unit it was": oneAsked), and a message its
 * writer marks as not about the story (chat.yaml offTopicMarks). Each beside a question of the same words it answers.
 * On the project's own article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const first = (q: string) => engine.answer(q).quotes[0]?.text ?? '(abstained)';

describe('quoted words said again by someone the article never names', () => {
  it('is refused', () => {
    expect(engine.answer("'grandstanding' - did lavrov repeat that?").quotes).toHaveLength(0);
    expect(engine.answer('did obama use that word too').quotes).toHaveLength(0);
  });

  it('still finds who said them', () => {
    expect(first("'a very big question mark' - who said that?")).toMatch(/Churkin said it was/);
  });
});

describe('which one, asked inside another question', () => {
  it('is refused where the quotes only count them', () => {
    expect(engine.answer('does anybody know which unit it was').quotes).toHaveLength(0);
  });

  it('leaves how many answered', () => {
    expect(first('how many soldiers were killed')).toMatch(/^The Saturday night raid/);
  });
});

describe('a message marked as not about the story', () => {
  it('has a question with no word of the story refused', () => {
    expect(engine.answer('sorry, off topic: how do you add 1/2 and 1/3?').quotes).toHaveLength(0);
    expect(engine.answer('this is not about the news, how do i add two numbers').quotes).toHaveLength(0);
  });

  it('answers one the article tells', () => {
    expect(first('off topic but how long did the raid last')).toMatch(/^The Saturday night raid/);
  });
});

/**
 * Members who half-remember the story put a wrong detail in the question: a guess at who said it
 * the bot does not know, a place offered beside the right one, a count of people heard wrong. The
 * rest of the question asks what the article tells, and the sentence that sets it straight answers.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const first = (q: string) => engine.answer(q).quotes[0]?.text ?? '(none)';

describe('a wrong detail in a question the article answers', () => {
  it('reads a name of several words beside "or" whole ("deir ez zor or hama")', () => {
    expect(first('wher was the strike, deir ez zor or hama?')).toMatch(/near Deir el-Zour/);
  });

  it("answers who with the article's speaker past a guessed name it does not know", () => {
    expect(first('who called the meeting, John Kirby?')).toMatch(/request an emergency UN Security Council/);
    // Asked of the name, not who: refused.
    expect(engine.answer('what did John Kirby say about the meeting?').answered).toBe(false);
  });

  it('reads a count of people lost as deaths ("the regime lost 50 guys")', () => {
    expect(
      engine
        .answer('did the regime lose 50 guys?')
        .quotes.map((q) => q.text)
        .join(' '),
    ).toMatch(/death toll to 62|at least 90/);
  });

  it('answers where past a place WordNet names that the writer guesses beside the question', () => {
    expect(first('where was the strike, aleppo?')).toMatch(/near Deir el-Zour/);
    expect(first('where did the strike happen, somewhere near aleppo wasnt it')).toMatch(/near Deir el-Zour/);
    // Asked plainly whether it was there: the same guess.
    expect(first('was this near aleppo')).toMatch(/near Deir el-Zour/);
  });

  it('answers who said words the article gives someone else, the wrong speaker guessed', () => {
    expect(first('was it churkin who said russia was grandstanding?')).toMatch(/^Power accused Russia/);
    expect(first('who said russia was grandstanding, was it churkin?')).toMatch(/^Power accused Russia/);
  });

  it('reads a place it does not know, in a claim put to be checked, as a guess at where', () => {
    expect(first('the raid was near Homs, right?')).toMatch(/near Deir el-Zour/);
    expect(first("wasn't it in Hama")).toMatch(/near Deir el-Zour/);
    expect(
      engine
        .answer('my uncle says 200 died near Idlib, is he right?')
        .quotes.map((q) => q.text)
        .join(' '),
    ).toMatch(/at least 90|death toll to 62/);
    // Not checked (no tag, no "wasn't it"), asked of the place, or placing no thing of the story.
    expect(engine.answer('did anything happen near Homs?').answered).toBe(false);
    expect(engine.answer('what happened near Homs, right?').answered).toBe(false);
    expect(engine.answer('the bakery near Leeds station shuts on sunday, right?').answered).toBe(false);
  });

  it('answers who past a guessed name in a cleft put as a claim ("wasn\'t it X who ...", "it was X who ..., right?")', () => {
    expect(first("wasn't it John Kerry who called the meeting")).toMatch(
      /request an emergency UN Security Council/,
    );
    expect(first('it was John Kerry who called the meeting, right?')).toMatch(
      /request an emergency UN Security Council/,
    );
    // The story's noun after the guessed people is what is asked: "which jets joined the raid".
    expect(first('it was Canadian jets that joined the raid, right?')).toMatch(/^Australia, whose aircraft/);
    // A statement with no tag is no claim put to be checked: the cleft stays as written.
    expect(engine.answer('it was John Kerry who called the meeting').answered).toBe(false);
  });
});

/**
 * Who told whom (issue 11, roles.ts): the parties around a verb of telling or warning,
 * read as their sides in the question and in a sentence; a sentence (or an entry leading with
 * one) where they are the other way round ranks lower. On the article: the Pentagon informed
 * Moscow beforehand (p17.s1), Moscow raised the alarm in the Pentagon during the strike (p5.s2).
 * A sentence where they are the same way round ranks a little higher: the US relayed its regret
 * to Syria (p18.s1), where the US military's account (p5.s1) tells no one.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { passageRoles, questionRoles, reversed, sameWay } from '../../src/engine/roles.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { projectEngine } from '../discord/harness.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const engine = projectEngine();
const sides = (roles: { tellers: ReadonlySet<string>; told: ReadonlySet<string> }) => ({
  tellers: [...roles.tellers],
  told: [...roles.told],
});

describe('rolesOf: who tells whom, by side', () => {
  it('reads the teller before the verb and whom it tells after it, or after "to", "in"', () => {
    expect(sides(passageRoles(corpus, 'p17.s1'))).toEqual({ tellers: ['us'], told: ['russia'] });
    expect(sides(passageRoles(corpus, 'p5.s2'))).toEqual({ tellers: ['russia'], told: ['us'] });
    // Accusing is not telling: "Power accused Russia" (whichever way, the accusation is asked).
    expect(sides(passageRoles(corpus, 'p11.s1'))).toEqual({ tellers: [], told: [] });
    expect(
      sides(questionRoles(corpus, 'what did the kremlin tell the defense department'.split(' '))),
    ).toEqual({
      tellers: ['russia'],
      told: ['us'],
    });
  });

  it('reads the passive: whom it tells before the verb, the teller after "by"', () => {
    expect(sides(questionRoles(corpus, 'was moscow warned by the americans'.split(' ')))).toEqual({
      tellers: ['us'],
      told: ['russia'],
    });
    expect(sides(questionRoles(corpus, 'had the russians been informed'.split(' ')))).toEqual({
      tellers: [],
      told: ['russia'],
    });
    // Active, though a form of "be" comes before.
    expect(sides(questionRoles(corpus, 'what was it that russia told the us'.split(' ')))).toEqual({
      tellers: ['russia'],
      told: ['us'],
    });
  });

  it('reads who gets a word passed as told, who gives it as telling', () => {
    const read = (q: string) => sides(questionRoles(corpus, q.split(' ')));
    expect(read('russia did not get any warning before the strike')).toEqual({
      tellers: [],
      told: ['russia'],
    });
    expect(read('so russia got zero warning from the pentagon')).toEqual({
      tellers: ['us'],
      told: ['russia'],
    });
    expect(read('did the us give the russians a heads up')).toEqual({ tellers: ['us'], told: ['russia'] });
    expect(read('was there any tip off to the russians')).toEqual({ tellers: [], told: ['russia'] });
    // A verb with its particle, either side of whom it tells.
    expect(read('did the americans tip off the kremlin')).toEqual({ tellers: ['us'], told: ['russia'] });
    expect(read('who tipped the americans off')).toEqual({ tellers: [], told: ['us'] });
  });

  it('reads a party that a clause follows as the subject of the clause, not whom the verb tells', () => {
    expect(
      sides(questionRoles(corpus, 'were the russians not told the yanks were flying there'.split(' '))),
    ).toEqual({ tellers: [], told: ['russia'] });
    expect(sides(questionRoles(corpus, "so russia wasn't warned at all".split(' ')))).toEqual({
      tellers: [],
      told: ['russia'],
    });
  });

  it('names no one told where no one is: a speaker alone, "according to", the bot asked', () => {
    const none = { tellers: [], told: [] };
    expect(sides(questionRoles(corpus, 'what did the us military say'.split(' ')))).toEqual(none);
    expect(
      sides(questionRoles(corpus, 'did the americans explain it according to moscow'.split(' '))),
    ).toEqual(none);
    expect(sides(questionRoles(corpus, 'can you tell us about russia'.split(' ')))).toEqual(none);
    // What the question tells, not asks: Power's answer to it is asked.
    expect(sides(questionRoles(corpus, 'how did power respond to russia warning the us'.split(' ')))).toEqual(
      none,
    );
    expect(
      sides(questionRoles(corpus, 'what did the us say when moscow alerted the pentagon'.split(' '))),
    ).toEqual(none);
  });

  it('turns round only where a side has the other role', () => {
    const asked = questionRoles(corpus, 'what did moscow tell the pentagon'.split(' '));
    expect(reversed(asked, passageRoles(corpus, 'p17.s1'))).toBe(true);
    expect(reversed(asked, passageRoles(corpus, 'p5.s2'))).toBe(false);
    expect(reversed(asked, passageRoles(corpus, 'p9.s1'))).toBe(false);
  });

  it('is the same way where whom the question has told is told, by the side it has telling', () => {
    const asked = questionRoles(corpus, 'did the us say anything to syria after'.split(' '));
    expect(sameWay(asked, passageRoles(corpus, 'p18.s1'))).toBe(true);
    expect(sameWay(asked, passageRoles(corpus, 'p5.s1'))).toBe(false);
    // The other way round is not the same way.
    const warned = questionRoles(corpus, 'what did moscow tell the pentagon'.split(' '));
    expect(sameWay(warned, passageRoles(corpus, 'p17.s1'))).toBe(false);
    expect(sameWay(warned, passageRoles(corpus, 'p5.s2'))).toBe(true);
    // Whom it has told alone, no teller named: not the same way as any one sentence.
    const nobody = questionRoles(corpus, 'nobody apologized to syria not even one country'.split(' '));
    expect(sameWay(nobody, passageRoles(corpus, 'p18.s1'))).toBe(false);
  });
});

describe('a question of who told whom', () => {
  it('is answered by what went that way, not the other', () => {
    const during = engine.answer('what did the kremlin tell the defense department during the raid');
    expect(during.quotes[0]?.id).toBe('p5.s2');
    for (const question of ['did washington alert the russians first', 'was moscow warned beforehand']) {
      const before = engine.answer(question);
      expect(before.quotes[0]?.id).toBe('p17.s1');
    }
  });

  it('leads with what went that way before words told to no one', () => {
    // "After the attack, the US military said ..." (p5.s1) named no one told.
    for (const question of [
      'did the US say anything to syria after?',
      'the us didnt say anything to syria afterwards',
    ]) {
      const answer = engine.answer(question);
      expect(answer.quotes[0]?.id).toBe('p18.s1');
    }
  });
});

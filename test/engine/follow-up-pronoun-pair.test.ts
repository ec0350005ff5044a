/**
 * "who are the western pilots russia is talking about" -> "what did they accuse them of": an
 * object pronoun is never the subject pronoun of its own clause (that would be "themselves"), so
 * "they" and "them" stand for two of those named before, tried both ways round
 * (follow-up-reading.ts clauseSubject); and "who was the russian guy at the UN" names the person
 * a "he" after it stands for (personNamed). On the made-up ferry sinking (test/fixtures/tiny-told)
 * and the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn, fixtureEngine } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const tiny = fixtureEngine('tiny-told');
const engine = loadEngine(KNOWLEDGE_DIR);

describe('a subject pronoun and the object pronoun of its clause', () => {
  it('stand for two different ones named before', () => {
    const [, both] = askInTurn(tiny, 'does norland blame the company', 'what did they say about them');
    expect(both?.reading ?? '').toMatch(/'they' as .*'them' as /);
    expect(both?.reading ?? '').toContain('Norland');
    expect(both?.reading ?? '').toContain('ferry company');
  });

  it('are not kept apart across a clause: "they said that X hit them"', () => {
    const [, one] = askInTurn(tiny, 'what did the company say', 'did they say that the storm hit them');
    expect(one?.reading ?? '').not.toContain("'them' as");
  });

  it('are read the way round that answers: the accuser accuses', () => {
    const [, accused] = askInTurn(
      engine,
      'who are the western pilots russia is talking about',
      'what exactly did they accuse them of',
    );
    expect(accused?.reading ?? '').toContain("'they' as Russian government");
    expect(accused?.quotes[0]?.text).toContain('criminal negligence');
  });
});

describe('a person a turn names by a noun after a body', () => {
  it('is whom a "he" after it stands for', () => {
    const [, stayed] = askInTurn(engine, 'who was the russian guy at the UN', "did he stay for power's bit");
    expect(stayed?.reading ?? '').toContain('Vitaly Churkin');
    expect(stayed?.quotes[0]?.text).toContain('walked out before Power');
  });
});

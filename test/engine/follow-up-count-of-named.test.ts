/**
 * "how many syrian soldiers died" -> "and IS fighters?": a fragment naming a body by its people
 * (a name in capitals, then "fighters", "soldiers"...) asks the same count of them, and the
 * article gives none, so it is refused (conversation.ts countedFragment; the capitals "IS" are
 * the name, not the auxiliary: follow-up-reading.ts parse). Whom it turns to alone ("and the
 * observatory?") still asks who says so. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('a count asked again of a body by its people', () => {
  it('is refused when the article counts none of them', () => {
    const [before, fighters] = askInTurn(engine, 'how many syrian soldiers died', 'and IS fighters?');
    expect(before?.answered).toBe(true);
    expect(fighters?.answered).toBe(false);
  });

  it('is still answered when the fragment names only whom it turns to', () => {
    const [, observatory] = askInTurn(engine, 'how many died', 'and the observatory?');
    expect(observatory?.answered).toBe(true);
  });
});

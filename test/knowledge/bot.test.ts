/**
 * knowledge/bot.yaml: what the bot says that is not a quote comes from the knowledge folder, so
 * the engine holds nothing of one story; without the file, plain defaults made from article.yaml.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/app/load-engine.ts';
import { Engine } from '../../src/engine/engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { formatProblem } from '../../src/knowledge/problems.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';

let kb: KnowledgeCopy | undefined;
afterEach(() => kb?.remove());

function engineOf(dir: string): Engine {
  const result = loadKnowledge(dir);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return new Engine(result.kb);
}

describe('bot.yaml', () => {
  it('gives the engine its texts and its suggestions', () => {
    kb = copyKnowledge();
    kb.write(
      'bot.yaml',
      [
        'about: I quote one DW article. Ask away.',
        'emptyQuestion: Nothing asked.',
        'notInArticle: Not in the article.',
        'suggestions: [duration, death-toll]',
        '',
      ].join('\n'),
    );
    const engine = engineOf(kb.dir);
    const byId = (id: string) => engine.kb.qa.find((q) => q.id === id)?.question;
    expect(engine.answer('who are you?')).toMatchObject({
      status: 'no-question',
      message: 'I quote one DW article. Ask away.',
    });
    expect(engine.answer('<@123456789012345678>').message).toBe('Nothing asked.');
    const off = engine.answer('what is the capital of australia');
    expect(off).toMatchObject({ status: 'not-in-article', message: 'Not in the article.' });
    expect(engine.defaultSuggestions().slice(0, 2)).toEqual([byId('duration'), byId('death-toll')]);
  });

  it('is optional: without it, plain texts made from article.yaml, and the first curated questions', () => {
    kb = copyKnowledge();
    rmSync(join(kb.dir, 'bot.yaml'));
    const engine = engineOf(kb.dir);
    const about = engine.answer('help').message ?? '';
    expect(about).toContain(engine.kb.meta.headline);
    expect(about).not.toMatch(/Deir el-Zour|airstrike/);
    expect(engine.answer('what is the capital of australia').message).toBe("The article doesn't say.");
    expect(engine.defaultSuggestions()).toEqual(engine.kb.qa.slice(0, 3).map((q) => q.question));
  });

  it('is validated like the other files, and an unknown suggestion is a warning, not a refusal', () => {
    kb = copyKnowledge();
    kb.edit('bot.yaml', (s) => `${s.replace('death-toll', 'no-such-entry')}colour: blue\n`);
    const refused = loadKnowledge(kb.dir);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems).toContainEqual(
      expect.objectContaining({ file: 'bot.yaml', message: expect.stringMatching(/unknown field.*colour/) }),
    );
    kb.edit('bot.yaml', (s) => s.replace('colour: blue\n', ''));
    const checked = checkKnowledge(kb.dir);
    if (!checked.ok) throw new Error(checked.problems.map(formatProblem).join('\n'));
    expect(checked.warnings).toContainEqual(
      expect.objectContaining({
        file: 'bot.yaml',
        field: 'suggestions[0]',
        message: expect.stringMatching(/no-such-entry/),
      }),
    );
    expect(checked.kb.bot.suggestions).toEqual(['why-stopped', 'russia-reaction']);
  });
});

/**
 * An edit cannot escape the audit trail: a process killed (SIGKILL) between writing qa.yaml and
 * recording the change leaves a pending record, which /kb history and /kb undo settle against
 * the file, so the change can be seen and undone like any other.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Child, startChild } from '../support/child.ts';
import { decodePath, type OptionValue } from '../support/fake-discord.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { tempDir } from '../support/temp-database.ts';
import { callbackData, type Harness, startHarness } from './harness.ts';

const ACTOR = '323456789012345678';
let copy: KnowledgeCopy | undefined;
let h: Harness | undefined;
let child: Child | undefined;
afterEach(async () => {
  child?.process.kill('SIGKILL');
  await h?.close();
  copy?.remove();
  child = h = copy = undefined;
});

/** Runs an add in a child process and kills it with SIGKILL at `point`. */
async function addAndKill(dir: string, dataDir: string, id: string, point: 'before-write' | 'after-write') {
  child = startChild('test/support/edit-then-die.ts', [dir, dataDir, id, ACTOR, point]);
  await child.line(new RegExp(`^${point}$`));
  child.process.kill('SIGKILL');
  expect((await child.exit).signal).toBe('SIGKILL');
}

/** /kb <subcommand> as a moderator; the final reply's text. */
async function kb(
  harness: Harness,
  subcommand: string,
  options: Record<string, OptionValue>,
): Promise<string> {
  const { fake } = harness;
  const interaction = fake.dispatchInteraction(
    fake.slashCommand({ name: 'kb', subcommand, options, user: fake.moderatorUser }),
  );
  const call = await fake.waitForInteractionResponse(interaction);
  const first = callbackData(call);
  if ((call.body as { type: number }).type !== 5)
    return first.content ?? first.embeds?.[0]?.description ?? '';
  const edit = await fake.waitForCall(
    (c) => c.method === 'PATCH' && decodePath(c.path).endsWith(`/${interaction.token}/messages/@original`),
  );
  const body = edit.body as { content?: string; embeds?: { description?: string }[] };
  return body.content || body.embeds?.[0]?.description || '';
}

describe('an edit whose process is killed (SIGKILL) mid-way', () => {
  it('after writing qa.yaml, before recording it as done: the change is in the history and /kb undo reverts it', async () => {
    copy = copyKnowledge();
    const dataDir = tempDir('kb-crash-');
    await addAndKill(copy.dir, dataDir, 'killed-after-write', 'after-write');
    // The change is live...
    expect(copy.read('qa.yaml')).toContain('id: killed-after-write');
    // ...and a bot started on the same folders knows who made it.
    h = await startHarness({ knowledgeDir: copy.dir, dataDir });
    expect(await kb(h, 'history', { id: 'killed-after-write' })).toMatch(
      new RegExp(`<@${ACTOR}> \\*\\*add\\*\\* \`killed-after-write\``),
    );
    expect(await kb(h, 'undo', { id: 'killed-after-write' })).toMatch(
      new RegExp(`^✅ Undid the add of \`killed-after-write\` by <@${ACTOR}>`),
    );
    expect(copy.read('qa.yaml')).not.toContain('killed-after-write');
    expect(h.database.history('killed-after-write').map((r) => r.action)).toEqual(['undo', 'add']);
    expect(h.database.pendingChanges()).toEqual([]);
  }, 120_000);

  it('after recording, before writing qa.yaml: nothing changed, nothing in the history, nothing to undo', async () => {
    copy = copyKnowledge();
    const before = copy.read('qa.yaml');
    const dataDir = tempDir('kb-crash-');
    await addAndKill(copy.dir, dataDir, 'killed-before-write', 'before-write');
    expect(copy.read('qa.yaml')).toBe(before);
    h = await startHarness({ knowledgeDir: copy.dir, dataDir });
    expect(await kb(h, 'undo', { id: 'killed-before-write' })).toMatch(
      /^Nothing to undo for `killed-before-write`/,
    );
    expect(h.database.history('killed-before-write')).toEqual([]);
    expect(h.database.pendingChanges()).toEqual([]);
  }, 120_000);
});

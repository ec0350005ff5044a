/**
 * A burst of /kb edits delays nobody (issue 10 item 9): the real bot on a copy of knowledge/,
 * driven through the fake Discord. Thirty /kb add are dispatched at once, and while the edits are
 * being validated, /ask interactions arrive. Ordering assertions on the REST calls the fake
 * recorded (each at its place in `fake.calls`) and the knowledge work (LiveEvent), no timings:
 *
 * - every /kb add is acknowledged (deferred) before its validation starts;
 * - every /ask gets its first response, and before the edits finished;
 * - answers are given while an edit is being validated: the thread answering is not blocked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type APIInteraction, InteractionResponseType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../src/app/live.ts';
import { decodePath, type RecordedCall } from '../support/fake-discord.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { type Harness, startHarness } from './harness.ts';

let copy: KnowledgeCopy;
let dataDir: string;
let h: Harness;
/** Every knowledge step, with how many REST calls the fake had recorded when it happened. */
const events: (LiveEvent & { at: number })[] = [];
/** Called on each step (set by the test). */
let onEvent: ((event: LiveEvent) => void) | undefined;

beforeAll(async () => {
  copy = copyKnowledge();
  dataDir = mkdtempSync(join(tmpdir(), 'kb-burst-'));
  h = await startHarness({
    knowledgeDir: copy.dir,
    dataDir,
    watchDebounceMs: 60,
    trace: (event) => {
      events.push({ ...event, at: h?.fake.calls.length ?? 0 });
      onEvent?.(event);
    },
    env: (fake) => ({ MODERATOR_ROLE_IDS: fake.guild().moderatorRoleId }),
  });
});

afterAll(async () => {
  await h?.close();
  copy?.remove();
  rmSync(dataDir, { recursive: true, force: true });
});

const EDITS = 30;
const ASKS = 40;
/** Asks are sent during the first edits' validations only: the last ones are what "finished" means. */
const ASKING_EDITS = 20;
const QUESTIONS = [
  'How long did the airstrike last?',
  'How many Syrian soldiers were killed?',
  'What did Samantha Power say?',
  'Where did the strike happen?',
];

const indexOf = (call: RecordedCall) => h.fake.calls.indexOf(call);
const isOriginalEdit = (interaction: APIInteraction) => (c: RecordedCall) =>
  c.method === 'PATCH' && decodePath(c.path).endsWith(`/${interaction.token}/messages/@original`);

describe('a burst of /kb edits while people ask', () => {
  it('acknowledges every edit at once, and answers every question while the edits are validated', async () => {
    // The worker is up (it starts with the watch); the burst measures edits, not a thread start.
    await h.knowledge.check();
    const asks: { interaction: APIInteraction; during: string }[] = [];
    let validations = 0;
    onEvent = (event) => {
      if (event.type !== 'prepare-start' || !event.what.startsWith('edit of ')) return;
      validations++;
      if (validations > ASKING_EDITS) return;
      // Two questions arrive while this edit is being validated.
      for (let i = 0; i < ASKS / ASKING_EDITS; i++) {
        const question = QUESTIONS[asks.length % QUESTIONS.length] ?? '';
        asks.push({
          interaction: h.fake.dispatchInteraction(
            h.fake.slashCommand({ name: 'ask', options: { question }, user: h.fake.defaultUser }),
          ),
          during: event.what,
        });
      }
    };

    const ids = Array.from({ length: EDITS }, (_, i) => `burst-${i + 1}`);
    const edits = ids.map((id, i) => ({
      id,
      interaction: h.fake.dispatchInteraction(
        h.fake.slashCommand({
          name: 'kb',
          subcommand: 'add',
          options: {
            id,
            question: `Is burst question number ${i + 1} answered?`,
            answer: `p${(i % 5) + 2}.s1`,
          },
          user: h.fake.moderatorUser,
        }),
      ),
    }));
    const finals = await Promise.all(
      edits.map((e) => h.fake.waitForCall(isOriginalEdit(e.interaction), 120_000)),
    );
    onEvent = undefined;
    const answers = await Promise.all(asks.map((a) => h.fake.waitForInteractionResponse(a.interaction)));

    // Every edit landed and is served.
    for (const [i, final] of finals.entries())
      expect((final.body as { content?: string }).content).toContain(`✅ Added \`${ids[i]}\``);
    const served = new Set(h.engines.current.kb.qa.map((e) => e.id));
    expect(ids.filter((id) => !served.has(id))).toEqual([]);

    // Each edit was acknowledged (deferred) before its validation began.
    for (const edit of edits) {
      const first = await h.fake.waitForInteractionResponse(edit.interaction);
      expect((first.body as { type: number }).type).toBe(
        InteractionResponseType.DeferredChannelMessageWithSource,
      );
      const validation = events.find((e) => e.type === 'prepare-start' && e.what === `edit of ${edit.id}`);
      expect(validation, `validation of ${edit.id}`).toBeDefined();
      expect(indexOf(first)).toBeLessThan(validation?.at ?? -1);
    }

    // Every question got its first response, an answer, before the edits finished.
    expect(asks).toHaveLength(ASKS);
    const lastEdit = Math.max(...finals.map(indexOf));
    for (const answer of answers) {
      expect((answer.body as { type: number }).type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(indexOf(answer)).toBeLessThan(lastEdit);
    }

    // Questions were answered while an edit was being validated: nothing waits behind validation.
    const answeredDuring = asks.filter((ask, i) => {
      const answer = answers[i];
      const end = events.find((e) => e.type === 'prepare-end' && e.what === ask.during);
      return answer !== undefined && end !== undefined && indexOf(answer) < end.at;
    });
    expect(answeredDuring.length).toBeGreaterThan(ASKS / 2);
  }, 180_000); // a ceiling, not a speed: thirty whole-folder validations in a row on a loaded machine
});

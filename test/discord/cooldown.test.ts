import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Cooldown, cooldownMessage, SharedCooldown } from '../../src/discord/cooldown.ts';
import { AppDatabase } from '../../src/store/database.ts';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('Cooldown', () => {
  it('lets the first question through and refuses the next ones until it runs out', () => {
    const time = clock();
    const cooldown = new Cooldown(5, time.now);
    expect(cooldown.take('alice')).toEqual({ ok: true });
    expect(cooldown.take('alice')).toEqual({ ok: false, retryAfterSeconds: 5 });
    time.advance(3200);
    expect(cooldown.take('alice')).toEqual({ ok: false, retryAfterSeconds: 2 });
    time.advance(1799);
    expect(cooldown.take('alice')).toEqual({ ok: false, retryAfterSeconds: 1 });
    time.advance(1);
    expect(cooldown.take('alice')).toEqual({ ok: true });
  });

  it('keeps users apart', () => {
    const cooldown = new Cooldown(5, clock().now);
    expect(cooldown.take('alice').ok).toBe(true);
    expect(cooldown.take('bob').ok).toBe(true);
    expect(cooldown.take('alice').ok).toBe(false);
  });

  it('is off at 0 seconds', () => {
    const cooldown = new Cooldown(0, clock().now);
    for (let i = 0; i < 5; i++) expect(cooldown.take('alice')).toEqual({ ok: true });
    expect(cooldown.size).toBe(0);
  });

  it('sweeps expired keys so memory stays bounded', () => {
    const time = clock();
    const cooldown = new Cooldown(1, time.now);
    for (let i = 0; i < 5000; i++) cooldown.take(`user${i}`);
    time.advance(2000);
    cooldown.take('late');
    expect(cooldown.size).toBe(1);
  });

  it.each([
    [1, "You're asking quickly. Please wait 1 second before your next question."],
    [7, "You're asking quickly. Please wait 7 seconds before your next question."],
  ])('says politely how long to wait (%i s)', (seconds, message) => {
    expect(cooldownMessage(seconds)).toBe(message);
  });
});

describe('SharedCooldown (HTTP instances sharing DATA_DIR)', () => {
  const cleanup: Array<() => void> = [];
  afterEach(() => {
    for (const done of cleanup.splice(0).reverse()) done();
  });

  /** Two database connections to one file: what two server processes on one host have. */
  function twoInstances(time: { now: () => number }) {
    const dataDir = mkdtempSync(join(tmpdir(), 'cooldown-'));
    const open = () =>
      AppDatabase.open({ dataDir, questionRetentionDays: 90, now: () => new Date(time.now()) });
    const [a, b] = [open(), open()];
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    cleanup.push(() => a.close());
    cleanup.push(() => b.close());
    return { a, b };
  }

  it('refuses on one instance a question the user just asked on another, until it runs out', async () => {
    const time = clock(Date.parse('2026-02-01T00:00:00Z'));
    const { a, b } = twoInstances(time);
    const [first, second] = [new SharedCooldown(5, a), new SharedCooldown(5, b)];
    expect(await first.take('alice')).toEqual({ ok: true });
    expect(await second.take('alice')).toEqual({ ok: false, retryAfterSeconds: 5 });
    expect(await second.take('bob')).toEqual({ ok: true });
    time.advance(3200);
    expect(await first.take('alice')).toEqual({ ok: false, retryAfterSeconds: 2 });
    time.advance(1800);
    expect(await second.take('alice')).toEqual({ ok: true });
    expect(await first.take('alice')).toEqual({ ok: false, retryAfterSeconds: 5 });
  });

  it('is off at 0 seconds and purges expired keys', async () => {
    const time = clock(Date.parse('2026-02-01T00:00:00Z'));
    const { a } = twoInstances(time);
    const off = new SharedCooldown(0, a);
    for (let i = 0; i < 3; i++) expect(await off.take('alice')).toEqual({ ok: true });
    const on = new SharedCooldown(1, a);
    for (let i = 0; i < 10; i++) await on.take(`user${i}`);
    expect(a.purgeCooldowns()).toBe(0);
    time.advance(1000);
    expect(a.purgeCooldowns()).toBe(10);
  });
});

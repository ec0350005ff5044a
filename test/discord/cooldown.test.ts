import { describe, expect, it } from 'vitest';
import { Cooldown, cooldownMessage } from '../../src/discord/cooldown.ts';

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

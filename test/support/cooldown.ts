import { cooldownMessage } from '../../src/discord/cooldown.ts';

/**
 * The seconds a cooldown notice asks the user to wait, or undefined when `content` is no cooldown
 * notice. Tests check it lies within the cooldown rather than equals it: on a loaded machine more
 * than a second can pass between two questions, and the notice then says 29 of 30.
 */
export function cooldownSecondsIn(content: string | undefined): number | undefined {
  const pattern = new RegExp(
    `^${cooldownMessage(999).replace(/[.?]/g, '\\$&').replace('999', '(\\d+)').replace('seconds', 'seconds?')}$`,
  );
  const seconds = pattern.exec(content ?? '')?.[1];
  return seconds === undefined ? undefined : Number(seconds);
}

/** Small helpers for the loosely typed JSON the fake reads and writes. */

export type Json = Record<string, unknown>;

/** `0` for the many bit-flag enums (UserFlags, MessageFlags, ChannelFlags...) that have no zero member. */
export const NO_FLAGS = 0 as never;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): Json {
  return isRecord(value) ? value : {};
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}

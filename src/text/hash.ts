import { createHash } from 'node:crypto';

/** sha256 of a text, in hex: which version of a file (or of anything written) this is. */
export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

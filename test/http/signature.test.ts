import { describe, expect, it } from 'vitest';
import {
  checkSignature,
  checkSignatureOffThread,
  MAX_SIGNATURE_AGE_SECONDS,
  publicKeyFromHex,
} from '../../src/http/signature.ts';
import { newSigner } from './support.ts';

const signer = newSigner();
const key = publicKeyFromHex(signer.publicKeyHex);
const NOW = Date.parse('2026-02-01T12:00:00Z');
const TS = String(NOW / 1000);
const BODY = Buffer.from('{"type":1}');

describe('checkSignature', () => {
  it('accepts what the private key signed, with DISCORD_PUBLIC_KEY in upper or lower case', async () => {
    const signature = signer.sign(TS, BODY);
    expect(checkSignature(key, { signature, timestamp: TS, body: BODY }, NOW)).toEqual({ ok: true });
    expect(await checkSignatureOffThread(key, { signature, timestamp: TS, body: BODY }, NOW)).toEqual({
      ok: true,
    });
    const upper = publicKeyFromHex(signer.publicKeyHex.toUpperCase());
    expect(
      checkSignature(upper, { signature: signature.toUpperCase(), timestamp: TS, body: BODY }, NOW),
    ).toEqual({
      ok: true,
    });
  });

  const signature = signer.sign(TS, BODY);
  it.each<[string, Parameters<typeof checkSignature>[1], number, string]>([
    [
      'a changed body',
      { signature, timestamp: TS, body: Buffer.from('{"type":2}') },
      NOW,
      'invalid signature',
    ],
    [
      'another key',
      { signature: newSigner().sign(TS, BODY), timestamp: TS, body: BODY },
      NOW,
      'invalid signature',
    ],
    ['no signature', { signature: undefined, timestamp: TS, body: BODY }, NOW, 'missing signature headers'],
    ['no timestamp', { signature, timestamp: undefined, body: BODY }, NOW, 'missing signature headers'],
    [
      'a short signature',
      { signature: signature.slice(2), timestamp: TS, body: BODY },
      NOW,
      'malformed signature',
    ],
    [
      'a timestamp that is not a number',
      { signature, timestamp: 'soon', body: BODY },
      NOW,
      'malformed timestamp',
    ],
    [
      'a timestamp too old',
      { signature, timestamp: TS, body: BODY },
      NOW + (MAX_SIGNATURE_AGE_SECONDS + 1) * 1000,
      'stale timestamp',
    ],
    [
      'a timestamp too far ahead',
      { signature, timestamp: TS, body: BODY },
      NOW - (MAX_SIGNATURE_AGE_SECONDS + 1) * 1000,
      'stale timestamp',
    ],
  ])('refuses %s', async (_, request, now, reason) => {
    expect(checkSignature(key, request, now)).toEqual({ ok: false, reason });
    // The server's check, verified on libuv's thread pool: the same verdict.
    expect(await checkSignatureOffThread(key, request, now)).toEqual({ ok: false, reason });
  });

  it('refuses to build a key from anything but 64 hex characters', () => {
    expect(() => publicKeyFromHex('abc')).toThrow(/64 hexadecimal/);
  });
});

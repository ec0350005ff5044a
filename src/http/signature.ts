/**
 * Discord signs every request to an Interactions Endpoint URL: X-Signature-Ed25519 is the Ed25519
 * signature of X-Signature-Timestamp followed by the raw body, made with the application's private
 * key; DISCORD_PUBLIC_KEY checks it. node:crypto does Ed25519 itself: no package needed.
 * Discord also sends deliberately bad signatures to check that the endpoint refuses them.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** A request signed longer ago than this (or this far in the future) is refused as a replay. */
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** The 32-byte public key, given as 64 hex characters, as a key node:crypto can verify with. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('an Ed25519 public key is 64 hexadecimal characters');
  // A raw Ed25519 key is the `x` of an OKP JSON Web Key.
  const x = Buffer.from(hex, 'hex').toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

export interface SignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  body: Buffer;
}

/** Whether Discord signed this request, recently. */
export function checkSignature(
  key: KeyObject,
  request: SignedRequest,
  nowMs: number = Date.now(),
): SignatureCheck {
  const signed = signedBytes(request, nowMs);
  if (!Buffer.isBuffer(signed)) return signed;
  return verify(null, signed, key, Buffer.from(request.signature ?? '', 'hex'))
    ? { ok: true }
    : { ok: false, reason: 'invalid signature' };
}

/**
 * checkSignature, the Ed25519 verification itself run on libuv's thread pool (node:crypto's verify
 * with a callback): the same result, without that work on the thread serving requests.
 */
export function checkSignatureOffThread(
  key: KeyObject,
  request: SignedRequest,
  nowMs: number = Date.now(),
): Promise<SignatureCheck> {
  const signed = signedBytes(request, nowMs);
  if (!Buffer.isBuffer(signed)) return Promise.resolve(signed);
  return new Promise((resolve) => {
    verify(null, signed, key, Buffer.from(request.signature ?? '', 'hex'), (error, ok) =>
      resolve(!error && ok ? { ok: true } : { ok: false, reason: 'invalid signature' }),
    );
  });
}

/** The bytes the signature covers, or why the request is refused before its signature is checked. */
function signedBytes(request: SignedRequest, nowMs: number): Buffer | { ok: false; reason: string } {
  const { signature, timestamp, body } = request;
  if (!signature || !timestamp) return { ok: false, reason: 'missing signature headers' };
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return { ok: false, reason: 'malformed signature' };
  if (!/^\d{1,15}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SIGNATURE_AGE_SECONDS) {
    return { ok: false, reason: 'stale timestamp' };
  }
  return Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
}

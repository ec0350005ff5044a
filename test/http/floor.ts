/**
 * The floor for bench:http: a bare node:http server that does the least an interactions endpoint
 * must (read the body, verify its Ed25519 signature with node:crypto, parse it) and returns one
 * fixed interaction response with an embed titled like the bot's answer. No engine, no database,
 * no Discord client: what node alone manages on this machine, measured in the same run and the
 * same process as the bot, so the bot's figures can be read as a ratio of it.
 */
import { createPublicKey, verify } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FloorServer {
  url: string;
  close(): Promise<void>;
}

export async function startFloor(publicKeyHex: string, title: string): Promise<FloorServer> {
  const key = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKeyHex, 'hex').toString('base64url') },
    format: 'jwk',
  });
  const answer = JSON.stringify({ type: 4, data: { embeds: [{ title }], allowed_mentions: { parse: [] } } });
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const signature = String(request.headers['x-signature-ed25519'] ?? '');
      const timestamp = String(request.headers['x-signature-timestamp'] ?? '');
      const ok =
        signature.length === 128 &&
        verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, 'hex'));
      if (!ok) {
        response.writeHead(401).end('invalid request signature');
        return;
      }
      JSON.parse(body.toString('utf8'));
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(answer);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/interactions`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A loopback TCP proxy to a server that a test can cut and restore: a real network fault (the
 * connections reset, the port refuses) for the clients going through it, and only for them.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { onTestFinished } from 'vitest';

export async function cuttableProxy(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port), target.hostname);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server?.address() as { port: number } | null)?.port ?? port;
        resolve();
      });
    });
  await listen();
  const proxy = {
    url(): string {
      const url = new URL(target);
      url.port = String(port);
      return url.toString();
    },
    /** Closes the port and every connection through it. */
    async cut() {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server = null;
    },
    /** Listens again on the same port. */
    restore: listen,
  };
  onTestFinished(() => proxy.cut());
  return proxy;
}

/**
 * The gateway bot's local health probe (HEALTH_PORT): `GET /healthz` answers 200 with what the bot
 * serves when it is connected to Discord, 503 otherwise, as JSON. For Docker's HEALTHCHECK, a
 * supervisor or a load balancer's liveness check. It listens on 127.0.0.1 unless HEALTH_HOST says
 * otherwise, and says nothing secret.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.ts';

export const HEALTH_PATH = '/healthz';

export interface HealthReport {
  /** True: 200. False: 503. */
  ok: boolean;
  [detail: string]: unknown;
}

export interface HealthServer {
  url: string;
  close(): Promise<void>;
}

export interface HealthOptions {
  port: number;
  host: string;
  /** Asked on every probe. */
  report: () => HealthReport | Promise<HealthReport>;
  logger: Logger;
}

export async function startHealthServer({
  port,
  host,
  report,
  logger,
}: HealthOptions): Promise<HealthServer> {
  const server = http.createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== HEALTH_PATH) return send(404, { error: `not found: the probe is GET ${HEALTH_PATH}` });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(405, { error: 'method not allowed' });
    }
    Promise.resolve()
      .then(report)
      .then(
        (health) => send(health.ok ? 200 : 503, health),
        (error: unknown) => {
          logger.error({ err: error }, 'health probe failed');
          send(500, { ok: false, error: 'the health report failed; see the log' });
        },
      );
  });
  // Probes come one at a time; a stuck client must not keep the bot from exiting.
  server.keepAliveTimeout = 1000;
  server.listen(port, host);
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([error]) => {
      throw error;
    }),
  ]);
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}${HEALTH_PATH}`;
  logger.info({ url }, 'health probe listening');
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

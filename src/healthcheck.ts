/**
 * The Docker image's HEALTHCHECK: exits 0 when the program running in the container is healthy,
 * 1 otherwise. One image runs either program, so it asks both, on 127.0.0.1:
 *
 * 1. the gateway bot's probe, GET /healthz on HEALTH_PORT (the image sets 8081): 200 is healthy,
 *    anything else (503: not connected to Discord) is not;
 * 2. if nothing listens there, the HTTP interactions server (npm run start:http) on HTTP_PORT
 *    (default 8080) and HTTP_PATH: any answer from it (a GET gets 405) means it is serving.
 *
 * Plain node:* code, no imports from the project: the image's Node 24 runs this file directly
 * (type stripping), without tsx's start-up cost every 30 seconds.
 */
import http from 'node:http';

const TIMEOUT_MS = 4000;

interface Answer {
  status: number;
  body: string;
}

/** The answer, or null when nothing listens on the port. */
function get(port: number, path: string): Promise<Answer | null> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path, timeout: TIMEOUT_MS }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') resolve(null);
      else reject(error);
    });
  });
}

function port(value: string | undefined, fallback: number): number {
  return value && /^\d+$/.test(value.trim()) ? Number(value) : fallback;
}

async function check(env: NodeJS.ProcessEnv): Promise<{ healthy: boolean; said: string }> {
  if (env.HEALTH_PORT?.trim()) {
    const bot = await get(port(env.HEALTH_PORT, 0), '/healthz');
    if (bot) return { healthy: bot.status === 200, said: `gateway bot: ${bot.status} ${bot.body}` };
  }
  const path = env.HTTP_PATH?.trim() || '/interactions';
  const server = await get(port(env.HTTP_PORT, 8080), path);
  if (server) {
    return { healthy: server.status < 500, said: `interactions server: ${server.status} on ${path}` };
  }
  return { healthy: false, said: 'nothing listens on HEALTH_PORT or HTTP_PORT' };
}

check(process.env).then(
  ({ healthy, said }) => {
    process.stdout.write(`${said}\n`);
    process.exit(healthy ? 0 : 1);
  },
  (error: unknown) => {
    process.stdout.write(`health check failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

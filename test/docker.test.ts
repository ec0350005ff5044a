/**
 * What can be checked of the Docker setup without a Docker engine: the HEALTHCHECK script against
 * the probes it asks, and the Dockerfile and compose.yaml against package.json and .nvmrc (the same
 * Node, the same command lines, the same volumes).
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NODE_ARGS, PROCESS_TEST_TIMEOUT_MS, ROOT, runProcess } from './support/processes.ts';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** A server on 127.0.0.1 answering every request with `status`; returns its port. */
const servers: http.Server[] = [];
async function serve(status: number, body = '{}'): Promise<number> {
  const server = http.createServer((_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function freePort(): Promise<number> {
  const port = await serve(200);
  await new Promise((resolve) => servers.pop()?.close(resolve));
  return port;
}

async function healthcheck(env: Record<string, string>, direct = false) {
  const args = direct ? ['src/healthcheck.ts'] : [...NODE_ARGS, 'src/healthcheck.ts'];
  const run = runProcess(process.execPath, args, { cwd: ROOT, env });
  return { code: await run.exit, said: run.stdout().trim() };
}

describe('src/healthcheck.ts (the HEALTHCHECK)', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('is healthy when the gateway bot answers 200 on HEALTH_PORT', async () => {
    const bot = await serve(200, '{"ok":true,"gateway":"ready"}');
    const result = await healthcheck({ HEALTH_PORT: String(bot), HTTP_PORT: String(await freePort()) });
    expect(result).toEqual({ code: 0, said: 'gateway bot: 200 {"ok":true,"gateway":"ready"}' });
  });

  it('is unhealthy when the gateway bot answers 503 (not connected), without asking further', async () => {
    const bot = await serve(503, '{"ok":false}');
    const server = await serve(405);
    const result = await healthcheck({ HEALTH_PORT: String(bot), HTTP_PORT: String(server) });
    expect(result.code).toBe(1);
    expect(result.said).toContain('gateway bot: 503');
  });

  it('asks the interactions server when nothing listens on HEALTH_PORT: healthy if it answers', async () => {
    const server = await serve(405);
    const result = await healthcheck({
      HEALTH_PORT: String(await freePort()),
      HTTP_PORT: String(server),
      HTTP_PATH: '/discord',
    });
    expect(result).toEqual({ code: 0, said: 'interactions server: 405 on /discord' });
  });

  it('is unhealthy when nothing listens at all', async () => {
    const result = await healthcheck({
      HEALTH_PORT: String(await freePort()),
      HTTP_PORT: String(await freePort()),
    });
    expect(result).toEqual({ code: 1, said: 'nothing listens on HEALTH_PORT or HTTP_PORT' });
  });

  it.runIf(Number(process.versions.node.split('.')[0]) >= 24)(
    'runs with node alone, as the image runs it (Node 24 strips the types)',
    async () => {
      const bot = await serve(200);
      expect((await healthcheck({ HEALTH_PORT: String(bot) }, true)).code).toBe(0);
    },
  );
});

describe('Dockerfile and compose.yaml', () => {
  const dockerfile = read('Dockerfile');
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
  /**
   * The command a package.json script ends by exec'ing, as words (`node scripts/build.mjs
   * --if-stale && exec node ...`: the image has dist/ built, so it runs node directly).
   */
  const words = (script: string | undefined) => {
    const command = (script ?? '').split(' && ').at(-1) ?? '';
    expect(command).toMatch(/^exec node /);
    return command.replace(/^exec /, '').split(' ');
  };
  const instruction = (name: string) =>
    dockerfile
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .filter((line) => line.startsWith(`${name} `))
      .map((line) => line.slice(name.length + 1).trim());

  it('runs the Node major version of .nvmrc (Node 24 LTS)', () => {
    const major = read('.nvmrc').trim();
    expect(major).toBe('24');
    expect(instruction('ARG')).toContain(`NODE_IMAGE=node:${major}-bookworm-slim`);
    // Every stage builds FROM that argument.
    const fromArgument = ['$', '{NODE_IMAGE}'].join('');
    expect(instruction('FROM')).toEqual([
      `${fromArgument} AS deps`,
      `${fromArgument} AS build`,
      fromArgument,
    ]);
  });

  it('starts what npm start starts, node itself so that docker stop reaches it', () => {
    expect(JSON.parse(instruction('CMD')[0] ?? '[]')).toEqual(words(scripts.start));
  });

  it('checks health with src/healthcheck.ts, with the probe it asks turned on', () => {
    expect(instruction('HEALTHCHECK')[0]).toMatch(/CMD \["node", "src\/healthcheck\.ts"\]$/);
    expect(instruction('ENV').join(' ')).toMatch(/HEALTH_PORT=8081/);
    // .env.example must not switch it off under docker run --env-file / compose's env_file.
    expect(read('.env.example')).not.toMatch(/^HEALTH_PORT=/m);
  });

  it('compose runs the gateway bot and the HTTP endpoint from one image, on the volumes the image declares', () => {
    const compose = parse(read('compose.yaml'), { merge: true }) as {
      services: Record<string, { command?: string[]; volumes: string[]; image: string; profiles?: string[] }>;
    };
    const { bot, http: endpoint } = compose.services;
    expect(bot?.command).toBeUndefined();
    expect(endpoint?.command).toEqual(words(scripts['start:http']));
    expect(endpoint?.profiles).toEqual(['http']);
    expect(bot?.image).toBe(endpoint?.image);
    const declared = JSON.parse(instruction('VOLUME')[0] ?? '[]') as string[];
    for (const service of [bot, endpoint]) {
      expect(service?.volumes.map((v) => v.split(':')[1]).sort()).toEqual(declared.sort());
    }
  });

  it('compose.scale.yaml: PostgreSQL, one gateway bot and three HTTP instances behind Caddy, nothing shared by folder', () => {
    type Service = {
      command?: string[];
      image?: string;
      volumes?: string[];
      environment?: Record<string, string>;
      depends_on?: Record<string, { condition: string }> | string[];
    };
    const compose = parse(read('compose.scale.yaml'), { merge: true }) as {
      services: Record<string, Service>;
    };
    const { db, bot, proxy, ...rest } = compose.services;
    const https = Object.entries(rest).filter(([name]) => name.startsWith('http-'));
    expect(https.map(([name]) => name)).toEqual(['http-1', 'http-2', 'http-3']);
    expect(db?.image).toMatch(/^postgres:/);
    expect(bot?.command).toBeUndefined();
    for (const [, service] of [['bot', bot] as const, ...https]) {
      expect(service?.image).toBe('deir-bot');
      expect(service?.environment?.DATABASE_URL).toMatch(/^postgres:\/\/bot:.*@db:5432\/bot$/);
      expect(service?.depends_on).toEqual({ db: { condition: 'service_healthy' } });
      expect(service?.volumes ?? []).toEqual([]);
    }
    for (const [, service] of https) expect(service.command).toEqual(words(scripts['start:http']));
    expect(proxy?.image).toMatch(/^caddy:/);
    const caddyfile = read('deploy/Caddyfile');
    expect(caddyfile).toContain('reverse_proxy http-1:8080 http-2:8080 http-3:8080');
    // Every file it mounts is in the repository; every variable it reads is in .env.example
    // (`cp .env.example .env` is the first step). test/proxy.test.ts runs the Caddyfile.
    const mounted = (proxy?.volumes ?? [])
      .map((v) => v.split(':')[0] ?? '')
      .filter((v) => v.startsWith('./'));
    expect(mounted).toEqual(['./deploy/Caddyfile']);
    for (const file of mounted) expect(() => read(file)).not.toThrow();
    const variables = [...read('compose.scale.yaml').matchAll(/\$\{([A-Z_]+)/g)].map((m) => m[1]);
    expect([...new Set(variables)].sort()).toEqual(['POSTGRES_PASSWORD', 'SITE_ADDRESS']);
    for (const name of variables) expect(read('.env.example')).toMatch(new RegExp(`^${name}=$`, 'm'));
    expect(caddyfile).toContain('{$SITE_ADDRESS}');
  });
});

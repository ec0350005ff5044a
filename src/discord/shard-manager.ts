/**
 * SHARD_COUNT=auto|N: npm start becomes discord.js's ShardingManager, which runs src/shard.ts once
 * per shard, each in its own process with its own Client (the same bot as without sharding), and
 * respawns a shard whose process dies while the others keep answering. This process only
 * supervises: it logs spawns, deaths and respawns, and relays a knowledge reload from the shard
 * that made it to every shard (see shard-sync.ts).
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import {
  REST,
  type RESTGetAPIGatewayBotResult,
  Routes,
  type Shard,
  ShardEvents,
  ShardingManager,
} from 'discord.js';
import type { AppConfig, DiscordConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { programExecArgv, programModule } from '../paths.ts';
import { SHUTDOWN_DEADLINE_MS, stopOnSignals } from '../shutdown.ts';
import { fail } from '../startup.ts';
import { formatDiscordFailure } from './connect-errors.ts';
import { type HealthServer, startHealthServer } from './health.ts';
import { isKnowledgeReload, SERVED_VERSION_PROPERTY, SHARD_ANSWER_MS } from './shard-sync.ts';

export const SHARD_ENTRY = fileURLToPath(programModule('../shard', import.meta.url));

/** A shard that dies this many times within CRASH_WINDOW_MS is crash-looping: stop everything. */
const MAX_DEATHS = 5;
const CRASH_WINDOW_MS = 60_000;
/** How long a shard has to become ready (log in, receive its guilds). */
const READY_TIMEOUT_MS = 60_000;
/** Discord's identify rate limit: one identify per bucket per 5 seconds (discord.js waits 5.5). */
const IDENTIFY_INTERVAL_MS = 5500;
/**
 * How long shards get to disconnect cleanly on shutdown before they are killed: less than the
 * manager's own deadline, so that it exits cleanly itself.
 */
const STOP_GRACE_MS = SHUTDOWN_DEADLINE_MS - 2000;

export interface GatewayInfo {
  /** The shard count Discord recommends. */
  shards: number;
  /** How many shards may identify at the same time. */
  maxConcurrency: number;
}

/**
 * GET /gateway/bot through DISCORD_API_URL. discord.js's own totalShards: 'auto' always asks
 * discord.com (fetchRecommendedShardCount ignores `rest.api`), so a REST proxy, or the tests'
 * fake Discord, would be bypassed: the count is fetched here and given to the manager as a number.
 */
export async function fetchGatewayInfo(discord: DiscordConfig): Promise<GatewayInfo> {
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return { shards: gateway.shards, maxConcurrency: gateway.session_start_limit.max_concurrency };
}

export async function runShardingManager(config: AppConfig, rootLogger: Logger): Promise<ShardingManager> {
  const discord = config.discord;
  if (!discord) throw new Error('runShardingManager needs DISCORD_TOKEN and DISCORD_CLIENT_ID.');
  const logger = rootLogger.child({ role: 'shard-manager' });
  let gateway: GatewayInfo;
  try {
    gateway = await fetchGatewayInfo(discord);
  } catch (error) {
    fail(formatDiscordFailure('Could not ask Discord for the shard count', error, discord.apiUrl));
  }
  const totalShards = discord.shardCount === 'auto' ? gateway.shards : Number(discord.shardCount);
  const manager = new ShardingManager(SHARD_ENTRY, {
    totalShards,
    token: discord.token,
    mode: 'process',
    respawn: true,
    // Each shard runs the entry the way this process runs: compiled (dist/), or the TypeScript
    // with tsx's loader.
    execArgv: programExecArgv(),
  });

  const deaths = new Map<number, number[]>();
  const spawned = new Set<number>();
  let stopping = false;
  let health: HealthServer | null = null;

  // Ctrl-C reaches the shards too (one process group); SIGTERM from a supervisor reaches only
  // this process, which passes it on to each shard.
  const stop = stopOnSignals({
    logger,
    stop: async () => {
      stopping = true;
      manager.respawn = false;
      logger.info('stopping every shard');
      await health?.close();
      await Promise.all([...manager.shards.values()].map((shard) => stopShard(shard)));
      logger.info('every shard stopped');
    },
  });

  manager.on('shardCreate', (shard: Shard) => {
    const log = logger.child({ shard: shard.id });
    shard.on(ShardEvents.Spawn, (child: ChildProcess | Worker) => {
      log.info(describe(child), spawned.has(shard.id) ? 'shard respawned' : 'shard spawned');
      spawned.add(shard.id);
    });
    shard.on(ShardEvents.Ready, () => log.info('shard ready'));
    // While stopping, each shard disconnects on purpose: not worth a line.
    shard.on(ShardEvents.Disconnect, () => stopping || log.warn('shard disconnected from the gateway'));
    shard.on(ShardEvents.Reconnecting, () => stopping || log.info('shard reconnecting to the gateway'));
    shard.on(ShardEvents.Error, (error: Error) => log.error({ err: error }, 'shard error'));
    shard.on(ShardEvents.Death, (child: ChildProcess | Worker) => {
      if (stopping) return;
      const now = Date.now();
      const recent = [...(deaths.get(shard.id) ?? []), now].filter((at) => now - at < CRASH_WINDOW_MS);
      deaths.set(shard.id, recent);
      log.error({ ...describe(child), respawn: manager.respawn }, 'shard died');
      if (recent.length >= MAX_DEATHS) {
        log.fatal(
          { deaths: recent.length, windowSeconds: CRASH_WINDOW_MS / 1000 },
          'shard keeps dying: stopping the bot (see the shard logs above for why)',
        );
        stop('crash loop', 1);
      }
    });
    shard.on(ShardEvents.Message, (message: unknown) => {
      if (!isKnowledgeReload(message)) return;
      log.info(
        { version: message.version, reason: message.reason },
        'relaying a knowledge reload to every shard',
      );
      manager
        .broadcast(message)
        .catch((error: unknown) =>
          log.error({ err: error }, 'could not relay the knowledge reload to every shard'),
        );
    });
  });

  if (config.health.port !== null) {
    try {
      health = await startHealthServer({
        port: config.health.port,
        host: config.health.host,
        logger,
        report: () => shardsHealth(manager, totalShards),
      });
    } catch (error) {
      fail(
        `Could not serve the health probe on ${config.health.host}:${config.health.port}: ${error instanceof Error ? error.message : String(error)}\n` +
          'Check HEALTH_HOST and HEALTH_PORT (is another program using the port?), or leave HEALTH_PORT empty.',
      );
    }
  }

  // Discord lets max_concurrency shards identify at once; beyond that, one per 5 seconds.
  const delay = totalShards <= gateway.maxConcurrency ? 0 : IDENTIFY_INTERVAL_MS;
  logger.info(
    { totalShards, recommended: gateway.shards, maxConcurrency: gateway.maxConcurrency, delayMs: delay },
    'starting shards',
  );
  try {
    await manager.spawn({ amount: totalShards, delay, timeout: READY_TIMEOUT_MS });
  } catch (error) {
    logger.fatal({ err: error }, 'a shard could not start');
    stop('a shard could not start', 1);
    return manager;
  }
  logger.info({ totalShards }, 'every shard is ready');
  return manager;
}

/** Healthy when every shard is ready; with the knowledge version each serves. */
async function shardsHealth(manager: ShardingManager, totalShards: number) {
  const shards = await Promise.all(
    Array.from({ length: totalShards }, async (_, id) => {
      const shard = manager.shards.get(id);
      const ready = shard?.ready === true;
      let version: string | null = null;
      if (shard && ready) {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), SHARD_ANSWER_MS);
        });
        const value = await Promise.race([
          shard.fetchClientValue(SERVED_VERSION_PROPERTY).catch(() => null),
          late,
        ]).finally(() => clearTimeout(timer));
        version = typeof value === 'string' ? value : null;
      }
      return { id, gateway: ready ? 'ready' : 'not connected', knowledgeVersion: version };
    }),
  );
  return {
    ok: shards.every((s) => s.gateway === 'ready' && s.knowledgeVersion !== null),
    shards,
  };
}

/** The pid and how it ended, for the log (shards run in processes: mode 'process'). */
function describe(child: ChildProcess | Worker): Record<string, unknown> {
  if ('threadId' in child) return { threadId: child.threadId };
  return { pid: child.pid, exitCode: child.exitCode, signal: child.signalCode };
}

/** Asks a shard's process to shut down (SIGTERM: it disconnects and closes the database), then kills it. */
async function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * Keeping the shards of one bot (SHARD_COUNT) on the same knowledge, over discord.js's own IPC
 * between each shard process and its ShardingManager:
 *
 * - the shard whose /kb edit or /kb reload succeeded sends a KnowledgeReloadMessage to the manager
 *   (`client.shard.send`), which broadcasts it to every shard; each other shard re-reads and
 *   validates the folder (`LiveKnowledge.reload`). Hand edits need no message: every shard watches
 *   the folder itself.
 * - each shard exposes the version it serves on its Client, so that /kb check can read every
 *   shard's with `client.shard.fetchClientValues` and say when they differ.
 */
import type { Client } from 'discord.js';

export const KNOWLEDGE_RELOAD = 'knowledge-reload';

export interface KnowledgeReloadMessage {
  type: typeof KNOWLEDGE_RELOAD;
  /** The shard whose /kb command changed the knowledge. */
  fromShard: number;
  /** The version that shard serves now. */
  version: string;
  /** Why, as its LiveKnowledge was told ("kb add by 123…"): the other shards reload with it. */
  reason: string;
}

export function isKnowledgeReload(message: unknown): message is KnowledgeReloadMessage {
  const m = message as Partial<KnowledgeReloadMessage> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === KNOWLEDGE_RELOAD &&
    typeof m.fromShard === 'number' &&
    typeof m.version === 'string' &&
    typeof m.reason === 'string'
  );
}

/** The Client property holding the knowledge version a shard serves (read by fetchClientValues). */
export const SERVED_VERSION_PROPERTY = 'servedKnowledgeVersion';

/** Makes `client[SERVED_VERSION_PROPERTY]` read the version `knowledge` serves now. */
export function exposeServedVersion(client: Client, knowledge: { readonly version: string }): void {
  Object.defineProperty(client, SERVED_VERSION_PROPERTY, {
    get: () => knowledge.version,
    enumerable: false,
    configurable: true,
  });
}

/** This process's shard id, or null when it is not a shard of a ShardingManager. */
export function shardIdOf(client: Client): number | null {
  return client.shard?.ids[0] ?? null;
}

export interface ShardVersion {
  shard: number;
  /** Null when the shard did not answer (dead, respawning, or too slow). */
  version: string | null;
}

/** How long /kb check waits for a shard's answer: its reply is due within Discord's 3 seconds. */
export const SHARD_ANSWER_MS = 1500;

/** The version every shard serves, in shard order; null when this process is not a shard. Never rejects. */
export async function servedVersions(
  client: Client,
  timeoutMs: number = SHARD_ANSWER_MS,
): Promise<ShardVersion[] | null> {
  const shards = client.shard;
  if (!shards) return null;
  const ask = async (shard: number): Promise<ShardVersion> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    try {
      const value = await Promise.race([shards.fetchClientValues(SERVED_VERSION_PROPERTY, shard), late]);
      return { shard, version: typeof value === 'string' ? value : null };
    } catch {
      // discord.js rejects at once for a shard whose process is gone (being respawned).
      return { shard, version: null };
    } finally {
      clearTimeout(timer);
    }
  };
  return Promise.all(Array.from({ length: shards.count }, (_, shard) => ask(shard)));
}

/** Sends a reload to the manager, which broadcasts it to every shard. */
export async function announceReload(client: Client, version: string, reason: string): Promise<void> {
  const fromShard = shardIdOf(client);
  if (!client.shard || fromShard === null) return;
  const message: KnowledgeReloadMessage = { type: KNOWLEDGE_RELOAD, fromShard, version, reason };
  await client.shard.send(message);
}

/** Discord snowflakes: fresh ids, and ids that land on a chosen shard. */

const DISCORD_EPOCH = 1420070400000n;
let lastSnowflake = 0n;
let shardSnowflakeCounter = 0n;

/** A fresh snowflake; strictly increasing across every fake in the process. */
export function nextSnowflake(at: number = Date.now()): string {
  let id = (BigInt(at) - DISCORD_EPOCH) << 22n;
  if (id <= lastSnowflake) id = lastSnowflake + 1n;
  lastSnowflake = id;
  return id.toString();
}

/** The shard that receives events for a guild: `(guild_id >> 22) % shardCount`. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A (past) snowflake that `shardForGuild` maps to `shardId` when there are `shardCount` shards. */
export function snowflakeForShard(shardId: number, shardCount: number, at = Date.now() - 86_400_000): string {
  if (shardId < 0 || shardId >= shardCount)
    throw new RangeError(`shard ${shardId} is not in [0, ${shardCount})`);
  const count = BigInt(shardCount);
  let timestamp = BigInt(at) - DISCORD_EPOCH;
  timestamp -= (((timestamp - BigInt(shardId)) % count) + count) % count;
  shardSnowflakeCounter = (shardSnowflakeCounter + 1n) % 4096n;
  return ((timestamp << 22n) | shardSnowflakeCounter).toString();
}

/**
 * npm start: the Discord bot when DISCORD_TOKEN is set, otherwise the terminal chat.
 * .env is loaded here, once; everything else gets the parsed, frozen config.
 */
import { config as loadDotenv } from 'dotenv';
import { type AppConfig, ConfigError, loadConfig } from './config.ts';
import { type Bot, createBot } from './discord/bot.ts';
import { formatReloadReport } from './discord/mod-log.ts';
import type { Engine } from './engine/engine.ts';
import { KnowledgeError, loadEngine } from './engine/load-engine.ts';
import { LiveKnowledge } from './knowledge/live.ts';
import { createLogger, type Logger } from './log.ts';
import { AppDatabase } from './store/database.ts';
import { runTerminalChat } from './terminal/chat.ts';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function readConfig(): AppConfig {
  loadDotenv({ quiet: true });
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

function readKnowledge(config: AppConfig): Engine {
  try {
    return loadEngine(config.knowledgeDir);
  } catch (error) {
    if (error instanceof KnowledgeError) fail(error.message);
    throw error;
  }
}

async function runBot(config: AppConfig, engine: Engine, logger: Logger): Promise<void> {
  const database = AppDatabase.open({
    dataDir: config.dataDir,
    questionRetentionDays: config.questionRetentionDays,
  });
  // The bot is made after the knowledge it serves; reloads before it is ready are only logged.
  let bot: Bot | undefined;
  const knowledge = new LiveKnowledge(config.knowledgeDir, engine, {
    log: logger,
    onReload: (result, reason) => void bot?.reportReload(result, reason),
  });
  bot = createBot(config, knowledge, logger, { database });
  knowledge.watch();
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    knowledge.close();
    try {
      await bot.stop();
    } catch (error) {
      logger.error({ err: error }, 'error while disconnecting');
    } finally {
      database.close();
    }
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void shutdown(signal));
  process.once('SIGTERM', (signal) => void shutdown(signal));
  try {
    await bot.start();
  } catch (error) {
    logger.fatal({ err: error }, 'could not connect to Discord');
    knowledge.close();
    await bot.stop().catch(() => undefined);
    database.close();
    const message = error instanceof Error ? error.message : String(error);
    const hint = /intent/i.test(message)
      ? 'ASK_CHANNEL_IDS needs the Message Content intent: turn it on in the Developer Portal › your application › Bot, or empty ASK_CHANNEL_IDS.'
      : 'Check DISCORD_TOKEN (Developer Portal › your application › Bot › Reset Token) and DISCORD_API_URL.';
    fail(`Could not connect to Discord: ${message}\n${hint}`);
  }
}

const config = readConfig();
const logger = createLogger({ level: config.logLevel });
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
const engine = readKnowledge(config);
logger.debug({ knowledgeDir: config.knowledgeDir, version: engine.kb.version }, 'knowledge loaded');

if (config.discord) {
  await runBot(config, engine, logger);
} else {
  // Hand edits are served while chatting too; what happened is said in words on stderr.
  const knowledge = new LiveKnowledge(config.knowledgeDir, engine, {
    onReload: (result, reason) => {
      const report = formatReloadReport(result, reason);
      if (report) process.stderr.write(`${report}\n`);
    },
  });
  knowledge.watch();
  try {
    await runTerminalChat({ engines: knowledge.engines });
  } finally {
    knowledge.close();
  }
}

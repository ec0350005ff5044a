/**
 * What every entry point does first (npm start, each shard, npm run start:http): load .env once,
 * parse the configuration, load and validate the knowledge. A problem stops the process with one
 * message naming every problem, and exit code 1.
 */
import { config as loadDotenv } from 'dotenv';
import { KnowledgeError, loadEngine } from './app/load-engine.ts';
import { type AppConfig, ConfigError, loadConfig, type RunMode } from './config.ts';
import type { Engine } from './engine/engine.ts';

export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

export function readConfig(mode: RunMode = 'bot'): AppConfig {
  loadDotenv({ quiet: true });
  try {
    return loadConfig(process.env, mode);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

export function readKnowledge(config: AppConfig): Engine {
  try {
    return loadEngine(config.knowledgeDir, { prime: true });
  } catch (error) {
    if (error instanceof KnowledgeError) fail(error.message);
    throw error;
  }
}

/**
 * The one place that reads the process environment: process.env over an optional .env file
 * (process.env wins), parsed by parseConfig.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { type AppConfig, parseConfig } from './env.schema.js';

export function loadConfig(overrides: Record<string, string | undefined> = {}, cwd = process.cwd()): AppConfig {
  const dotenvPath = resolve(cwd, '.env');
  const fromFile = existsSync(dotenvPath) ? parseDotenv(readFileSync(dotenvPath)) : {};
  return parseConfig({ ...fromFile, ...process.env, ...overrides }, cwd);
}

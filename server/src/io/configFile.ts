/**
 * Finding and reading `.corroborate.json`: the nearest one walking up from a folder, as eslint
 * and prettier find theirs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, type ConfigReading, DEFAULT_CONFIG, parseConfigText } from '../core/config';

export interface LoadedConfig extends ConfigReading {
  /** The file read, if any. */
  readonly file?: string;
}

export function findConfigFile(start: string): string | undefined {
  let dir = isDirectory(start) ? start : path.dirname(start);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads the given config file, or the nearest one above `start`; defaults when there is none. */
export function loadConfig(options: { file?: string; start: string }): LoadedConfig {
  const file = options.file ?? findConfigFile(options.start);
  if (!file) return { config: DEFAULT_CONFIG, problems: [] };
  const text = readFileSync(file, 'utf8');
  return { ...parseConfigText(text), file };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

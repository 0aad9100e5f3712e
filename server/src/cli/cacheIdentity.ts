/**
 * Which cache file a check uses, and the stamp that says whose entries a cache or index file
 * holds: the program and the settings that decide what an analysis or a verdict is.
 */
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { CorroborateConfig } from '../core/config';
import { type FileStamp, programFingerprint, sha256 } from './cacheFile';
import { stableJson } from './cacheEntries';

/**
 * Settings that decide what a stored analysis or verdict holds. Which files are read, the scope
 * and the failure threshold do not: verdicts are proven against the corpus actually built.
 */
export function configFingerprint(config: CorroborateConfig): string {
  const { failOn: _failOn, include: _include, exclude: _exclude, scope: _scope, ...analysing } = config;
  return sha256(stableJson(analysing));
}

/** The stamp of a cache or index file written by this program under `config`. */
export function fileStamp(kind: FileStamp['kind'], config: CorroborateConfig, version: string): FileStamp {
  return { kind, program: programFingerprint(version), config: configFingerprint(config) };
}

/**
 * The cache file for a `--cache-location`: a folder (existing, or written with a trailing slash)
 * holds one file per set of inputs, so that checks of different corpora do not evict each other;
 * anything else is the file itself.
 */
export function cacheFilePath(location: string, cwd: string, inputs: readonly string[]): string {
  const resolved = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory());
  if (!isFolder) return resolved;
  const name = sha256(JSON.stringify([...inputs].sort())).slice(0, 12);
  return path.join(resolved, `check-${name}.cache`);
}

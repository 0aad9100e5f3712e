/**
 * Hashes the cache and the index are keyed and stamped with: of contents (an article's bytes, a
 * sentence's features, a report line) and of the running program.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** 128 bits of SHA-256, as 22 characters: enough to tell contents apart, and short to store. */
export function shortHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('base64url').slice(0, 22);
}

let program: string | undefined;

/**
 * A fingerprint of the running program: its version and the bytes of its code. Stored results
 * are only reused by the program that made them, so a changed judgment (even an unreleased one)
 * never meets results of the old one. The bundle (`dist/server.js`) is the whole program; in the
 * compiled tree (`out/`, the tests) every module of the server is hashed.
 */
export function programFingerprint(version: string): string {
  if (program === undefined) {
    const hash = createHash('sha256').update(`${version}\0${process.versions.v8}\0`);
    const root = path.resolve(__dirname, '..');
    const compiledTree = path.basename(__dirname) === 'cli';
    const files = compiledTree ? listFiles(root) : [__filename];
    for (const file of files) hash.update(file.slice(root.length)).update(readFileSync(file));
    program = hash.digest('hex');
  }
  return program;
}

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(full));
    else if (/\.(?:js|json)$/.test(entry.name)) files.push(full);
  }
  return files;
}

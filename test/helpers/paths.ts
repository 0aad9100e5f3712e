/** Paths the tests use: the repository root (found, not assumed) and the shared data beside it. */
import { existsSync } from 'node:fs';
import * as path from 'node:path';

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRoot(__dirname);
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');
export const NATO = path.join(SHARED, 'corpus', 'nato-2024');
export const ECBPLUS = path.join(SHARED, 'corpus', 'ecbplus');
export const FORMAT_FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'format');
export const EXAMPLES = path.join(REPO_ROOT, 'examples');

/** The file of the seed corpus whose name starts with `prefix` ("004"). */
export function natoFile(prefix: string): string {
  const { readdirSync } = require('node:fs') as typeof import('node:fs');
  const name = readdirSync(NATO).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed article ${prefix}`);
  return path.join(NATO, name);
}

/**
 * Temporary folders for a test file, removed when its process ends. `node --test` runs each file
 * in a process of its own, so the folders of a file go with it, whether its tests pass or fail;
 * a test run used to leave hundreds of them behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system's temporary folder, named `corroborate-<label>-XXXXXX`. */
export function scratchFolder(label: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `corroborate-${label}-`));
  made.push(dir);
  return dir;
}

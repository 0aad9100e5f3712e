/**
 * Finding the article files a command names: files as given, folders walked recursively through
 * the include and exclude globs, and glob patterns. Hidden folders and node_modules are skipped
 * by the default excludes.
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { CorroborateConfig } from '../core/config';

export interface ArticleFile {
  /** Absolute path. */
  readonly absolute: string;
  /** Path as shown to the user: relative to the working folder, with forward slashes. */
  readonly display: string;
}

export class InputError extends Error {}

export async function findArticleFiles(inputs: readonly string[], config: CorroborateConfig, cwd: string): Promise<ArticleFile[]> {
  const found = new Map<string, ArticleFile>();
  const add = (absolute: string): void => {
    if (!found.has(absolute)) found.set(absolute, { absolute, display: displayPath(absolute, cwd) });
  };
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const stats = statOrUndefined(absolute);
    if (stats?.isFile()) {
      add(absolute);
    } else if (stats?.isDirectory()) {
      const matches = await glob([...config.include], { cwd: absolute, ignore: [...config.exclude], absolute: true, dot: false, followSymbolicLinks: false });
      for (const match of matches.sort()) add(path.normalize(match));
    } else if (isDynamicPattern(input)) {
      const matches = await glob([input.split(path.sep).join('/')], { cwd, ignore: [...config.exclude], absolute: true, dot: false });
      if (matches.length === 0) throw new InputError(`no files match "${input}"`);
      for (const match of matches.sort()) add(path.normalize(match));
    } else {
      throw new InputError(`no such file or folder: ${input}`);
    }
  }
  return [...found.values()];
}

export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return (relative && !path.isAbsolute(relative) ? relative : absolute).split(path.sep).join('/');
}

function statOrUndefined(file: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Reading a workspace folder into corpora: its config (the editor's settings under the nearest
 * `.corroborate.json`), its article files, and their parses. The session runs this in the
 * background with work-done progress and swaps each folder in when it is read.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type CorroborateConfig, DEFAULT_CONFIG, parseConfigText } from '../core/config';
import { findArticleFiles } from '../io/files';
import { findConfigFile } from '../io/configFile';
import type { CorroborateSettings } from './protocol';
import { ArticleFolder, type FolderConfig } from './workspace';
import { pathToUri, uriToPath } from './uris';

export interface FolderPlan {
  readonly uri: string;
  readonly root: string | undefined;
  readonly settings: FolderConfig;
  /** Absolute paths of the folder's articles. */
  readonly files: readonly string[];
  /** Problems with the config file or the walk, for the log. */
  readonly problems: readonly string[];
}

/**
 * The editor's settings as a config for the file to be read over: the file's `include` replaces
 * the editor's, and its severities override the editor's code by code.
 */
export function editorBaseConfig(editor: CorroborateSettings): CorroborateConfig {
  return {
    ...DEFAULT_CONFIG,
    include: editor.include.length ? editor.include : DEFAULT_CONFIG.include,
    severities: { ...editor.severities },
  };
}

/** The config of a folder: the `configFile` setting if set, else the nearest `.corroborate.json`. */
export function readFolderConfig(dir: string, editor: CorroborateSettings): { settings: FolderConfig; problems: string[] } {
  const base = editorBaseConfig(editor);
  const file = editor.configFile ? path.resolve(dir, editor.configFile) : findConfigFile(dir);
  if (!file) return { settings: { config: base }, problems: [] };
  try {
    const reading = parseConfigText(readFileSync(file, 'utf8'), base);
    return { settings: { config: reading.config, configFile: file }, problems: reading.problems.map((p) => `${file}: ${p}`) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { settings: { config: base, configFile: file }, problems: [`${file}: could not read the config file (${message})`] };
  }
}

export async function planFolder(uri: string, editor: CorroborateSettings): Promise<FolderPlan> {
  const root = uriToPath(uri);
  if (root === undefined) return { uri, root, settings: { config: editorBaseConfig(editor) }, files: [], problems: [`${uri}: not a file URI, not indexed`] };
  const { settings, problems } = readFolderConfig(root, editor);
  try {
    const files = await findArticleFiles([root], settings.config, root);
    return { uri, root, settings, files: files.map((f) => f.absolute), problems };
  } catch (error) {
    return { uri, root, settings, files: [], problems: [...problems, `${root}: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

/**
 * Reads a planned folder's articles. `tick` runs after each file; it yields to the event loop now
 * and then and answers false when this indexing has been superseded (then nothing is returned).
 */
export async function buildFolder(plan: FolderPlan, today: string, previous: ArticleFolder | undefined, tick: () => Promise<boolean>): Promise<ArticleFolder | undefined> {
  const folder = new ArticleFolder(plan.uri, plan.root, plan.settings, today);
  for (const file of plan.files) {
    folder.readFromDisk(pathToUri(file), file, previous);
    if (!(await tick())) return undefined;
  }
  for (const corpus of folder.allCorpora()) corpus.refreshUndated();
  return folder;
}

/** The folder of a document outside every workspace folder: only its open documents, never indexed. */
export function looseFolder(key: string, dir: string | undefined, editor: CorroborateSettings, today: string): ArticleFolder {
  const { settings } = dir ? readFolderConfig(dir, editor) : { settings: { config: editorBaseConfig(editor) } };
  return new ArticleFolder(dir ? pathToUri(dir) : key, dir, settings, today);
}

/**
 * The `corroborate.*` settings the client itself needs (their schema and defaults are contributed
 * in package.json). The server reads the rest (`run`, `debounceMs`, `reportScope`, `severities`,
 * `include`, `configFile`) per resource through `workspace/configuration`.
 */
import { workspace, type ConfigurationScope } from 'vscode';

export const SECTION = 'corroborate';

/** The article globs of the README's default configuration, used when `corroborate.include` is empty. */
export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.article'];

export interface ClientSettings {
  enable: boolean;
  /** Globs of article files (workspace-relative); a plain text file matching one may be claimed. */
  include: string[];
  /** Globs of files claimed as dated articles wherever they are. */
  associations: string[];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
}

export function readSettings(scope?: ConfigurationScope): ClientSettings {
  // `null` asks for the value that applies to any resource, without the warning VS Code logs for `undefined`.
  const config = workspace.getConfiguration(SECTION, scope ?? null);
  const include = stringList(config.get('include'));
  return {
    enable: config.get<boolean>('enable', true) !== false,
    include: include.length ? include : DEFAULT_INCLUDE,
    associations: stringList(config.get('files.associations')),
  };
}

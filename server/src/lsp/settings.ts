/**
 * The `corroborate.*` editor settings, read per resource through `workspace/configuration` and
 * cached per document until the client says they changed. Whatever the client sends is checked
 * here: a malformed value falls back to its default instead of reaching the analysis.
 */
import type { CorroborateSettings, SeverityName } from './protocol';

export const DEFAULT_SETTINGS: CorroborateSettings = {
  enable: true,
  run: 'onType',
  debounceMs: 150,
  reportScope: 'open',
  severities: {},
  include: [],
  configFile: '',
};

/** Reads the `corroborate` section for each scope URI (undefined: the global settings). */
export type ConfigurationReader = (scopeUris: readonly (string | undefined)[]) => Promise<unknown[]>;

export class SettingsCache {
  private readonly cache = new Map<string, Promise<CorroborateSettings>>();
  /** Settings pushed by `workspace/didChangeConfiguration`, for clients that cannot be asked. */
  private pushed: CorroborateSettings = DEFAULT_SETTINGS;

  /** `read` is undefined when the client does not support `workspace/configuration`. */
  constructor(
    private readonly read: ConfigurationReader | undefined,
    private readonly onError: (message: string) => void,
  ) {}

  /** The settings that apply to a document or folder URI. */
  get(scopeUri: string | undefined): Promise<CorroborateSettings> {
    if (!this.read) return Promise.resolve(this.pushed);
    const key = scopeUri ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.read([scopeUri]).then(
        ([raw]) => normaliseSettings(raw),
        (error: unknown) => {
          this.onError(`could not read the corroborate settings: ${error instanceof Error ? error.message : String(error)}`);
          return DEFAULT_SETTINGS;
        },
      );
      this.cache.set(key, settings);
    }
    return settings;
  }

  /** Forgets everything; `pushedSection` is the `corroborate` section of a pushed change, if any. */
  clear(pushedSection?: unknown): void {
    this.cache.clear();
    if (pushedSection !== undefined) this.pushed = normaliseSettings(pushedSection);
  }

  forget(scopeUri: string): void {
    this.cache.delete(scopeUri);
  }
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Checks a raw settings object field by field; anything unusable takes its default. */
export function normaliseSettings(raw: unknown): CorroborateSettings {
  if (!isObject(raw)) return DEFAULT_SETTINGS;
  const d = DEFAULT_SETTINGS;
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : d.enable,
    run: raw.run === 'onSave' || raw.run === 'onType' ? raw.run : d.run,
    debounceMs: typeof raw.debounceMs === 'number' && Number.isFinite(raw.debounceMs) && raw.debounceMs >= 0 ? Math.min(raw.debounceMs, 10_000) : d.debounceMs,
    reportScope: raw.reportScope === 'workspace' || raw.reportScope === 'open' ? raw.reportScope : d.reportScope,
    severities: severityMap(raw.severities),
    include: Array.isArray(raw.include) ? raw.include.filter((g): g is string => typeof g === 'string' && g.length > 0) : d.include,
    configFile: typeof raw.configFile === 'string' ? raw.configFile.trim() : d.configFile,
  };
}

function severityMap(value: unknown): Record<string, SeverityName | 'off'> {
  const result: Record<string, SeverityName | 'off'> = {};
  if (!isObject(value)) return result;
  for (const [code, severity] of Object.entries(value)) {
    if (typeof severity === 'string' && SEVERITIES.includes(severity)) result[code] = severity as SeverityName | 'off';
  }
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

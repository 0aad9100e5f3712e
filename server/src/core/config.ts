/**
 * The settings of a corpus, as written in `.corroborate.json` (JSON with comments). The same file
 * drives the CLI and the editor, so that both judge alike. Reading the file is the front ends'
 * job; parsing its text and checking its values is pure, and lives here.
 *
 * The published schema is `schemas/corroborate.schema.json`; a test keeps it and this reader in step.
 */
import { type ParseError, parse as parseJsonc, printParseErrorCode } from 'jsonc-parser';
import type { Severity } from './types';

export type SeveritySetting = Severity | 'off';

export interface JudgmentSettings {
  /** Independent origins needed before a claim counts as supported. */
  readonly minIndependentSources: number;
  /** Relative tolerance for approximate numbers ("about 20"): 0.1 means ±10 %. */
  readonly numberTolerance: number;
}

export interface QuoteSettings {
  readonly reportScareQuotes: boolean;
  readonly reportAnonymous: boolean;
}

export interface VerifiedClaim {
  /** The claim's sentence, as written (whitespace and case are ignored when matching). */
  readonly text: string;
  /** Optional path (relative to the config file) the mark is limited to. */
  readonly file?: string;
}

export interface CorroborateConfig {
  /** Globs (relative to the corpus root) of the files that are articles. */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly maxFileBytes: number;
  /** The lowest severity that makes `corroborate check` exit with 1. */
  readonly failOn: Severity | 'never';
  readonly scope: 'corpus' | 'folder';
  /** Severity overrides per diagnostic code (`"claim/unsupported": "off"`). */
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly judgment: JudgmentSettings;
  readonly quotes: QuoteSettings;
  readonly verified: readonly VerifiedClaim[];
}

export const DEFAULT_CONFIG: CorroborateConfig = {
  include: ['**/*.txt', '**/*.article'],
  exclude: ['**/node_modules/**', '**/.*/**'],
  maxFileBytes: 2 * 1024 * 1024,
  failOn: 'error',
  scope: 'corpus',
  severities: {},
  judgment: { minIndependentSources: 1, numberTolerance: 0.1 },
  quotes: { reportScareQuotes: false, reportAnonymous: true },
  verified: [],
};

export const CONFIG_FILE_NAME = '.corroborate.json';

export interface ConfigReading {
  readonly config: CorroborateConfig;
  /** Problems with the file, each naming the setting; bad values fall back to their defaults. */
  readonly problems: string[];
}

const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

/** Parses the text of a config file (comments and trailing commas allowed) over `base`. */
export function parseConfigText(text: string, base: CorroborateConfig = DEFAULT_CONFIG): ConfigReading {
  const errors: ParseError[] = [];
  const raw: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems = errors.map((e) => `syntax error at offset ${e.offset}: ${printParseErrorCode(e.error)}`);
  const reading = readConfig(raw ?? {}, base);
  return { config: reading.config, problems: [...problems, ...reading.problems] };
}

/** Checks a parsed config object; unknown keys and bad values are reported and ignored. */
export function readConfig(raw: unknown, base: CorroborateConfig = DEFAULT_CONFIG): ConfigReading {
  const problems: string[] = [];
  if (!isObject(raw)) return { config: base, problems: ['the configuration must be a JSON object'] };
  const known = new Set(['$schema', 'include', 'exclude', 'maxFileBytes', 'failOn', 'scope', 'severities', 'judgment', 'quotes', 'verified']);
  for (const key of Object.keys(raw)) if (!known.has(key)) problems.push(`unknown setting "${key}"`);

  const judgment = isObject(raw.judgment) ? raw.judgment : {};
  const quotes = isObject(raw.quotes) ? raw.quotes : {};
  const config: CorroborateConfig = {
    include: stringList(raw.include, 'include', base.include, problems),
    exclude: stringList(raw.exclude, 'exclude', base.exclude, problems),
    maxFileBytes: positiveNumber(raw.maxFileBytes, 'maxFileBytes', base.maxFileBytes, problems),
    failOn: oneOf(raw.failOn, 'failOn', [...SEVERITIES, 'never'], base.failOn, problems),
    scope: oneOf(raw.scope, 'scope', ['corpus', 'folder'] as const, base.scope, problems),
    severities: severityMap(raw.severities, base.severities, problems),
    judgment: {
      minIndependentSources: positiveNumber(judgment.minIndependentSources, 'judgment.minIndependentSources', base.judgment.minIndependentSources, problems),
      numberTolerance: positiveNumber(judgment.numberTolerance, 'judgment.numberTolerance', base.judgment.numberTolerance, problems, true),
    },
    quotes: {
      reportScareQuotes: bool(quotes.reportScareQuotes, 'quotes.reportScareQuotes', base.quotes.reportScareQuotes, problems),
      reportAnonymous: bool(quotes.reportAnonymous, 'quotes.reportAnonymous', base.quotes.reportAnonymous, problems),
    },
    verified: verifiedList(raw.verified, base.verified, problems),
  };
  return { config, problems };
}

/** The severity a finding of `code` is reported at, or 'off'. */
export function severityFor(config: CorroborateConfig, code: string, fallback: Severity): SeveritySetting {
  return config.severities[code] ?? config.severities[code.split('/')[0] + '/*'] ?? fallback;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 4, warning: 3, information: 2, hint: 1 };

/** Whether a finding of `severity` reaches the `failOn` threshold. */
export function reachesThreshold(severity: Severity, failOn: Severity | 'never'): boolean {
  return failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, name: string, fallback: readonly string[], problems: string[]): readonly string[] {
  if (value === undefined) return fallback;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  problems.push(`"${name}" must be a list of strings`);
  return fallback;
}

function positiveNumber(value: unknown, name: string, fallback: number, problems: string[], allowZero = false): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && (value > 0 || (allowZero && value === 0))) return value;
  problems.push(`"${name}" must be a ${allowZero ? 'non-negative' : 'positive'} number`);
  return fallback;
}

function bool(value: unknown, name: string, fallback: boolean, problems: string[]): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  problems.push(`"${name}" must be true or false`);
  return fallback;
}

function oneOf<T extends string>(value: unknown, name: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`"${name}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
  return fallback;
}

function severityMap(value: unknown, fallback: Readonly<Record<string, SeveritySetting>>, problems: string[]): Readonly<Record<string, SeveritySetting>> {
  if (value === undefined) return fallback;
  if (!isObject(value)) {
    problems.push('"severities" must map diagnostic codes to a severity');
    return fallback;
  }
  const result: Record<string, SeveritySetting> = { ...fallback };
  for (const [code, severity] of Object.entries(value)) {
    if (typeof severity === 'string' && ([...SEVERITIES, 'off'] as string[]).includes(severity)) result[code] = severity as SeveritySetting;
    else problems.push(`"severities.${code}" must be one of "error", "warning", "information", "hint", "off"`);
  }
  return result;
}

function verifiedList(value: unknown, fallback: readonly VerifiedClaim[], problems: string[]): readonly VerifiedClaim[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value)) {
    problems.push('"verified" must be a list');
    return fallback;
  }
  const result: VerifiedClaim[] = [];
  for (const item of value) {
    if (isObject(item) && typeof item.text === 'string' && (item.file === undefined || typeof item.file === 'string')) {
      result.push({ text: item.text, file: item.file as string | undefined });
    } else {
      problems.push('each entry of "verified" must be {"text": string, "file"?: string}');
    }
  }
  return result;
}

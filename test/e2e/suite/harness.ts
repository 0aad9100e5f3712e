/**
 * A small test harness for the extension host: no test framework is needed for a dozen sequential
 * cases, and this one writes a JSON report that the driver outside the editor reads.
 *
 * Nothing here may load `vscode` at import time: `tsc` also compiles this folder into `out/test/`,
 * where `node --test` loads every file outside the editor. `vscodeApi()` loads it on demand.
 */
import type * as Vscode from 'vscode';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export function vscodeApi(): typeof Vscode {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('vscode') as typeof Vscode;
}

/** `E2E_STRICT=1` turns the checks of server features that are still being built into failures. */
export const STRICT = process.env.E2E_STRICT === '1';

export interface CaseContext {
  /** Records a fact worth reading in the report (what a hover or a request returned). */
  note(text: string): void;
  /** A check that fails only under `E2E_STRICT=1`; otherwise it is noted as lenient. */
  strict(ok: boolean, message: string): void;
  /** Ends the case as skipped (a feature the editor does not offer). */
  skip(reason: string): never;
}

interface Case {
  name: string;
  body: (t: CaseContext) => Promise<void>;
}

export interface CaseResult {
  name: string;
  status: 'pass' | 'fail' | 'skip';
  ms: number;
  notes: string[];
  lenient: string[];
  error?: string;
}

class Skip extends Error {}

const cases: Case[] = [];

export function test(name: string, body: (t: CaseContext) => Promise<void>): void {
  cases.push({ name, body });
}

/** Polls `probe` until it returns a value other than undefined, false or null; no fixed sleeps. */
export async function until<T>(
  what: string,
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 30_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${describe(last)})`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/**
 * Runs a `vscode.execute...Provider` command. The workbench cancels provider requests when the
 * document's diagnostics or language change under them (the server re-publishes after indexing),
 * which says nothing about the provider: such a request is simply asked again.
 */
export async function provider<T>(command: string, ...args: unknown[]): Promise<T | undefined> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      return await vscodeApi().commands.executeCommand<T>(command, ...args);
    } catch (error) {
      const canceled = error instanceof Error && /Canceled/.test(error.message);
      if (!canceled || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.message;
  try {
    return JSON.stringify(value)?.slice(0, 300) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Runs the cases in order; writes the report to `E2E_RESULTS` when set; rejects on any failure. */
export async function runAll(log: (line: string) => void = console.log): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  log(`corroborate extension tests (${STRICT ? 'strict' : 'lenient'} mode, ${cases.length} cases)`);
  for (const [index, c] of cases.entries()) {
    const result: CaseResult = { name: c.name, status: 'pass', ms: 0, notes: [], lenient: [] };
    const context: CaseContext = {
      note: (text) => result.notes.push(text),
      strict: (ok, message) => {
        if (ok) return;
        if (STRICT) throw new Error(`strict: ${message}`);
        result.lenient.push(message);
      },
      skip: (reason) => { throw new Skip(reason); },
    };
    const started = Date.now();
    try {
      await c.body(context);
    } catch (error) {
      if (error instanceof Skip) {
        result.status = 'skip';
        result.notes.push(`skipped: ${error.message}`);
      } else {
        result.status = 'fail';
        result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
      }
    }
    result.ms = Date.now() - started;
    results.push(result);
    const label = result.status === 'fail' ? 'not ok' : 'ok';
    log(`${label} ${index + 1} - ${c.name} (${result.ms} ms)${result.status === 'skip' ? ' # SKIP' : ''}`);
    for (const n of result.notes) log(`    ${n}`);
    for (const l of result.lenient) log(`    lenient: ${l}`);
    if (result.error) log(`    ${result.error.split('\n').slice(0, 4).join('\n    ')}`);
  }
  const failed = results.filter((r) => r.status === 'fail').length;
  const passed = results.filter((r) => r.status === 'pass').length;
  log(`${passed} passed, ${failed} failed, ${results.length - passed - failed} skipped`);
  const out = process.env.E2E_RESULTS;
  if (out) {
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify({ strict: STRICT, results }, null, 2));
  }
  if (failed) throw new Error(`${failed} extension test(s) failed`);
  return results;
}

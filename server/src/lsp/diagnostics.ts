/**
 * Publishing diagnostics: debounced per document, dropped when the buffer moved on while the work
 * waited (a version check), and cleared rather than left stale when anything goes wrong. The same
 * codes and messages as the CLI, converted by `toDiagnostic`.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LspClient } from './client';
import { type Locate, toDiagnostic } from './convert';
import type { CorroborateSettings } from './protocol';
import type { ArticleView } from './workspace';

export interface DiagnosticsHost {
  readonly client: LspClient;
  /** The settings of an article (its document's when open, else its folder's). */
  settingsFor(id: string): Promise<CorroborateSettings>;
  openDocument(id: string): TextDocument | undefined;
  /** Brings the corpus up to date with an article's open buffer. */
  syncBuffer(id: string): void;
  view(id: string): ArticleView | undefined;
  readonly locate: Locate;
}

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** URIs whose diagnostics the client holds (so that they can be cleared when they go stale). */
  private readonly shown = new Set<string>();

  constructor(private readonly host: DiagnosticsHost) {}

  /** Runs `work` after `delayMs` without another call for the same id (the latest call wins). */
  schedule(id: string, delayMs: number, work: () => Promise<void>): void {
    this.cancel(id);
    this.timers.set(id, setTimeout(() => {
      this.timers.delete(id);
      work().catch((error: unknown) => this.host.client.log('error', `corroborate failed after a change to ${id}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    }, delayMs));
  }

  cancel(id: string): void {
    const timer = this.timers.get(id);
    if (timer) clearTimeout(timer);
    this.timers.delete(id);
  }

  /**
   * Publishes an article's diagnostics, or clears them when it is not to be reported (disabled,
   * not open, gone). With `expectedVersion`, nothing is sent if the buffer has changed since: a
   * newer run is already scheduled. Returns the URI it published for (undefined when it dropped it).
   */
  async publish(id: string, expectedVersion?: number): Promise<string | undefined> {
    const uri = this.host.openDocument(id)?.uri ?? id;
    try {
      const settings = await this.host.settingsFor(id);
      const document = this.host.openDocument(id);
      if (expectedVersion !== undefined && document?.version !== expectedVersion) return undefined;
      const wanted = settings.enable && (document !== undefined || settings.reportScope === 'workspace');
      if (document) this.host.syncBuffer(id);
      const view = wanted ? this.host.view(id) : undefined;
      if (!view || view.report.article.reference) {
        // An open document is told explicitly; a closed one only if it still shows something.
        if (document || this.shown.has(uri)) this.send(uri, undefined, []);
        return uri;
      }
      const { lines } = view.report.article;
      this.send(uri, document?.version, view.report.findings.map((f) => toDiagnostic(lines, f, this.host.locate)));
      return uri;
    } catch (error) {
      // Never leave the diagnostics of an older version standing after a failure.
      this.send(uri, undefined, []);
      this.host.client.log('error', `corroborate failed on ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return uri;
    }
  }

  /** The URIs the client shows diagnostics for now (published non-empty and not cleared since). */
  shownUris(): IterableIterator<string> {
    return this.shown.values();
  }

  /** Clears what the client shows for URIs outside `keep` (articles deleted or out of scope). */
  clearOthers(keep: ReadonlySet<string>): void {
    for (const uri of [...this.shown]) if (!keep.has(uri)) this.send(uri, undefined, []);
  }

  clear(uri: string): void {
    this.send(uri, undefined, []);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private send(uri: string, version: number | undefined, diagnostics: ReturnType<typeof toDiagnostic>[]): void {
    if (diagnostics.length) this.shown.add(uri);
    else this.shown.delete(uri);
    this.host.client.publishDiagnostics({ uri, ...(version !== undefined ? { version } : {}), diagnostics });
  }
}

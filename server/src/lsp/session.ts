/**
 * The state of one language server session: the workspace's corpora, the open buffers, the
 * settings, and what happens when any of them changes. It talks to the client only through
 * `LspClient`, so tests can drive it in-process; `server.ts` wires it to a connection.
 */
import * as path from 'node:path';
import { FileChangeType, type FileEvent, type FileSystemWatcher, type WorkspaceFolder } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../core/config';
import type { Corpus } from '../core/corpus';
import type { ClientFeatures } from './capabilities';
import type { LspClient } from './client';
import type { Locate } from './convert';
import { DiagnosticsPublisher } from './diagnostics';
import { compactHeap, describeCompaction } from './heapCompaction';
import { buildFolder, editorBaseConfig, looseFolder, planFolder, readFolderConfig, type FolderPlan } from './indexer';
import type { CorroborateSettings } from './protocol';
import { DEFAULT_SETTINGS, SettingsCache } from './settings';
import { type CountedCorpus, TotalsCache } from './status';
import { StatusSchedule } from './statusSchedule';
import type { CorpusStatus } from './protocol';
import { canonicalUri, isInside, pathToUri, uriToPath } from './uris';
import { ArticleFolder, type ArticleView, Workspace } from './workspace';

export interface DocumentStore {
  get(uri: string): TextDocument | undefined;
}

export interface SessionOptions {
  readonly client: LspClient;
  readonly documents: DocumentStore;
  readonly features: ClientFeatures;
  readonly folders: readonly WorkspaceFolder[];
  /** Today (YYYY-MM-DD): places year-less dates in undated articles when the corpus has no dates. */
  readonly today: string;
}

/** Milliseconds of reading between two yields to the event loop while indexing, so requests are still answered. */
const INDEX_SLICE_MS = 40;
/** Milliseconds of counting between two yields to the event loop. */
const STATUS_SLICE_MS = 20;

export class Session {
  readonly workspace: Workspace;
  readonly settings: SettingsCache;
  readonly diagnostics: DiagnosticsPublisher;
  readonly client: LspClient;
  readonly features: ClientFeatures;
  /** Open articles: canonical id -> the URI the client uses. */
  private readonly open = new Map<string, string>();
  private folderUris: string[];
  private globalSettings: CorroborateSettings = DEFAULT_SETTINGS;
  private indexGeneration = 0;
  private indexing = false;
  /** Set when an indexing ends: the heap is compacted once its totals have been counted and sent. */
  private compactionDue = false;
  private compaction: ReturnType<typeof setImmediate> | undefined;
  private watchedGlobs = '';
  /** The settings the corpora were last built with, to skip rebuilding when a change leaves them be. */
  private indexedWith = '';
  private readonly totals = new TotalsCache();
  private readonly statusSchedule = new StatusSchedule({
    count: (cancelled) => this.countStatus(cancelled),
    send: (status) => {
      this.client.sendStatus(status);
      if (!this.indexing && this.compactionDue) this.compactSoon();
    },
    failed: (error) => this.client.log('error', `corroborate could not count the corpus: ${error instanceof Error ? error.message : String(error)}`),
  });

  constructor(private readonly options: SessionOptions) {
    this.client = options.client;
    this.features = options.features;
    this.settings = new SettingsCache(options.features.configuration ? (uris) => options.client.configuration(uris) : undefined, (m) => options.client.log('error', m));
    this.workspace = new Workspace((key, dir) => looseFolder(key, dir, this.globalSettings, options.today));
    this.folderUris = options.folders.map((f) => f.uri);
    for (const uri of this.folderUris) this.workspace.setFolder(this.emptyFolder(uri));
    this.diagnostics = new DiagnosticsPublisher({
      client: options.client,
      settingsFor: (id) => this.settingsFor(id),
      openDocument: (id) => this.openDocument(id),
      syncBuffer: (id) => this.syncBuffer(id),
      view: (id) => this.workspace.view(id),
      locate: this.locate,
    });
  }

  get isIndexing(): boolean {
    return this.indexing;
  }

  async initialized(): Promise<void> {
    await this.client.watchConfiguration().catch((e: unknown) => this.client.log('warning', `could not watch settings: ${String(e)}`));
    await this.indexAll();
  }

  // --- Documents -------------------------------------------------------------------------------

  /** Opened or edited (the document manager reports an open as a first change). */
  async didChangeContent(document: TextDocument): Promise<void> {
    const id = canonicalUri(document.uri);
    if (!this.open.has(id)) {
      this.open.set(id, document.uri);
      this.validate(id, 0);
      return;
    }
    const settings = await this.settings.get(document.uri);
    if (settings.run !== 'onType') return;
    // A count of the totals under way would take turns with this edit's diagnostics (its slices
    // run between the edit's steps): it stops, keeping what it counted, and the edit's own
    // publishing schedules the next count.
    this.statusSchedule.interrupt();
    this.validate(id, settings.debounceMs);
  }

  async didSave(document: TextDocument): Promise<void> {
    if ((await this.settings.get(document.uri)).run === 'onSave') this.validate(canonicalUri(document.uri), 0);
  }

  /** A closed buffer falls back to its file, or leaves the corpus if it is not a workspace article. */
  async didClose(document: TextDocument): Promise<void> {
    const id = canonicalUri(document.uri);
    this.diagnostics.cancel(id);
    this.open.delete(id);
    this.settings.forget(document.uri);
    const folder = this.workspace.folderOf(id, 'existing');
    const file = uriToPath(id);
    const corpus = folder?.isOnDisk(id) && file ? folder.readFromDisk(id, file) : folder?.delete(id, false);
    corpus?.refreshUndated();
    await this.diagnostics.publish(id);
    if (corpus) await this.publishDependents(corpus, id);
    this.scheduleStatus();
  }

  openDocument(id: string): TextDocument | undefined {
    const uri = this.open.get(id);
    return uri === undefined ? undefined : this.options.documents.get(uri);
  }

  /** The corpus takes an open buffer's text whenever it differs from what was analysed. */
  syncBuffer(id: string): void {
    const document = this.openDocument(id);
    if (!document) return;
    const folder = this.workspace.folderOf(id);
    const previous = folder.corpusOf(id)?.get(id);
    const text = document.getText();
    if (previous?.parsed.text === text) return;
    const corpus = folder.setText(id, text);
    // A new date moves the corpus's median, by which undated articles place year-less dates.
    if (previous?.parsed.date !== corpus.get(id)?.parsed.date) corpus.refreshUndated();
  }

  /** The article as the features see it, current with its buffer; undefined if unknown or disabled. */
  async article(uri: string): Promise<{ view: ArticleView; uri: string; version: number | null } | undefined> {
    const id = canonicalUri(uri);
    const settings = await this.settingsFor(id);
    if (!settings.enable) return undefined;
    this.syncBuffer(id);
    const view = this.workspace.view(id);
    const document = this.openDocument(id);
    return view ? { view, uri: document?.uri ?? uri, version: document?.version ?? null } : undefined;
  }

  readonly locate: Locate = (id) => {
    const article = this.workspace.article(id);
    if (!article) return undefined;
    const { date, inferredDate } = article.parsed;
    const located = { uri: this.open.get(id) ?? id, lines: article.lines };
    if (date) return { ...located, date };
    return inferredDate ? { ...located, date: inferredDate.date, dateInferred: true } : located;
  };

  // --- Diagnostics -----------------------------------------------------------------------------

  private validate(id: string, delayMs: number): void {
    this.diagnostics.schedule(id, delayMs, async () => {
      const version = this.openDocument(id)?.version;
      if (version === undefined) return;
      if ((await this.diagnostics.publish(id, version)) === undefined) return;
      const corpus = this.workspace.folderOf(id, 'existing')?.corpusOf(id);
      if (corpus) await this.publishDependents(corpus, id);
      this.scheduleStatus();
    });
  }

  /**
   * Re-publishes the articles whose diagnostics may depend on `changed`: every other article of
   * its corpus that the client can be shown anything for. Unless the folder reports the whole
   * workspace, that is an open article or one whose diagnostics still stand; asking each of
   * 10,000 closed articles in turn (each answering that it is not reported) held up the next edit.
   * TODO(claims): narrow to the articles whose claims cite `changed` once reports carry sources.
   */
  private async publishDependents(corpus: Corpus, changed: string): Promise<void> {
    const everyArticle = (await this.settingsFor(changed)).reportScope === 'workspace' || (await this.settings.get(this.workspace.folderOf(changed, 'existing')?.uri)).reportScope === 'workspace';
    // The open and showing articles are few: they are looked up, not found among all of them.
    const reported = (id: string) => corpus.get(id)?.reference === false;
    const ids = everyArticle ? corpus.reportedIds() : [...new Set([...this.open.keys(), ...this.diagnostics.shownUris()])].filter(reported);
    for (const id of ids) if (id !== changed) await this.diagnostics.publish(id);
  }

  /** Publishes every article (each decides whether it is reported) and clears what is gone. */
  private async republishAll(): Promise<void> {
    const ids = new Set([...this.workspace.allArticleIds(), ...this.open.keys()]);
    const published = new Set<string>();
    for (const id of ids) {
      const uri = await this.diagnostics.publish(id);
      if (uri !== undefined) published.add(uri);
    }
    this.diagnostics.clearOthers(published);
  }

  private async settingsFor(id: string): Promise<CorroborateSettings> {
    const uri = this.open.get(id);
    if (uri !== undefined) return this.settings.get(uri);
    // A closed article takes its folder's settings; an unknown one the global settings, so that
    // requests about stray URIs do not each cost a round trip and a cache entry.
    return this.settings.get(this.workspace.folderOf(id, 'existing')?.uri);
  }

  /** Sends the totals once changes pause (see statusSchedule.ts). */
  scheduleStatus(): void {
    this.statusSchedule.schedule();
  }

  /** Counts the totals in slices and sends them when done; while indexing, the totals known so far are sent at once. */
  sendStatus(): void {
    this.statusSchedule.sendNow();
  }

  /** The totals now: those known while indexing, else a count in slices that `cancelled` can stop. */
  private countStatus(cancelled: () => boolean): Promise<CorpusStatus | undefined> {
    const entries = this.countedCorpora(this.workspace.allFolders());
    if (this.indexing) return Promise.resolve(this.totals.known(entries, true));
    return this.totals.statusInSlices(entries, false, cancelled, STATUS_SLICE_MS);
  }

  /** The totals of the given folders' corpora (or of one corpus of them), counted now. */
  status(folders: readonly ArticleFolder[], only?: Corpus): CorpusStatus {
    return this.totals.status(this.countedCorpora(folders, only), this.indexing);
  }

  private countedCorpora(folders: readonly ArticleFolder[], only?: Corpus): CountedCorpus[] {
    return folders.flatMap((folder) => folder.allCorpora().filter((c) => !only || c === only).map((corpus) => ({ corpus, revision: folder.revisionOf(corpus), currentRevision: () => folder.revisionOf(corpus) })));
  }

  // --- Workspace -------------------------------------------------------------------------------

  /** Reads every workspace folder again (reusing unchanged files), then publishes. */
  async indexAll(): Promise<void> {
    const generation = ++this.indexGeneration;
    const current = (): boolean => generation === this.indexGeneration;
    this.indexing = true;
    this.sendStatus();
    const progress = await this.client.startProgress('corroborate', 'Finding articles');
    try {
      this.indexedWith = await this.settingsKey();
      this.globalSettings = await this.settings.get(undefined);
      this.workspace.clearLoose();
      const plans: FolderPlan[] = [];
      for (const uri of this.folderUris) plans.push(await planFolder(uri, await this.settings.get(uri)));
      if (!current()) return;
      for (const problem of plans.flatMap((p) => p.problems)) this.client.log('warning', problem);
      const total = plans.reduce((n, p) => n + p.files.length, 0);
      let done = 0;
      let sliceStart = performance.now();
      const tick = async (): Promise<boolean> => {
        done++;
        if (performance.now() - sliceStart > INDEX_SLICE_MS) {
          progress.report(Math.floor((done / total) * 100), `${done}/${total} articles`);
          await new Promise((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
        return current();
      };
      for (const plan of plans) {
        const previous = this.workspace.workspaceFolders().find((f) => f.uri === plan.uri);
        const folder = await buildFolder(plan, this.options.today, previous, tick);
        if (!folder || !current()) return;
        if (this.folderUris.includes(plan.uri)) this.workspace.setFolder(folder);
      }
      await this.watchFiles();
    } catch (error) {
      this.client.log('error', `corroborate could not index the workspace: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } finally {
      progress.done();
    }
    if (!current()) return;
    this.indexing = false;
    this.compactionDue = true;
    await this.republishAll();
    this.sendStatus();
  }

  async didChangeConfiguration(pushed: unknown): Promise<void> {
    const section = typeof pushed === 'object' && pushed !== null ? (pushed as { corroborate?: unknown }).corroborate : undefined;
    this.settings.clear(section);
    // Clients announce changes they do not describe (and VS Code sends one at start): rebuild
    // only when the settings the corpora depend on changed; otherwise publishing again is enough.
    if ((await this.settingsKey()) === this.indexedWith) await this.republishAll();
    else await this.indexAll();
  }

  private async settingsKey(): Promise<string> {
    const scopes = [undefined, ...this.folderUris];
    return JSON.stringify(await Promise.all(scopes.map((uri) => this.settings.get(uri))));
  }

  async didChangeWorkspaceFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): Promise<void> {
    for (const folder of removed) {
      this.folderUris = this.folderUris.filter((uri) => uri !== folder.uri);
      this.workspace.removeFolder(folder.uri);
    }
    for (const folder of added) {
      if (this.folderUris.includes(folder.uri)) continue;
      this.folderUris.push(folder.uri);
      this.workspace.setFolder(this.emptyFolder(folder.uri));
    }
    await this.indexAll();
  }

  /** Keeps the corpora current with files created, changed or deleted outside the editor. */
  async didChangeWatchedFiles(changes: readonly FileEvent[]): Promise<void> {
    if (changes.some((c) => this.isConfigFile(c.uri))) {
      await this.indexAll();
      return;
    }
    const touched = new Set<Corpus>();
    const deleted: string[] = [];
    for (const change of changes) {
      const id = canonicalUri(change.uri);
      const file = uriToPath(id);
      const folder = file === undefined ? undefined : this.workspace.workspaceFolderOf(file);
      if (!folder || file === undefined || !folder.isArticlePath(file)) continue;
      if (this.open.has(id)) {
        // The buffer wins while it is open; only remember whether the file exists for when it closes.
        folder.setExistsOnDisk(id, change.type !== FileChangeType.Deleted);
        continue;
      }
      const corpus = change.type === FileChangeType.Deleted ? folder.delete(id, true) : folder.readFromDisk(id, file);
      if (change.type === FileChangeType.Deleted) deleted.push(id);
      if (corpus) touched.add(corpus);
    }
    for (const id of deleted) await this.diagnostics.publish(id);
    for (const corpus of touched) {
      corpus.refreshUndated();
      for (const id of corpus.reportedIds()) await this.diagnostics.publish(id);
    }
    this.scheduleStatus();
  }

  private isConfigFile(uri: string): boolean {
    const file = uriToPath(uri);
    if (file === undefined) return false;
    return path.basename(file) === CONFIG_FILE_NAME || this.workspace.allFolders().some((f) => f.settings.configFile === file);
  }

  /** Watches the article globs and config files of every folder (when the client lets us register). */
  private async watchFiles(): Promise<void> {
    const watchers: FileSystemWatcher[] = [];
    for (const folder of this.workspace.workspaceFolders()) {
      for (const pattern of [...folder.config.include, `**/${CONFIG_FILE_NAME}`]) {
        watchers.push({ globPattern: this.features.relativePatterns ? { baseUri: folder.uri, pattern } : pattern });
      }
      // A config file named by the setting, or found above the folder, is watched where it is.
      const configFile = folder.settings.configFile;
      if (configFile && !(path.basename(configFile) === CONFIG_FILE_NAME && folder.root && isInside(folder.root, configFile))) {
        const name = path.basename(configFile);
        watchers.push({ globPattern: this.features.relativePatterns ? { baseUri: pathToUri(path.dirname(configFile)), pattern: name } : `**/${name}` });
      }
    }
    const unique = [...new Map(watchers.map((w) => [JSON.stringify(w), w])).values()];
    const key = JSON.stringify(unique);
    if (key === this.watchedGlobs) return;
    this.watchedGlobs = key;
    await this.client.watchFiles(unique).catch((e: unknown) => this.client.log('warning', `could not watch the article files: ${String(e)}`));
  }

  private emptyFolder(uri: string): ArticleFolder {
    const root = uriToPath(uri);
    const settings = root ? readFolderConfig(root, this.globalSettings).settings : { config: editorBaseConfig(this.globalSettings) };
    return new ArticleFolder(uri, root, settings, this.options.today);
  }

  /**
   * Compacts the heap after the current turn, once the status just sent has gone out: the editor
   * has the corpus's diagnostics and totals before the pause (about a second at 10k articles).
   */
  private compactSoon(): void {
    this.compactionDue = false;
    this.compaction = setImmediate(() => {
      this.compaction = undefined;
      try {
        this.client.log('info', `corroborate: ${describeCompaction(compactHeap())}`);
      } catch (error) {
        this.client.log('warning', `corroborate could not compact its heap: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }

  dispose(): void {
    if (this.compaction) clearImmediate(this.compaction);
    this.indexGeneration++;
    this.statusSchedule.dispose();
    this.diagnostics.dispose();
  }
}

/**
 * The corpora the server keeps: one per workspace folder, or one per story folder when the config
 * says `scope: "folder"`. Articles are keyed by canonical URI; open buffers override the files on
 * disk, and a closed buffer falls back to the file (or leaves the corpus if it is not an article
 * of the workspace).
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { Corpus, type ArticleReport, type CorpusArticle } from '../core/corpus';
import type { CorroborateConfig } from '../core/config';
import { readArticleFile } from '../io/readArticle';
import { matchesAnyGlob } from './globs';
import { isInside, uriToPath } from './uris';

export interface FolderConfig {
  readonly config: CorroborateConfig;
  /** The `.corroborate.json` read, if any. */
  readonly configFile?: string;
}

/** What changed on disk since a file was read: its size and modification time. */
type DiskStamp = string;

/**
 * One workspace folder, or, for documents outside every folder, their directory: such a "loose"
 * folder is never indexed and holds only its open documents.
 */
export class ArticleFolder {
  private readonly corpora = new Map<string, Corpus>();
  /** Articles found on disk, with the stamp of the version read. */
  private readonly onDisk = new Map<string, DiskStamp>();
  /** Articles whose text in the corpus comes from an open buffer rather than the file. */
  private readonly buffers = new Set<string>();
  /** Bumped on every change to a corpus, so that totals computed from it can be reused until then. */
  private readonly revisions = new WeakMap<Corpus, number>();

  constructor(
    readonly uri: string,
    /** The folder's path; undefined for the pseudo-folder of `untitled:` documents. */
    readonly root: string | undefined,
    readonly settings: FolderConfig,
    private readonly today: string,
  ) {}

  get config(): CorroborateConfig {
    return this.settings.config;
  }

  /** Whether a path is an article of this folder by the include and exclude globs. */
  isArticlePath(file: string): boolean {
    if (!this.root || !isInside(this.root, file)) return false;
    const relative = path.relative(this.root, file);
    return matchesAnyGlob(relative, this.config.include) && !matchesAnyGlob(relative, this.config.exclude, { dot: true });
  }

  isOnDisk(id: string): boolean {
    return this.onDisk.has(id);
  }

  /** The corpus an article belongs to, created on first use. */
  corpusFor(id: string): Corpus {
    const key = this.corpusKey(id);
    let corpus = this.corpora.get(key);
    if (!corpus) {
      corpus = new Corpus({ config: this.config, referenceDate: this.today });
      this.corpora.set(key, corpus);
    }
    return corpus;
  }

  /** The corpus holding an article, if it is in this folder. */
  corpusOf(id: string): Corpus | undefined {
    const corpus = this.corpora.get(this.corpusKey(id));
    return corpus?.get(id) ? corpus : undefined;
  }

  allCorpora(): Corpus[] {
    return [...this.corpora.values()].filter((c) => c.size > 0);
  }

  revisionOf(corpus: Corpus): number {
    return this.revisions.get(corpus) ?? 0;
  }

  private touch(corpus: Corpus): void {
    this.revisions.set(corpus, this.revisionOf(corpus) + 1);
  }

  /** Sets an article's text from an open buffer. */
  setText(id: string, text: string): Corpus {
    const corpus = this.corpusFor(id);
    corpus.setText(id, text);
    this.buffers.add(id);
    this.touch(corpus);
    return corpus;
  }

  /** Notes that an open article's file now exists (or no longer does), without reading it. */
  setExistsOnDisk(id: string, exists: boolean): void {
    if (exists) this.onDisk.set(id, '');
    else this.onDisk.delete(id);
  }

  /**
   * Reads an article from disk unless the version read last is still current (`previous` offers
   * the stamps and parses of an earlier state of this folder, so that re-indexing costs a stat).
   */
  readFromDisk(id: string, file: string, previous?: ArticleFolder): Corpus {
    const stamp = diskStamp(file);
    const corpus = this.corpusFor(id);
    const unchanged = previous !== undefined && stamp !== undefined && previous.onDisk.get(id) === stamp && !previous.buffers.has(id);
    const earlier = unchanged ? previous.corpusOf(id)?.get(id) : undefined;
    corpus.setParsed(id, earlier?.parsed ?? readArticleFile(file, this.config.maxFileBytes, this.today));
    this.onDisk.set(id, stamp ?? '');
    this.buffers.delete(id);
    this.touch(corpus);
    return corpus;
  }

  /** Removes an article; `fromDisk` also forgets that the file exists. */
  delete(id: string, fromDisk: boolean): Corpus | undefined {
    const corpus = this.corpusOf(id);
    corpus?.delete(id);
    if (corpus) this.touch(corpus);
    this.buffers.delete(id);
    if (fromDisk) this.onDisk.delete(id);
    return corpus;
  }

  /** With `scope: "folder"` each directory is a story of its own. */
  private corpusKey(id: string): string {
    const file = uriToPath(id);
    if (!file || this.config.scope !== 'folder') return this.root ?? '';
    return path.dirname(file);
  }
}

/** An article as the features see it: its report, its corpus and how to reach other articles. */
export interface ArticleView {
  readonly id: string;
  readonly folder: ArticleFolder;
  readonly corpus: Corpus;
  readonly report: ArticleReport;
}

export class Workspace {
  /** Workspace folders, deepest first so that nested folders win. */
  private folders: ArticleFolder[] = [];
  private readonly loose = new Map<string, ArticleFolder>();

  constructor(private readonly makeLooseFolder: (key: string, dir: string | undefined) => ArticleFolder) {}

  workspaceFolders(): readonly ArticleFolder[] {
    return this.folders;
  }

  allFolders(): ArticleFolder[] {
    return [...this.folders, ...this.loose.values()];
  }

  /** Adds or replaces the state of a workspace folder (keyed by its URI). */
  setFolder(folder: ArticleFolder): void {
    this.folders = [...this.folders.filter((f) => f.uri !== folder.uri), folder].sort((a, b) => (b.root?.length ?? 0) - (a.root?.length ?? 0));
  }

  removeFolder(uri: string): ArticleFolder | undefined {
    const folder = this.folders.find((f) => f.uri === uri);
    this.folders = this.folders.filter((f) => f.uri !== uri);
    return folder;
  }

  /** Forgets the folders of loose documents (their config may have changed); they are made again on use. */
  clearLoose(): void {
    this.loose.clear();
  }

  /** The workspace folder a path lies in, if any. */
  workspaceFolderOf(file: string): ArticleFolder | undefined {
    return this.folders.find((f) => f.root !== undefined && isInside(f.root, file));
  }

  /**
   * The folder an article belongs to: its workspace folder, else a folder of its own directory
   * (made on first use; `existing` finds only one that is already there).
   */
  folderOf(id: string): ArticleFolder;
  folderOf(id: string, existing: 'existing'): ArticleFolder | undefined;
  folderOf(id: string, existing?: 'existing'): ArticleFolder | undefined {
    const file = uriToPath(id);
    const inWorkspace = file === undefined ? undefined : this.workspaceFolderOf(file);
    if (inWorkspace) return inWorkspace;
    const dir = file === undefined ? undefined : path.dirname(file);
    const key = dir ?? 'untitled';
    let folder = this.loose.get(key);
    if (!folder && !existing) {
      folder = this.makeLooseFolder(key, dir);
      this.loose.set(key, folder);
    }
    return folder;
  }

  /** The view of an article that is in a corpus, or undefined. */
  view(id: string): ArticleView | undefined {
    const folder = this.folderOf(id, 'existing');
    const corpus = folder?.corpusOf(id);
    const report = corpus?.report(id);
    return folder && corpus && report ? { id, folder, corpus, report } : undefined;
  }

  /** An article of any corpus, for related locations and sources. */
  article(id: string): CorpusArticle | undefined {
    return this.folderOf(id, 'existing')?.corpusOf(id)?.get(id);
  }

  /** Ids of every reported article of every corpus. */
  allArticleIds(): string[] {
    return this.allFolders().flatMap((f) => f.allCorpora().flatMap((c) => c.reportedIds()));
  }
}

function diskStamp(file: string): DiskStamp | undefined {
  try {
    const stats = statSync(file);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return undefined;
  }
}

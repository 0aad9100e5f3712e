/**
 * Claims plain text files as dated articles. VS Code recognises `.article` files and any file whose
 * first line is an exact date header; an article without a header (or with a malformed one) saved
 * as `.txt` opens as plain text. The client claims such a file when it matches
 * `corroborate.files.associations`, or when it matches `corroborate.include` and either starts with
 * a (possibly malformed) date header or lies in a corpus folder: one with a `.corroborate.json`
 * above it in the workspace, or with a sibling that has an exact date header. Stray README.txt
 * files elsewhere stay plain text.
 */
import * as path from 'node:path';
import {
  type Disposable, FileType, languages, type LogOutputChannel, Position, Range, RelativePattern,
  type TextDocument, Uri, workspace,
} from 'vscode';
import { HEADER_PROBE_BYTES, startsWithDateHeader } from './articleText';
import { readSettings } from './settings';

export const LANGUAGE_ID = 'dated-article';

/** Enough siblings to recognise a corpus folder, few enough to stay quick in a large folder. */
const MAX_SIBLINGS_PROBED = 12;
const MAX_SIBLING_BYTES = 2 * 1024 * 1024;

export class ArticleClaimer implements Disposable {
  private readonly subscriptions: Disposable[] = [];
  /** Folders known to hold a corpus; only positive answers are kept, as folders gain articles. */
  private readonly corpusFolders = new Set<string>();
  /** Files the user switched back to another language: never claimed again in this session. */
  private readonly declined = new Set<string>();
  private closedJustNow: string | undefined;
  /** The last decision per file: why it was claimed, or undefined when it was left alone. */
  private readonly decisions = new Map<string, Promise<string | undefined>>();

  constructor(private readonly log: LogOutputChannel) {}

  register(): this {
    this.subscriptions.push(
      workspace.onDidOpenTextDocument((doc) => void this.consider(doc)),
      // A language change closes the document and opens it again in the same turn; a dated article
      // that comes back in another language at once was switched back by the user.
      workspace.onDidCloseTextDocument((doc) => {
        if (doc.languageId !== LANGUAGE_ID) return;
        const key = doc.uri.toString();
        this.closedJustNow = key;
        queueMicrotask(() => { if (this.closedJustNow === key) this.closedJustNow = undefined; });
      }),
    );
    for (const doc of workspace.textDocuments) void this.consider(doc);
    return this;
  }

  /** Forgets the corpus folders, after the include globs or the workspace changed. */
  reset(): void {
    this.corpusFolders.clear();
    for (const doc of workspace.textDocuments) void this.consider(doc);
  }

  /** The decision about a file opened in this session (for the integration tests), if any. */
  decision(uri: Uri): Promise<string | undefined> | undefined {
    return this.decisions.get(uri.toString());
  }

  consider(doc: TextDocument): Promise<string | undefined> {
    if (doc.languageId === LANGUAGE_ID || doc.uri.scheme !== 'file') return Promise.resolve(undefined);
    const key = doc.uri.toString();
    if (this.closedJustNow === key) this.declined.add(key);
    const decision = this.declined.has(key) ? Promise.resolve(undefined) : this.claim(doc);
    this.decisions.set(key, decision);
    return decision;
  }

  private async claim(doc: TextDocument): Promise<string | undefined> {
    try {
      const reason = await this.reasonToClaim(doc);
      if (!reason || doc.isClosed || doc.languageId === LANGUAGE_ID) return undefined;
      await languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
      this.log.info(`Opened ${workspace.asRelativePath(doc.uri)} as a dated article: ${reason}.`);
      return reason;
    } catch (error) {
      // A document closed while we looked at it, or an unreadable sibling: it stays as it was.
      this.log.debug(`Left ${doc.uri.fsPath} as it was: ${String(error)}`);
      return undefined;
    }
  }

  private async reasonToClaim(doc: TextDocument): Promise<string | undefined> {
    const settings = readSettings(doc.uri);
    if (!settings.enable) return undefined;
    if (matchesAny(doc, settings.associations)) return 'it matches corroborate.files.associations';
    // Other languages (Markdown, say) are claimed only when the user asked for them.
    if (doc.languageId !== 'plaintext' || !matchesAny(doc, settings.include)) return undefined;
    const head = doc.getText(new Range(new Position(0, 0), doc.positionAt(HEADER_PROBE_BYTES)));
    if (startsWithDateHeader(head, 'loose')) return 'it starts with a date header';
    const folder = Uri.file(path.dirname(doc.uri.fsPath));
    if (await this.isCorpusFolder(folder, doc)) return 'its folder holds dated articles';
    return undefined;
  }

  private async isCorpusFolder(folder: Uri, doc: TextDocument): Promise<boolean> {
    const key = folder.toString();
    if (this.corpusFolders.has(key)) return true;
    const found = (await hasConfigAbove(folder, doc)) || (await hasDatedSibling(folder, doc));
    if (found) this.corpusFolders.add(key);
    return found;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function matchesAny(doc: TextDocument, globs: readonly string[]): boolean {
  const root = workspace.getWorkspaceFolder(doc.uri);
  return globs.some((glob) => languages.match({ pattern: root ? new RelativePattern(root, glob) : glob }, doc) > 0);
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A `.corroborate.json` in the folder or above it, up to the workspace folder (or just here). */
async function hasConfigAbove(folder: Uri, doc: TextDocument): Promise<boolean> {
  const root = workspace.getWorkspaceFolder(doc.uri)?.uri.fsPath;
  let dir = folder.fsPath;
  for (;;) {
    if (await exists(Uri.file(path.join(dir, '.corroborate.json')))) return true;
    const parent = path.dirname(dir);
    if (!root || dir === root || parent === dir || !parent.startsWith(root)) return false;
    dir = parent;
  }
}

/** A sibling with the same extension (or `.article`) whose first line is an exact date header. */
async function hasDatedSibling(folder: Uri, doc: TextDocument): Promise<boolean> {
  const ext = path.extname(doc.uri.fsPath).toLowerCase();
  const entries = await workspace.fs.readDirectory(folder);
  const siblings = entries
    .filter(([name, type]) => type === FileType.File && name !== path.basename(doc.uri.fsPath))
    .filter(([name]) => [ext, '.article'].includes(path.extname(name).toLowerCase()))
    .map(([name]) => name)
    .sort()
    .slice(0, MAX_SIBLINGS_PROBED);
  for (const name of siblings) {
    const uri = Uri.joinPath(folder, name);
    try {
      if ((await workspace.fs.stat(uri)).size > MAX_SIBLING_BYTES) continue;
      const bytes = await workspace.fs.readFile(uri);
      const head = new TextDecoder().decode(bytes.subarray(0, HEADER_PROBE_BYTES));
      if (startsWithDateHeader(head, 'strict')) return true;
    } catch {
      // An unreadable sibling says nothing about the folder.
    }
  }
  return false;
}

/**
 * `corroborate/storyReport`: the HTML story report of the corpora the server holds, as they are now
 * (open buffers included). The page is the CLI's (`corroborate check --format html`), rendered by
 * the same renderer from the same kind of result, so that the editor and CI show one report; only
 * its Content-Security-Policy is changed, for a webview that runs no script.
 */
import * as path from 'node:path';
import type { CheckedArticle, CheckResult } from '../cli/checkRun';
import { formatHtml } from '../cli/formats/html';
import type { Corpus } from '../core/corpus';
import { type ArticleFile, displayPath } from '../io/files';
import { invalidParams } from './params';
import type { StoryReport, StoryReportParams } from './protocol';
import type { Session } from './session';
import { canonicalUri, uriToPath } from './uris';
import type { ArticleFolder, Workspace } from './workspace';

/**
 * What a webview that runs no script needs: the report's own inline stylesheet (and VS Code's
 * default one, which it injects inline), `data:` images, and nothing else. Inline styles are safe
 * to allow here because article text is always escaped and no script can run to add any.
 */
export const WEBVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/i;
const SCRIPT_ELEMENT = /<script\b[^>]*>[^]*?<\/script>\n?/gi;

export function storyReport(session: Session, params: unknown, today: string): StoryReport {
  const uri = params === undefined || params === null ? undefined : (params as StoryReportParams).uri;
  if (uri !== undefined && typeof uri !== 'string') throw invalidParams('expected { uri?: string }');
  syncOpenBuffers(session);
  const result = checkResult(selectCorpora(session.workspace, uri));
  // A report asked for while the workspace is read would silently miss articles: say so in its title.
  const title = session.isIndexing ? 'Story report (the workspace is still being read)' : 'Story report';
  return { html: forScriptlessWebview(formatHtml(result, { today, title })) };
}

/**
 * The report with a policy that lets it run no script, and without the script itself: the report
 * works without it (the fact filter stays hidden), and the webview is opened with scripts off.
 */
export function forScriptlessWebview(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${WEBVIEW_POLICY}">`;
  const withPolicy = POLICY_META.test(html) ? html.replace(POLICY_META, () => meta) : html.replace(/<head>/i, (head) => `${head}\n${meta}`);
  return withPolicy.replace(SCRIPT_ELEMENT, '');
}

interface SelectedCorpus {
  readonly folder: ArticleFolder;
  readonly corpus: Corpus;
}

/** As for the totals: a workspace folder gives its corpora, an article its own, nothing else none. */
function selectCorpora(workspace: Workspace, uri: string | undefined): SelectedCorpus[] {
  const of = (folder: ArticleFolder): SelectedCorpus[] => folder.allCorpora().map((corpus) => ({ folder, corpus }));
  if (uri === undefined) return workspace.allFolders().flatMap(of);
  const id = canonicalUri(uri);
  const folder = workspace.allFolders().find((f) => canonicalUri(f.uri) === id);
  if (folder) return of(folder);
  const articleFolder = workspace.folderOf(id, 'existing');
  const corpus = articleFolder?.corpusOf(id);
  return articleFolder && corpus ? [{ folder: articleFolder, corpus }] : [];
}

/** Edits not yet checked (the diagnostics wait for a pause in typing) belong in the report too. */
function syncOpenBuffers(session: Session): void {
  for (const id of session.workspace.allArticleIds()) session.syncBuffer(id);
}

/** The corpora as the CLI's check would have returned them, so that its renderer can print them. */
function checkResult(selected: readonly SelectedCorpus[]): CheckResult {
  const files = new Map<string, ArticleFile>();
  const articles: CheckedArticle[] = [];
  for (const { folder, corpus } of selected) {
    for (const article of corpus.allArticles()) files.set(article.id, articleFile(article.id, folder));
    for (const id of corpus.reportedIds()) {
      const report = corpus.report(id);
      if (report) articles.push({ file: files.get(id)!, uri: id, report });
    }
  }
  return { articles, files, corpora: selected.map((s) => s.corpus) };
}

/**
 * Paths are shown from the folder's parent, so that they start with the folder's name: the story's
 * title names it, and the articles of two workspace folders cannot be mistaken for each other.
 */
function articleFile(id: string, folder: ArticleFolder): ArticleFile {
  const file = uriToPath(id);
  if (file === undefined) return { absolute: id, display: id };
  return { absolute: file, display: folder.root ? displayPath(file, path.dirname(folder.root)) : path.basename(file) };
}

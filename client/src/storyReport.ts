/**
 * The command "corroborate: Open Story Report": asks the server for the corpus's HTML story report
 * (the page `corroborate check --format html` writes) and shows it in a webview beside the editor.
 * One panel serves every invocation: running the command again refreshes it and brings it forward.
 * The page runs no script and loads nothing; its links to other places in the page may stay inert.
 */
import { type Disposable, ProgressLocation, type Uri, ViewColumn, type WebviewPanel, window } from 'vscode';
import { StoryReportRequest } from './protocol';
import type { ServerClient } from './serverClient';
import { readSettings } from './settings';

export const STORY_REPORT_VIEW_TYPE = 'corroborate.storyReport';
const PANEL_TITLE = 'Story report';

/** JSON-RPC's "method not found": the server predates the request. */
const METHOD_NOT_FOUND = -32601;

export class StoryReportPanel implements Disposable {
  private panel: WebviewPanel | undefined;

  constructor(private readonly server: ServerClient) {}

  /**
   * Shows the report of the whole workspace, or of the folder or article `target` names. Returns
   * the HTML shown (the integration tests read it), or undefined when there was nothing to show.
   */
  async open(target?: Uri): Promise<string | undefined> {
    if (!readSettings().enable) {
      void window.showInformationMessage('corroborate is disabled (corroborate.enable).');
      return undefined;
    }
    let html: string;
    try {
      const report = await window.withProgress(
        { location: ProgressLocation.Window, title: 'corroborate: building the story report' },
        async () => {
          const client = await this.server.ensureStarted();
          return client?.sendRequest(StoryReportRequest, target ? { uri: target.toString() } : {});
        },
      );
      if (typeof report?.html !== 'string' || !report.html) return undefined;
      html = report.html;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const message = code === METHOD_NOT_FOUND
        ? 'corroborate: this server cannot build the story report yet.'
        : `corroborate: the story report failed: ${(error as Error).message ?? String(error)}`;
      void window.showWarningMessage(message);
      return undefined;
    }
    this.show(html);
    return html;
  }

  private show(html: string): void {
    if (this.panel) {
      this.panel.webview.html = html;
      this.panel.reveal();
      return;
    }
    // No scripts and no local resource roots: the page needs neither, and the webview then can
    // neither run article text as code nor read files from the disk.
    const panel = window.createWebviewPanel(STORY_REPORT_VIEW_TYPE, PANEL_TITLE, ViewColumn.Beside, {
      enableScripts: false,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    panel.onDidDispose(() => { if (this.panel === panel) this.panel = undefined; });
    panel.webview.html = html;
    this.panel = panel;
  }

  dispose(): void {
    this.panel?.dispose();
    this.panel = undefined;
  }
}

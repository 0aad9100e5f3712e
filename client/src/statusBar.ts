/**
 * The status bar item: the corpus totals, with a spinner while the server indexes. Hidden while the
 * server is not running, so that a workspace without articles shows nothing of corroborate.
 */
import { type Disposable, StatusBarAlignment, type StatusBarItem, window } from 'vscode';
import { type StatusLike, statusText } from './statusText';

export class CorpusStatusBar implements Disposable {
  private readonly item: StatusBarItem;
  /** The last status shown, for tests and for the check command's quick answer. */
  last: StatusLike | undefined;

  constructor(command: string) {
    this.item = window.createStatusBarItem('corroborate.status', StatusBarAlignment.Left, 10);
    this.item.name = 'corroborate';
    this.item.command = command;
  }

  /** Shows the status; `undefined` hides the item (the server stopped). */
  show(status: StatusLike | undefined): void {
    this.last = status;
    if (!status) {
      this.item.hide();
      return;
    }
    const { text, tooltip } = statusText(status);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

/**
 * Code actions: quick fixes from the findings' fix hints and kinds, suppression comments for a
 * line or a file, "mark as verified" for a claim, and `source.fixAll.corroborate`, which applies
 * the safe fixes (the date header) at once. The edits are returned to the client, which applies
 * them: the server never writes an article.
 */
import {
  type CodeAction,
  CodeActionKind,
  type SnippetTextEdit,
  TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { BOILERPLATE_DESCRIPTIONS } from '../core/article/boilerplate';
import type { Finding, Span } from '../core/types';
import { FIX_ALL_KIND, type ClientFeatures } from './capabilities';
import { type Locate, spansMeet, toDiagnostic, toRange } from './convert';
import { asSourcesSay, conflictReplacements, hasMajority } from './conflictFixes';
import { applyReplacement, insertDateHeader, onHeaderLine, removeBoilerplate, suppressForFile, suppressForLine } from './fixes';
import { Commands, type MarkVerifiedArguments } from './protocol';
import { attributionSpeakers, quoteOfFinding, speakerInSentence } from './quotes';
import { fileName } from './uris';
import type { ArticleView } from './workspace';

export interface ActionContext {
  readonly view: ArticleView;
  /** The URI the client knows the document by, and its version (null when not open). */
  readonly uri: string;
  readonly version: number | null;
  readonly features: ClientFeatures;
  readonly locate: Locate;
}

/** Findings about the whole file: a suppression comment above their line would not reach them. */
const FILE_LEVEL_CODES = new Set([
  'format/missing-date', 'format/malformed-header', 'format/impossible-date', 'format/empty-body',
  'format/binary', 'format/invalid-utf8', 'format/too-large', 'format/internal-error',
]);

type FixBuilder = (ctx: ActionContext, finding: Finding) => CodeAction | CodeAction[] | undefined;

/** The quick fixes of each code that has some. */
const FIXES = new Map<string, FixBuilder>([
  ['format/missing-date', insertDateHeaderAction],
  ['format/malformed-header', rewriteHeaderAction],
  ['format/boilerplate', removeBoilerplateAction],
  ['claim/conflicting', replaceConflictingValueActions],
  ['quote/uncited', (ctx, finding) => [addAttributionAction(ctx, finding), ...speakerAttributionActions(ctx, finding)].filter((a) => a !== undefined)],
]);

export function codeActions(ctx: ActionContext, range: Span, only: readonly string[] | undefined): CodeAction[] {
  if (!ctx.view.report.article.parsed.analysable) return [];
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const findings = ctx.view.report.findings.filter((f) => spansMeet(f.span, range));
    for (const finding of findings) {
      const fix = FIXES.get(finding.code)?.(ctx, finding);
      if (fix) actions.push(...(Array.isArray(fix) ? fix : [fix]));
    }
    actions.push(...markVerifiedActions(ctx, range));
    actions.push(...suppressionActions(ctx, findings));
  }
  // The fix-all action is offered only when asked for (on save, or from the source action menu).
  if (only && wants(FIX_ALL_KIND)) {
    const fixAll = fixAllAction(ctx);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function quickFix(ctx: ActionContext, title: string, finding: Finding | undefined, edits: (TextEdit | SnippetTextEdit)[], preferred = false): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    ...(finding ? { diagnostics: [toDiagnostic(ctx.view.report.article.lines, finding, ctx.locate)] } : {}),
    ...(preferred ? { isPreferred: true } : {}),
    edit: workspaceEdit(ctx, edits),
  };
}

/** Versioned document changes where the client takes them, so that a stale fix is refused. */
function workspaceEdit(ctx: ActionContext, edits: (TextEdit | SnippetTextEdit)[]): WorkspaceEdit {
  if (ctx.features.documentChanges) return { documentChanges: [TextDocumentEdit.create({ uri: ctx.uri, version: ctx.version }, edits)] };
  return { changes: { [ctx.uri]: edits.filter((e): e is TextEdit => 'newText' in e) } };
}

function insertDateHeaderAction(ctx: ActionContext, finding: Finding): CodeAction | undefined {
  const date = finding.fix?.suggestedDate;
  if (!date) return undefined;
  return quickFix(ctx, finding.fix?.title ?? `Insert date header "date ${date}"`, finding, [insertDateHeader(ctx.view.report.article, date)], true);
}

function rewriteHeaderAction(ctx: ActionContext, finding: Finding): CodeAction | undefined {
  const edit = applyReplacement(ctx.view.report.article, finding);
  if (!edit) return undefined;
  return quickFix(ctx, finding.fix?.title ?? `Rewrite the header as "${finding.fix?.replacement}"`, finding, [edit], true);
}

function removeBoilerplateAction(ctx: ActionContext, finding: Finding): CodeAction {
  const { article } = ctx.view.report;
  const piece = article.parsed.boilerplate.find((b) => b.span.start === finding.span.start && b.span.end === finding.span.end);
  const what = piece ? BOILERPLATE_DESCRIPTIONS[piece.kind] : 'boilerplate';
  return quickFix(ctx, `Remove ${what}`, finding, [removeBoilerplate(article, finding.span)]);
}

/**
 * Quick fixes for `claim/conflicting`: replace the claim's value with one the contradicting
 * sources give, one action per value, naming the articles that give it; the value most of them
 * give is preferred. Without the claim's sources, the finding's own hint is the one fix.
 */
export function replaceConflictingValueActions(ctx: ActionContext, finding: Finding): CodeAction[] {
  const claim = ctx.view.report.claims.find((c) => c.span.start === finding.span.start && c.span.end === finding.span.end);
  const replacements = claim ? conflictReplacements(claim) : [];
  if (replacements.length === 0) {
    const fallback = replaceConflictingValueAction(ctx, finding);
    return fallback ? [fallback] : [];
  }
  const { lines, parsed } = ctx.view.report.article;
  const preferred = hasMajority(replacements);
  return replacements
    .filter((r) => r.span.end <= parsed.text.length)
    .map((r, i) => {
      const names = r.articleIds.map((id) => fileName(ctx.locate(id)?.uri ?? id));
      const title = `Replace "${r.claimValue}" with "${r.value}" ${asSourcesSay(names)}`;
      return quickFix(ctx, title, finding, [{ range: toRange(lines, r.span), newText: r.value }], preferred && i === 0);
    });
}

/** The finding's own hint: its replacement over its span (the judgment sets it to the claim's value). */
export function replaceConflictingValueAction(ctx: ActionContext, finding: Finding): CodeAction | undefined {
  const edit = applyReplacement(ctx.view.report.article, finding);
  if (!edit) return undefined;
  return quickFix(ctx, finding.fix?.title ?? `Replace with "${finding.fix?.replacement}"`, finding, [edit]);
}

/** The placeholder the quote analysis puts where the speaker's name goes. */
const SPEAKER_PLACEHOLDER = '[source]';

/**
 * Quick fix for `quote/uncited`: adds the attribution the quote analysis proposes (after the
 * quote, with a placeholder speaker), as a snippet with the placeholder selected where the client
 * supports snippet edits, else as plain text with the placeholder to overwrite.
 */
export function addAttributionAction(ctx: ActionContext, finding: Finding): CodeAction | undefined {
  const { lines } = ctx.view.report.article;
  const span = finding.fix?.replaceSpan ?? { start: finding.span.end, end: finding.span.end };
  const replacement = finding.fix?.replacement ?? `, according to ${SPEAKER_PLACEHOLDER}`;
  const range = toRange(lines, span);
  const [before, ...after] = replacement.split(SPEAKER_PLACEHOLDER);
  const snippet = `${escapeSnippet(before)}\${1:the speaker}${escapeSnippet(after.join(SPEAKER_PLACEHOLDER))}`;
  const edit: TextEdit | SnippetTextEdit = ctx.features.snippetEdits && ctx.features.documentChanges && after.length > 0
    ? { range, snippet: { kind: 'snippet', value: snippet } }
    : { range, newText: replacement };
  return quickFix(ctx, finding.fix?.title ?? 'Add attribution', finding, [edit]);
}

/**
 * The same attribution with a likely speaker filled in: whoever other articles attribute these
 * words to ("Add attribution: Ellen Dahl (as b.txt says)"), or someone the article quotes nearby.
 * Plain text edits, so that every client can apply them.
 */
export function speakerAttributionActions(ctx: ActionContext, finding: Finding): CodeAction[] {
  const { report } = ctx.view;
  const replacement = finding.fix?.replacement ?? `, according to ${SPEAKER_PLACEHOLDER}`;
  if (!replacement.includes(SPEAKER_PLACEHOLDER)) return [];
  const quote = quoteOfFinding(report, finding.span) ?? { outerSpan: finding.span };
  const span = finding.fix?.replaceSpan ?? { start: finding.span.end, end: finding.span.end };
  const range = toRange(report.article.lines, span);
  return attributionSpeakers(report, quote).map(({ speaker, articleIds }) => {
    const newText = replacement.split(SPEAKER_PLACEHOLDER).join(speakerInSentence(speaker));
    const names = articleIds.map((id) => fileName(ctx.locate(id)?.uri ?? id));
    const title = `Add attribution: ${speaker}${names.length ? ` ${asSourcesSay(names)}` : ''}`;
    return quickFix(ctx, title, finding, [{ range, newText }]);
  });
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** For claims the corpus does not support: record them in `verified` (an edit of the config file). */
function markVerifiedActions(ctx: ActionContext, range: Span): CodeAction[] {
  return ctx.view.report.claims
    .filter((claim) => spansMeet(claim.span, range) && claim.verdict !== 'supported' && !claim.verified)
    .map((claim) => {
      const args: MarkVerifiedArguments = { uri: ctx.uri, text: claim.text };
      const title = 'Mark the claim as verified (.corroborate.json)';
      return { title, kind: CodeActionKind.QuickFix, command: { title, command: Commands.markVerified, arguments: [args] } };
    });
}

function suppressionActions(ctx: ActionContext, findings: readonly Finding[]): CodeAction[] {
  const { article } = ctx.view.report;
  const actions: CodeAction[] = [];
  const titles = new Set<string>();
  const add = (title: string, finding: Finding, edit: TextEdit): void => {
    if (titles.has(title)) return;
    titles.add(title);
    actions.push(quickFix(ctx, title, finding, [edit]));
  };
  for (const finding of findings) {
    if (finding.code === 'format/internal-error') continue;
    if (!FILE_LEVEL_CODES.has(finding.code) && !onHeaderLine(article, finding)) {
      add(`Disable ${finding.code} for this line`, finding, suppressForLine(article, finding));
    }
  }
  for (const finding of findings) {
    if (finding.code !== 'format/internal-error') add(`Disable ${finding.code} for this file`, finding, suppressForFile(article, finding.code));
  }
  return actions;
}

/** Every safe fix of the article in one edit: today, the date header (inserted or rewritten). */
function fixAllAction(ctx: ActionContext): CodeAction | undefined {
  const { article, findings } = ctx.view.report;
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    if (finding.code === 'format/missing-date' && finding.fix?.suggestedDate) edits.push(insertDateHeader(article, finding.fix.suggestedDate));
    if (finding.code === 'format/malformed-header') {
      const edit = applyReplacement(article, finding);
      if (edit) edits.push(edit);
    }
  }
  if (edits.length === 0) return undefined;
  return { title: 'Fix all safe corroborate problems', kind: FIX_ALL_KIND, edit: workspaceEdit(ctx, edits) };
}

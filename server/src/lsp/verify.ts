/**
 * "Mark the claim as verified": an edit that adds `{"text": ...}` to the `verified` list of the
 * corpus's `.corroborate.json`, creating the file if there is none. The server only computes the
 * edit; the client applies it (`workspace/applyEdit`), so the user sees and can undo the change.
 */
import { CreateFile, TextDocumentEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { type FormattingOptions, modify } from 'jsonc-parser';
import { parseConfigText } from '../core/config';
import { LineIndex } from '../core/text/lineIndex';
import type { ClientFeatures } from './capabilities';
import { lineBreakOf, toTextEdit } from './convert';

export interface ConfigTarget {
  readonly uri: string;
  /** The file's current text (the open buffer if it is open); undefined when the file does not exist. */
  readonly text: string | undefined;
  /** The open buffer's version, or null. */
  readonly version: number | null;
}

export type VerifyOutcome =
  | { readonly kind: 'edit'; readonly edit: WorkspaceEdit }
  | { readonly kind: 'already-verified' }
  | { readonly kind: 'unsupported'; readonly message: string };

export function markVerifiedEdit(target: ConfigTarget, claimText: string, features: ClientFeatures): VerifyOutcome {
  const entry = { text: claimText.replace(/\s+/g, ' ').trim() };
  if (target.text === undefined) return createConfigEdit(target, entry, features);
  const key = normalise(entry.text);
  if (parseConfigText(target.text).config.verified.some((v) => normalise(v.text) === key)) return { kind: 'already-verified' };
  const lines = new LineIndex(target.text);
  const edits: TextEdit[] = modify(target.text, ['verified', -1], entry, { formattingOptions: formatting(target.text) })
    .map((e) => toTextEdit(lines, { start: e.offset, end: e.offset + e.length }, e.content));
  const edit: WorkspaceEdit = features.documentChanges
    ? { documentChanges: [TextDocumentEdit.create({ uri: target.uri, version: target.version }, edits)] }
    : { changes: { [target.uri]: edits } };
  return { kind: 'edit', edit };
}

function createConfigEdit(target: ConfigTarget, entry: { text: string }, features: ClientFeatures): VerifyOutcome {
  if (!features.documentChanges || !features.createFiles) {
    return { kind: 'unsupported', message: 'The editor cannot create files through edits: create .corroborate.json and try again.' };
  }
  const content = modify('', ['verified', -1], entry, { formattingOptions: formatting('') })
    .reduce((text, e) => text.slice(0, e.offset) + e.content + text.slice(e.offset + e.length), '') + '\n';
  return {
    kind: 'edit',
    edit: {
      documentChanges: [
        CreateFile.create(target.uri, { ignoreIfExists: true }),
        TextDocumentEdit.create({ uri: target.uri, version: null }, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }]),
      ],
    },
  };
}

/** Matches the config reader: whitespace and case are ignored when comparing claims. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Indents as the file does (two spaces when it says nothing). */
function formatting(text: string): FormattingOptions {
  const indent = /\n([ \t]+)"/.exec(text)?.[1];
  return indent?.startsWith('\t')
    ? { insertSpaces: false, tabSize: 4, eol: lineBreakOf(text) }
    : { insertSpaces: true, tabSize: indent?.length ?? 2, eol: lineBreakOf(text) };
}

/**
 * Checking request parameters before they reach a feature: a malformed request is answered with
 * an `InvalidParams` error (the server stays up), never with a crash deep inside a handler.
 */
import { ErrorCodes, type Position, type Range, ResponseError } from 'vscode-languageserver';

export function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isPosition(value: unknown): value is Position {
  return isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.character);
}

function isRange(value: unknown): value is Range {
  return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

/** The document URI of `{ textDocument: { uri } }`, or an error. */
export function documentUri(params: unknown): string {
  if (isObject(params) && isObject(params.textDocument) && typeof params.textDocument.uri === 'string') return params.textDocument.uri;
  throw invalidParams('expected { textDocument: { uri: string } }');
}

export function documentPosition(params: unknown): { uri: string; position: Position } {
  const uri = documentUri(params);
  const position = (params as { position?: unknown }).position;
  if (!isPosition(position)) throw invalidParams('expected a position { line: integer, character: integer }');
  return { uri, position };
}

export function documentRange(params: unknown): { uri: string; range: Range; only?: string[] } {
  const uri = documentUri(params);
  const { range, context } = params as { range?: unknown; context?: unknown };
  if (!isRange(range)) throw invalidParams('expected a range { start, end }');
  const only = isObject(context) && Array.isArray(context.only) ? context.only.filter((k): k is string => typeof k === 'string') : undefined;
  return { uri, range, only };
}

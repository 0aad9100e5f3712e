/**
 * Document URIs. Clients spell the same file differently (VS Code encodes a Windows drive colon as
 * `%3A`, Node does not), so every article is keyed by one canonical form: the file URI that Node
 * derives from the path. Messages to the client use the URI the client sent where there is one.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file system path of a `file:` URI; undefined for any other scheme or a malformed URI. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

/** The key of a document: a normalised file URI, or the URI itself for other schemes (`untitled:`). */
export function canonicalUri(uri: string): string {
  const file = uriToPath(uri);
  return file === undefined ? uri : pathToUri(file);
}

/** Whether `file` is `folder` or lies inside it. */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The last segment of a URI's path, for labels ("004_73fc.txt"). */
export function fileName(uri: string): string {
  const file = uriToPath(uri);
  if (file !== undefined) return path.basename(file);
  const last = uri.split(/[/\\]/).pop() ?? uri;
  return last || uri;
}

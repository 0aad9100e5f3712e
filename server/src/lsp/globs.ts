/**
 * Matching one path against the `include`/`exclude` globs of a config, for files that the watcher
 * reports one at a time (the folder walk itself uses tinyglobby). The dialect is tinyglobby's:
 * `**`, `*`, `?`, `{a,b}` and `[...]`, with `*` and `**` not entering hidden names unless asked.
 */

const cache = new Map<string, RegExp>();

/** Whether a path relative to the corpus root (either slash) matches any of the globs. */
export function matchesAnyGlob(relativePath: string, globs: readonly string[], options: { dot?: boolean } = {}): boolean {
  const normalised = relativePath.split('\\').join('/').replace(/^\.\//, '');
  return globs.some((glob) => globToRegExp(glob, options.dot ?? false).test(normalised));
}

export function globToRegExp(glob: string, dot = false): RegExp {
  const key = `${dot ? 1 : 0}${glob}`;
  let regexp = cache.get(key);
  if (!regexp) {
    regexp = new RegExp(`^${translate(glob.replace(/^\.\//, ''), dot)}$`);
    cache.set(key, regexp);
  }
  return regexp;
}

function translate(glob: string, dot: boolean): string {
  // A segment may not start with a dot unless the pattern spells the dot out (or dot is on).
  const segmentStart = dot ? '' : '(?!\\.)';
  let out = '';
  let i = 0;
  while (i < glob.length) {
    const c = glob[i];
    const atSegmentStart = i === 0 || glob[i - 1] === '/';
    if (c === '*' && glob[i + 1] === '*' && atSegmentStart && (glob[i + 2] === '/' || i + 2 === glob.length)) {
      // `**/` matches any number of whole segments; a trailing `**` matches the rest of the path.
      if (glob[i + 2] === '/') {
        out += `(?:${segmentStart}[^/]*/)*`;
        i += 3;
      } else {
        out += `(?:${segmentStart}[^/]*(?:/${segmentStart}[^/]*)*)?`;
        i += 2;
      }
    } else if (c === '*') {
      out += (atSegmentStart ? segmentStart : '') + '[^/]*';
      while (glob[i] === '*') i++;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '{') {
      const close = matchingBrace(glob, i);
      if (close < 0) {
        out += '\\{';
        i++;
      } else {
        out += `(?:${splitAlternatives(glob.slice(i + 1, close)).map((a) => translate(a, dot)).join('|')})`;
        i = close + 1;
      }
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        i++;
      } else {
        out += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close + 1;
      }
    } else {
      out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
      i++;
    }
  }
  return out;
}

function matchingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

// JavaScript source with every non-ASCII character written as a \u escape (esbuild.mjs applies it
// to the bundles; see there why).

/**
 * `source` with each character above U+007F written as `\uXXXX` (a character outside the Basic
 * Multilingual Plane as its two surrogates, which a regular expression, `u` flag or not, and a
 * string read as the same character). Inside a regular expression, a string or a comment the
 * escape means what the character meant. A character that a backslash escapes already ("\–",
 * an identity escape) keeps one backslash, its escape's own: `\\u2013` would be a backslash and
 * the letters "u2013". Not for raw template strings (`String.raw`), which keep escapes as written.
 */
export function asciiEscaped(source) {
  return source.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, character) => `${slashes.slice(slashes.length % 2)}\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * What the seed corpus `nato-2024` must show in every editor, stated once for the in-process server
 * tests (`test/server/`) and the integration suite inside VS Code: the four conflicts between its
 * articles, and the claims and quote the hovers are checked on. Articles are named by the prefix of
 * their file name; places are found by short phrases of their text, never by position.
 *
 * Plain data and pure functions only: this file is loaded by `node --test` outside the editor too.
 */

export interface SeedConflict {
  readonly name: string;
  /** The article whose claim is flagged. */
  readonly article: string;
  /** The conflict kind the message names ("Conflicting count: ..."). */
  readonly kind: string;
  /** Matches the text of the flagged claim. */
  readonly claim: RegExp;
  /** A related location points into one of these articles ... */
  readonly sources: readonly string[];
  /** ... at a sentence this matches. */
  readonly sourceText: RegExp;
}

/**
 * The four real conflicts of the seed corpus. 003 gives Stoltenberg nine years at NATO where the
 * others (and 003 itself, a paragraph earlier) give ten years or a decade: the finding may sit on
 * either of 003's sentences, and its source may be another article or 003's other sentence.
 */
export const SEED_CONFLICTS: readonly SeedConflict[] = [
  { name: '002: extended "for a fourth time" against 004\'s "twice"', article: '002', kind: 'count', claim: /for a fourth time/, sources: ['004'], sourceText: /extended twice/ },
  { name: '004: "extended twice" against 002\'s "fourth time"', article: '004', kind: 'count', claim: /extended twice/, sources: ['002'], sourceText: /for a fourth time/ },
  { name: '003: "nine years" against ten years', article: '003', kind: 'duration', claim: /\b(?:ten|nine) years\b/, sources: ['000', '001', '002', '003', '004'], sourceText: /\b(?:ten|nine)[- ]years?\b|\bdecade/ },
  { name: '003: "not yet clear" whom the US supports, against 001/002', article: '003', kind: 'certainty', claim: /not yet clear who the US/, sources: ['001', '002'], sourceText: /\b(?:US|U\.S\.|United States|Biden|Washington)\b/ },
];

/** The claim whose hover must list corroborating sources, and the conflicting one whose hover must show the other value. */
export const SUPPORTED_CLAIM = { article: '002', needle: 'have backed outgoing Dutch Prime Minister' } as const;
export const CONFLICTING_CLAIM = { article: '002', needle: 'for a fourth time', sourceArticle: '004', sourceNeedle: 'extended twice', sourceValue: 'twice' } as const;
/** A quote 002 attributes to an unnamed official, which 004 carries too. */
export const SHARED_QUOTE = { article: '002', needle: 'President Biden strongly endorses', speaker: 'a US official', cue: 'said', elsewhere: '004' } as const;
/** 004's count conflict: replacing its value with 002's makes the conflict go. */
export const REPLACEABLE_CONFLICT = { article: '004', needle: 'extended twice', from: 'twice', to: 'fourth time', source: '002' } as const;

/**
 * Whether a claim/conflicting diagnostic still carries the replaced count conflict: its message or
 * one of its related locations is about the count. The sentence may keep another conflict (its
 * "decade-long" tenure against "nine years"), which the fix does not touch.
 */
export function showsCountConflict(message: string, relatedMessages: readonly string[]): boolean {
  return /^Conflicting count\b/.test(message) || relatedMessages.some((m) => m.startsWith('count:'));
}

/** The parts of a diagnostic the checks read, as both LSP and the `vscode` API can give them. */
export interface DiagnosticLike {
  readonly code: string | undefined;
  readonly message: string;
  readonly text: string;
  readonly related: ReadonlyArray<{ readonly file: string; readonly text: string }>;
}

/**
 * The diagnostic of `diagnostics` (the flagged article's) that shows `expected`, or an error that
 * says what was there instead, so that a failure can be read without a debugger.
 */
export function findSeedConflict(expected: SeedConflict, diagnostics: readonly DiagnosticLike[]): { found?: DiagnosticLike; problem?: string } {
  const conflicts = diagnostics.filter((d) => d.code === 'claim/conflicting');
  const onClaim = conflicts.filter((d) => expected.claim.test(d.text));
  if (onClaim.length === 0) {
    return { problem: `${expected.name}: no claim/conflicting on a claim matching ${expected.claim}; conflicts: ${JSON.stringify(conflicts.map((d) => d.message))}` };
  }
  const ofKind = onClaim.filter((d) => d.message.startsWith(`Conflicting ${expected.kind}`));
  if (ofKind.length === 0) return { problem: `${expected.name}: the claim is flagged, but not as a ${expected.kind} conflict: ${JSON.stringify(onClaim.map((d) => d.message))}` };
  const found = ofKind.find((d) => d.related.some((r) => expected.sources.some((s) => r.file.startsWith(s)) && expected.sourceText.test(r.text) && r.text !== d.text));
  if (!found) {
    const related = ofKind.flatMap((d) => d.related.map((r) => `${r.file}: ${r.text.slice(0, 80)}`));
    return { problem: `${expected.name}: no related location in ${expected.sources.join('/')} at a sentence matching ${expected.sourceText}; related: ${JSON.stringify(related)}` };
  }
  return { found };
}

/** Markdown links `[name](uri#Lline,column)` of a hover, with the place (1-based) they open. */
export function hoverLinks(markdown: string): Array<{ name: string; uri: string; line: number; column: number }> {
  return [...markdown.matchAll(/\[([^\]]+)\]\(([^)#\s]+)#L(\d+),(\d+)\)/g)].map((m) => ({ name: m[1].replace(/\\(.)/g, '$1'), uri: m[2], line: Number(m[3]), column: Number(m[4]) }));
}

/** The source lines of a claim hover: `- corroborates: [file](uri#Lline,column) (date): "excerpt"`. */
export function hoverSources(markdown: string): Array<{ relation: string; name: string; uri: string; line: number; column: number; date: string; excerpt: string }> {
  const sources = [];
  for (const line of markdown.split('\n')) {
    const m = /^- (corroborates|contradicts): \[([^\]]+)\]\(([^)#\s]+)#L(\d+),(\d+)\) \(([^)]*)\): "(.*)"$/.exec(line);
    if (m) sources.push({ relation: m[1], name: m[2].replace(/\\(.)/g, '$1'), uri: m[3], line: Number(m[4]), column: Number(m[5]), date: m[6], excerpt: m[7] });
  }
  return sources;
}

/** The text at a link's place, to the end of its line: the sentence the link should open at. */
export function textAtLink(fileText: string, link: { line: number; column: number }): string {
  return (fileText.split(/\r?\n/)[link.line - 1] ?? '').slice(link.column - 1);
}

/** Whether a hover's link opens its file where its excerpt begins (a shortened excerpt: somewhere on it). */
export function linkOpensExcerpt(fileText: string, source: { line: number; column: number; excerpt: string }): boolean {
  const at = textAtLink(fileText, source).replace(/\s+/g, ' ');
  const words = plainExcerpt(source.excerpt).slice(0, 40);
  return source.excerpt.startsWith('…') ? at.includes(words) : at.startsWith(words);
}

/** An excerpt as plain text: Markdown escapes, bold marks and the ellipses of a shortened sentence removed. */
export function plainExcerpt(excerpt: string): string {
  return excerpt.replace(/\*\*/g, '').replace(/\\(.)/g, '$1').replace(/^…|…$/g, '').trim();
}

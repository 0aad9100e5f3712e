/** Small helpers for the Markdown that hovers show: article text must never be read as markup. */

/** Escapes the characters Markdown would take as markup (article text is full of `*`, `_`, `[`). */
export function escapeMarkdown(text: string): string {
  // Inline text only (excerpts, file names): line-start markup such as `#` or `1.` cannot arise.
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/\s+/g, ' ');
}

const EXCERPT_CHARS = 240;

/**
 * A sentence as an excerpt, with `[boldStart, boldEnd)` (offsets into `text`) in bold, shortened
 * around the bold part when the sentence is long.
 */
export function excerpt(text: string, bold?: { start: number; end: number }): string {
  const valid = bold && 0 <= bold.start && bold.start < bold.end && bold.end <= text.length ? bold : undefined;
  let from = 0;
  let to = text.length;
  if (text.length > EXCERPT_CHARS) {
    const centre = valid ? Math.floor((valid.start + valid.end) / 2) : 0;
    from = Math.max(0, Math.min(centre - EXCERPT_CHARS / 2, text.length - EXCERPT_CHARS));
    to = Math.min(text.length, from + EXCERPT_CHARS);
    if (valid) {
      from = Math.min(from, valid.start);
      to = Math.max(to, valid.end);
    }
  }
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  if (!valid) return prefix + escapeMarkdown(text.slice(from, to).trim()) + suffix;
  const before = escapeMarkdown(text.slice(from, valid.start));
  const value = escapeMarkdown(text.slice(valid.start, valid.end).trim());
  const after = escapeMarkdown(text.slice(valid.end, to));
  return `${prefix}${before.trimStart()}**${value}**${after.trimEnd()}${suffix}`;
}

/**
 * A link that opens an article at a place: `uri#L12,5` (1-based line and column), the form VS Code's
 * opener reads for file links, so that a click lands on the sentence, not on its paragraph's start.
 */
export function placeLink(uri: string, lines: { positionAt(offset: number): { line: number; character: number } }, offset: number): string {
  const { line, character } = lines.positionAt(offset);
  return `${uri}#L${line + 1},${character + 1}`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * How a source article's date reads in a hover: its header date, or for an undated article the
 * date its body suggests, marked as such so that nobody takes it for the header's.
 */
export function dateLabel(date: string | undefined, located: { date?: string; dateInferred?: boolean } | undefined): string {
  if (date) return date;
  if (located?.date) return located.dateInferred ? `undated; its body suggests ${located.date}` : located.date;
  return 'undated';
}

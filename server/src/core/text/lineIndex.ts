/**
 * Conversion between UTF-16 offsets and zero-based line/character positions, with line breaks as
 * the LSP defines them (`\r\n`, `\n` and a lone `\r`). Every front end converts through here, so
 * that the CLI's `path:line:col`, the JSON report and the language server agree to the character.
 */

export interface Position {
  /** Zero-based line. */
  readonly line: number;
  /** Zero-based UTF-16 code unit offset within the line. */
  readonly character: number;
}

export interface LineRange {
  readonly start: Position;
  readonly end: Position;
}

export class LineIndex {
  /** Offset of the first character of each line; always starts with 0. */
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The position of an offset; offsets outside the text are clamped to it. */
  positionAt(offset: number): Position {
    return positionIn(this.lineStarts, this.text.length, offset);
  }

  /** What `rangeOf` reads, to keep without the text (see `LineRanges`). */
  get lineStartOffsets(): readonly number[] {
    return this.lineStarts;
  }

  get textLength(): number {
    return this.text.length;
  }

  /** The offset of a position; characters past the line's end clamp to the end of that line. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineContentEnd(position.line);
    return Math.max(start, Math.min(start + position.character, end));
  }

  rangeOf(span: { start: number; end: number }): LineRange {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** Offset of the first character of a line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset just before the line break that ends a line (or the text's end). */
  lineContentEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

/** Spans to ranges from a text's line starts and length alone, as `LineIndex.rangeOf` gives them. */
export class LineRanges {
  constructor(private readonly lineStarts: ArrayLike<number>, private readonly textLength: number) {}

  rangeOf(span: { start: number; end: number }): LineRange {
    return { start: positionIn(this.lineStarts, this.textLength, span.start), end: positionIn(this.lineStarts, this.textLength, span.end) };
  }
}

function positionIn(lineStarts: ArrayLike<number>, textLength: number, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, textLength));
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= clamped) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: clamped - lineStarts[low] };
}

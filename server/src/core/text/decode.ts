/**
 * Turning the bytes of a file into article text, or into a clear reason why they are not text.
 * Pure: the caller reads the bytes; nothing here touches the file system.
 */

export type DecodedArticle =
  | { readonly kind: 'text'; readonly text: string; readonly hadBom: boolean }
  | { readonly kind: 'binary'; readonly reason: string }
  | {
      readonly kind: 'invalid-utf8';
      /** The text decoded with U+FFFD for each bad sequence, so positions can still be shown. */
      readonly text: string;
      /** UTF-16 offset in `text` of the first replacement character. */
      readonly firstBadOffset: number;
      readonly byteOffset: number;
    };

const BOM = 0xfeff;
/** How much of the file the binary sniffing looks at: enough for any header, cheap for huge files. */
const SNIFF_BYTES = 8192;

export function decodeArticleBytes(bytes: Uint8Array): DecodedArticle {
  const binaryReason = sniffBinary(bytes);
  if (binaryReason) return { kind: 'binary', reason: binaryReason };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return stripBom(text);
  } catch {
    const byteOffset = firstInvalidUtf8(bytes);
    const prefix = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, byteOffset));
    const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const hasBom = prefix.charCodeAt(0) === BOM;
    return {
      kind: 'invalid-utf8',
      text: hasBom ? lossy.slice(1) : lossy,
      firstBadOffset: hasBom ? prefix.length - 1 : prefix.length,
      byteOffset,
    };
  }
}

/** Editors hide a byte order mark; so do we, so that positions match what the editor shows. */
export function stripBom(text: string): { kind: 'text'; text: string; hadBom: boolean } {
  return text.charCodeAt(0) === BOM ? { kind: 'text', text: text.slice(1), hadBom: true } : { kind: 'text', text, hadBom: false };
}

/**
 * A NUL byte, or many control characters that text never has, mean the file is not an article.
 * UTF-16 text also has NULs; it is reported as binary too, since the format is UTF-8.
 */
function sniffBinary(bytes: Uint8Array): string | undefined {
  const length = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i];
    if (b === 0) return 'it contains NUL bytes';
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) controls++;
  }
  if (length > 0 && controls / length > 0.1) return 'more than a tenth of its first bytes are control characters';
  return undefined;
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

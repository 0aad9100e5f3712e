/**
 * The file format shared by the check cache (`--cache`) and the corpus index (`corroborate
 * index`): a stamp saying which program and settings wrote it, then keyed entries, each a value
 * serialised with node's structured serialiser (which keeps Sets and shared objects, as sentence
 * features need). A file written by another program or for other settings is ignored as a whole;
 * each entry carries a checksum, and a damaged entry is ignored (and recomputed): a cache may make
 * a check faster, never different.
 *
 * Entries are read from the file one by one when asked for, never the whole file at once, so a
 * large corpus's cache costs the memory of what is used; entries added during a run go to a spill
 * file beside it as they come. Saving appends the added entries and a new entry table to the end
 * of the file, so that a run that changed little writes little (rewriting a 10,000-article cache
 * took 6 s); once more than half of the file is entries no longer used, saving writes a new,
 * compact file instead, copying the kept entries' bytes without deserialising them.
 *
 * Layout: the line `corroborate-cache 2`, the entries' bytes, one line of JSON (the stamp, then
 * each entry's key, offset, length and checksum), and a fixed-width last line giving where that
 * table starts. A table written earlier and the entries only it listed stay behind as unused bytes.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { shortHash } from './hashes';

export { programFingerprint, sha256, shortHash } from './hashes';
import * as zlib from 'node:zlib';

/** `zlib.crc32` (node 20.15 and later). */
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

const MAGIC = 'corroborate-cache 2\n';
/** The last line: where the entry table starts, as 16 digits (a fixed width, so it is found from the end). */
const FOOTER_PREFIX = '\ntable at ';
const FOOTER_LENGTH = FOOTER_PREFIX.length + 16 + 1;
/** Raised whenever the layout or the meaning of stored values changes. */
export const CACHE_FORMAT_VERSION = 6;

/** What must match for a file's entries to be used. */
export interface FileStamp {
  readonly kind: 'cache' | 'index';
  /** `programFingerprint()`: the exact program that wrote the file. */
  readonly program: string;
  /** `configFingerprint()`: the settings the analyses were made under. */
  readonly config: string;
}

type EntryRow = readonly [key: string, offset: number, length: number, checksum: string];

interface Header extends FileStamp {
  readonly formatVersion: number;
  /** The serialiser's format depends on the V8 version. */
  readonly v8: string;
  readonly entries: readonly EntryRow[];
}

export type ReadOutcome = { readonly status: 'missing' } | { readonly status: 'unusable'; readonly reason: string; readonly damaged: boolean } | { readonly status: 'read'; readonly entries: number };

/**
 * Keyed values read from a file and added during a run. `save` keeps only the entries that were
 * read (`get`, `keep`) or added (`put`) in this run, so that a cache does not grow without bound.
 */
export class EntryFile {
  private readonly stored = new Map<string, { offset: number; length: number; checksum: string }>();
  /**
   * Entries added in this run: where each sits in the spill file, or its bytes when there is no
   * spill file. Added entries are written out as they come, so that a large corpus's new cache
   * (2 GB at 10,000 articles) is not held in memory until `save`.
   */
  private readonly added = new Map<string, Buffer | { offset: number; length: number; checksum: string }>();
  private spill?: { fd: number; file: string; size: number } | null;
  private readonly used = new Set<string>();
  private scratch = Buffer.allocUnsafe(1 << 16);
  private fd: number | undefined;
  /** Where the file's entry table starts: the bytes before it are the magic line and entries. */
  private tableStart = 0;
  private damagedEntries = 0;
  outcome: ReadOutcome = { status: 'missing' };
  /** Told once when an entry turns out damaged. */
  onDamage: (reason: string) => void = () => undefined;

  private constructor(readonly file: string, readonly stamp: FileStamp) {}

  /** Opens `file`; a missing, foreign or damaged file gives an empty one (see `outcome`). */
  static open(file: string, stamp: FileStamp): EntryFile {
    const entries = new EntryFile(file, stamp);
    try {
      entries.fd = openSync(file, 'r');
    } catch {
      return entries;
    }
    const problem = entries.readHeader();
    if (problem) {
      entries.close();
      entries.stored.clear();
      entries.outcome = { status: 'unusable', ...problem };
    } else {
      entries.outcome = { status: 'read', entries: entries.stored.size };
    }
    return entries;
  }

  /** An empty file to fill and save (the index command). */
  static create(file: string, stamp: FileStamp): EntryFile {
    return new EntryFile(file, stamp);
  }

  /** The value stored under `key`, or undefined (also when its bytes are damaged). */
  get(key: string): unknown {
    const bytes = this.readAdded(key) ?? this.readEntry(key);
    if (!bytes) return undefined;
    try {
      const value: unknown = deserialize(bytes);
      this.used.add(key);
      return value;
    } catch {
      return undefined;
    }
  }

  /** Keeps an entry without reading it; false if there is none. */
  keep(key: string): boolean {
    if (!this.added.has(key) && !this.stored.has(key)) return false;
    this.used.add(key);
    return true;
  }

  /** Stores `value` (serialised now, so later changes to it are not recorded). */
  put(key: string, value: unknown): void {
    this.putBytes(key, serialize(value));
  }

  /** The bytes stored under `key` by `putBytes`, as they were (undefined when missing or damaged). */
  getBytes(key: string): Buffer | undefined {
    const bytes = this.readAdded(key) ?? this.readEntry(key);
    if (bytes) this.used.add(key);
    return bytes;
  }

  /**
   * The bytes stored under `key`, in a buffer this file reuses: valid until the next call. (A
   * re-check copies 10,000 report lines out; a new buffer for each kept the collector busy.)
   */
  viewBytes(key: string): Buffer | undefined {
    const added = this.added.get(key);
    const row = added ? (Buffer.isBuffer(added) ? undefined : added) : this.stored.get(key);
    if (Buffer.isBuffer(added)) return added;
    if (!row || (added ? !this.spill : this.fd === undefined)) return undefined;
    if (this.scratch.length < row.length) this.scratch = Buffer.allocUnsafe(Math.max(row.length, 2 * this.scratch.length));
    const view = this.scratch.subarray(0, row.length);
    try {
      readFully(added ? this.spill!.fd : this.fd!, view, row.offset);
    } catch {
      return undefined;
    }
    if (checksum(view) !== row.checksum) return undefined;
    this.used.add(key);
    return view;
  }

  /** Stores bytes as they are (a report line is copied out again without being decoded). */
  putBytes(key: string, bytes: Buffer): void {
    const spill = this.openSpill();
    if (spill) {
      writeAll(spill.fd, bytes);
      this.added.set(key, { offset: spill.size, length: bytes.length, checksum: checksum(bytes) });
      spill.size += bytes.length;
    } else {
      this.added.set(key, bytes);
    }
    this.used.add(key);
  }

  /** The spill file, created on the first entry added; null when it cannot be (entries then stay in memory). */
  private openSpill(): { fd: number; file: string; size: number } | null {
    if (this.spill !== undefined) return this.spill;
    const file = `${this.file}.${process.pid}.spill`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      this.spill = { fd: openSync(file, 'w+'), file, size: 0 };
    } catch {
      this.spill = null;
    }
    return this.spill;
  }

  private readAdded(key: string): Buffer | undefined {
    const entry = this.added.get(key);
    if (!entry || Buffer.isBuffer(entry)) return entry;
    const bytes = Buffer.allocUnsafe(entry.length);
    let read = 0;
    while (read < entry.length) {
      const n = readSync(this.spill!.fd, bytes, read, entry.length - read, entry.offset + read);
      if (n === 0) throw new Error('the spill file is shorter than what was written to it');
      read += n;
    }
    return bytes;
  }

  /** Whether saving would change the file: something was added, damaged, or left unused. */
  get changed(): boolean {
    if (this.added.size > 0 || this.damagedEntries > 0 || this.outcome.status !== 'read') return true;
    for (const key of this.stored.keys()) if (!this.used.has(key)) return true;
    return false;
  }

  /**
   * Writes the used and added entries: appended to the file with a new table when most of its
   * bytes stay in use, else to a new compact file that replaces the old one at once.
   */
  save(): { bytes: number; entries: number; appended: boolean } {
    const keys = [...new Set([...this.stored.keys(), ...this.added.keys()])].filter((k) => this.used.has(k)).sort();
    const keptBytes = keys.reduce((sum, key) => sum + (this.added.has(key) ? 0 : this.stored.get(key)!.length), 0);
    const canAppend = this.fd !== undefined && this.outcome.status === 'read' && this.damagedEntries === 0 && keptBytes * 2 >= this.tableStart - MAGIC.length;
    return canAppend ? this.append(keys) : this.rewrite(keys);
  }

  /** Adds the new entries and a table after what the file holds; the old entries stay where they are. */
  private append(keys: readonly string[]): { bytes: number; entries: number; appended: boolean } {
    const out = openSync(this.file, 'r+');
    let end = fstatSync(out).size;
    const rows: EntryRow[] = [];
    try {
      for (const key of keys) {
        const added = this.added.get(key);
        if (!added) {
          const from = this.stored.get(key)!;
          rows.push([key, from.offset, from.length, from.checksum]);
          continue;
        }
        const bytes = Buffer.isBuffer(added) ? added : this.readAdded(key)!;
        writeAllAt(out, bytes, end);
        rows.push([key, end, bytes.length, Buffer.isBuffer(added) ? checksum(added) : added.checksum]);
        end += bytes.length;
      }
      const tail = this.tableAndFooter(rows, end);
      writeAllAt(out, tail, end);
      end += tail.length;
    } finally {
      closeSync(out);
    }
    this.close();
    return { bytes: end, entries: rows.length, appended: true };
  }

  /** Writes a new file holding only the kept and added entries, then puts it in the old one's place. */
  private rewrite(keys: readonly string[]): { bytes: number; entries: number; appended: boolean } {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    let end = 0;
    let rows = 0;
    try {
      const out = openSync(temporary, 'w');
      try {
        const entryRows: EntryRow[] = [];
        writeAll(out, Buffer.from(MAGIC, 'utf8'));
        end = MAGIC.length;
        for (const key of keys) {
          const added = this.added.get(key);
          const from = added ? undefined : this.stored.get(key)!;
          const bytes = from ? this.readRange(from.offset, from.length) : this.readAdded(key)!;
          writeAll(out, bytes);
          entryRows.push([key, end, bytes.length, from ? from.checksum : Buffer.isBuffer(added) ? checksum(added) : (added as { checksum: string }).checksum]);
          end += bytes.length;
        }
        const tail = this.tableAndFooter(entryRows, end);
        writeAll(out, tail);
        end += tail.length;
        rows = entryRows.length;
      } finally {
        closeSync(out);
      }
      // The old file is closed before it is replaced (Windows does not replace an open file).
      this.close();
      renameSync(temporary, this.file);
    } catch (error) {
      removeQuietly(temporary);
      this.close();
      throw error;
    }
    return { bytes: end, entries: rows, appended: false };
  }

  /** The entry table (one line of JSON) starting at byte `at`, and the last line that points to it. */
  private tableAndFooter(rows: readonly EntryRow[], at: number): Buffer {
    const header: Header = { ...this.stamp, formatVersion: CACHE_FORMAT_VERSION, v8: process.versions.v8, entries: rows };
    return Buffer.from(JSON.stringify(header) + FOOTER_PREFIX + String(at).padStart(16, '0') + '\n', 'utf8');
  }

  /** Releases the file and removes the spill file; entries not yet read (or saved) can no longer be. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.spill) {
      closeSync(this.spill.fd);
      removeQuietly(this.spill.file);
      this.spill = null;
      this.added.clear();
    }
  }

  private readEntry(key: string): Buffer | undefined {
    const row = this.stored.get(key);
    if (!row || this.fd === undefined) return undefined;
    let bytes: Buffer;
    try {
      bytes = this.readRange(row.offset, row.length);
    } catch {
      return undefined;
    }
    if (checksum(bytes) === row.checksum) return bytes;
    // Dropped, so that the saved file is whole again.
    this.stored.delete(key);
    if (this.damagedEntries++ === 0) this.onDamage('damaged (an entry fails its checksum)');
    return undefined;
  }

  private readRange(offset: number, length: number): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd!, bytes, read, length - read, offset + read);
      if (n === 0) throw new Error('the cache file is shorter than its table says');
      read += n;
    }
    return bytes;
  }

  /** Reads and checks the stamp and the entry table; a problem, or undefined when all is well. */
  private readHeader(): { reason: string; damaged: boolean } | undefined {
    const fd = this.fd!;
    const size = fstatSync(fd).size;
    const read = (at: number, length: number): string => {
      const bytes = Buffer.alloc(Math.max(0, Math.min(length, size - at)));
      let done = 0;
      while (done < bytes.length) {
        const n = readSync(fd, bytes, done, bytes.length - done, at + done);
        if (n === 0) break;
        done += n;
      }
      return bytes.subarray(0, done).toString('utf8');
    };
    if (read(0, MAGIC.length) !== MAGIC) {
      const older = /^corroborate-cache \d+\n$/.test(read(0, MAGIC.length));
      return older ? { reason: 'written by another version', damaged: false } : { reason: 'not a corroborate cache file', damaged: true };
    }
    const footer = size >= MAGIC.length + FOOTER_LENGTH ? read(size - FOOTER_LENGTH, FOOTER_LENGTH) : '';
    const start = footer.startsWith(FOOTER_PREFIX) && footer.endsWith('\n') ? Number(footer.slice(FOOTER_PREFIX.length, -1)) : NaN;
    if (!Number.isInteger(start) || start < MAGIC.length || start > size - FOOTER_LENGTH) return { reason: 'damaged (truncated, or no entry table)', damaged: true };
    let header: Header;
    try {
      header = JSON.parse(read(start, size - FOOTER_LENGTH - start)) as Header;
    } catch {
      return { reason: 'damaged (unreadable entry table)', damaged: true };
    }
    if (header.formatVersion !== CACHE_FORMAT_VERSION || header.v8 !== process.versions.v8) return { reason: 'written by another version', damaged: false };
    if (header.kind !== this.stamp.kind) return { reason: `a ${header.kind} file, not a ${this.stamp.kind} file`, damaged: false };
    if (header.program !== this.stamp.program) return { reason: 'written by another version of corroborate', damaged: false };
    if (header.config !== this.stamp.config) return { reason: 'written under other settings', damaged: false };
    if (!Array.isArray(header.entries)) return { reason: 'damaged (no entry table)', damaged: true };
    for (const row of header.entries) {
      const [key, offset, length, sum] = Array.isArray(row) ? row : [];
      if (typeof key !== 'string' || typeof sum !== 'string' || !(Number.isInteger(offset) && offset >= MAGIC.length) || !(Number.isInteger(length) && length >= 0) || offset + length > start) {
        return { reason: 'damaged (truncated, or a bad entry table)', damaged: true };
      }
      this.stored.set(key, { offset, length, checksum: sum });
    }
    this.tableStart = start;
    return undefined;
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** Fills `bytes` from `fd` at `position`; throws if the file ends first. */
function readFully(fd: number, bytes: Uint8Array, position: number): void {
  let read = 0;
  while (read < bytes.length) {
    const n = readSync(fd, bytes, read, bytes.length - read, position + read);
    if (n === 0) throw new Error('the file is shorter than its table says');
    read += n;
  }
}

function writeAllAt(fd: number, bytes: Uint8Array, position: number): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, position + written);
}

/**
 * An entry's checksum: CRC-32 where node has it (every entry read is checked, and a re-check
 * reads hundreds of megabytes of report lines), else SHA-256. The file is tied to the node that
 * wrote it (its V8 version is in the stamp), so both ends use the same one.
 */
function checksum(bytes: Uint8Array): string {
  return typeof crc32 === 'function' ? crc32(bytes).toString(16) : shortHash(bytes);
}

/** Removes a half-written temporary file, if there is one. */
function removeQuietly(file: string): void {
  try {
    if (statSync(file).isFile()) unlinkSync(file);
  } catch {
    // Nothing to remove.
  }
}

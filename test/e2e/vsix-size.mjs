// Prints the size and the file list of a packaged extension and fails when it is too large.
// Usage: node test/e2e/vsix-size.mjs <file.vsix> [maxMegabytes=10]
import { statSync, readFileSync } from 'node:fs';

const [file, maxArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node test/e2e/vsix-size.mjs <file.vsix> [maxMegabytes]');
  process.exit(2);
}
const maxBytes = Number(maxArg ?? 10) * 1024 * 1024;
const size = statSync(file).size;

/** The entries of a zip's central directory: enough to list what the package ships. */
function zipEntries(bytes) {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    entries.push({ name: bytes.toString('utf8', at + 46, at + 46 + nameLength), size: bytes.readUInt32LE(at + 24) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const entries = zipEntries(readFileSync(file));
for (const entry of entries) console.log(`  ${(entry.size / 1024).toFixed(0).padStart(7)} KiB  ${entry.name}`);
const megabytes = (size / 1024 / 1024).toFixed(2);
const forbidden = entries.filter((e) => /\.map$|(^|\/)node_modules\/|\.ts$/.test(e.name));
if (forbidden.length) {
  console.error(`${file}: ships files it should not: ${forbidden.map((e) => e.name).join(', ')}`);
  process.exit(1);
}
if (size > maxBytes) {
  console.error(`${file}: ${megabytes} MB, over the ${maxArg ?? 10} MB limit`);
  process.exit(1);
}
console.log(`${file}: ${megabytes} MB (limit ${maxArg ?? 10} MB), ${entries.length} files`);

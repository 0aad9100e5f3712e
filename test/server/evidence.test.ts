/**
 * The evidence features on the seed corpus, over JSON-RPC: the four conflicts with links to their
 * sources, hovers that list corroborating and contradicting sources, quote hovers, references, the
 * code lens, quotes in the outline, and a conflicting value replaced and checked again. The
 * expectations are shared with the integration suite in VS Code (`test/e2e/suite/seed.ts`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { type CodeAction, type CodeLens, type Diagnostic, type DocumentSymbol, FileChangeType, type Hover, type Location, type Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CONFLICTING_CLAIM, type DiagnosticLike, findSeedConflict, hoverLinks, hoverSources, linkOpensExcerpt, REPLACEABLE_CONFLICT, SEED_CONFLICTS, SHARED_QUOTE, showsCountConflict, SUPPORTED_CLAIM, textAtLink,
} from '../e2e/suite/seed';
import { TestClient, natoCopy, positionOf, uri, warmUp } from './harness';

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  return typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

/** The text of a range of a file on disk (the related locations point into closed articles). */
function textAt(fileUri: string, range: Range): string {
  const file = fileURLToPath(fileUri);
  const document = TextDocument.create(fileUri, 'dated-article', 0, readFileSync(file, 'utf8'));
  return document.getText(range);
}

function lineOf(file: string, needle: string): number {
  return positionOf(readFileSync(file, 'utf8'), needle).line;
}

function contains(range: Range, position: { line: number; character: number }): boolean {
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, position) && before(position, range.end);
}

describe('evidence on the seed corpus', () => {
  let client: TestClient;
  let nato: ReturnType<typeof natoCopy>;
  before(async () => {
    warmUp();
    nato = natoCopy();
    client = new TestClient();
    await client.initialize([nato.dir]);
  });
  after(() => client.dispose());

  const describeDiagnostics = (diagnostics: Diagnostic[], documentUri: string): DiagnosticLike[] =>
    diagnostics.map((d) => ({
      code: typeof d.code === 'string' ? d.code : undefined,
      message: typeof d.message === 'string' ? d.message : d.message.value,
      text: textAt(documentUri, d.range),
      related: (d.relatedInformation ?? []).map((r) => ({ file: path.basename(fileURLToPath(r.location.uri)), text: textAt(r.location.uri, r.location.range) })),
    }));

  const openWithConflicts = async (prefix: string): Promise<{ documentUri: string; diagnostics: Diagnostic[] }> => {
    const documentUri = await client.open(nato.file(prefix));
    const diagnostics = await client.diagnosticsFor(documentUri, (d) => d.some((x) => x.code === 'claim/conflicting'));
    return { documentUri, diagnostics };
  };

  test('the four conflicts are claim/conflicting diagnostics on the right articles, related to the source sentences', async () => {
    for (const expected of SEED_CONFLICTS) {
      const { documentUri, diagnostics } = await openWithConflicts(expected.article);
      const { found, problem } = findSeedConflict(expected, describeDiagnostics(diagnostics, documentUri));
      assert.ok(found, problem);
      const diagnostic = diagnostics.find((d) => d.message === found.message && textAt(documentUri, d.range) === found.text)!;
      assert.equal(diagnostic.source, 'corroborate');
      assert.equal(diagnostic.severity, 2, 'a warning');
      assert.match(diagnostic.codeDescription?.href ?? '', /#claim-conflicting$/);
      for (const related of diagnostic.relatedInformation ?? []) {
        // Every related location is a whole sentence of an article of the corpus, with the value it gives.
        assert.ok(related.location.uri.startsWith(uri(nato.dir)), related.location.uri);
        assert.match(textAt(related.location.uri, related.location.range), /^\S.*\S$/s);
        assert.match(related.message, /^[a-z]+: "/);
      }
    }
  });

  test('hover on a supported claim lists its corroborating sources: file, date, excerpt and a link to the line', async () => {
    const documentUri = await client.open(nato.file(SUPPORTED_CLAIM.article));
    const position = positionOf(client.text(documentUri), SUPPORTED_CLAIM.needle);
    const hover = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: documentUri }, position }));
    assert.match(hover, /^\*\*Supported claim\*\*/);
    const sources = hoverSources(hover).filter((s) => s.relation === 'corroborates');
    const files = new Set(sources.map((s) => s.name));
    assert.ok(files.size >= 2, `at least two corroborating articles: ${hover}`);
    for (const source of sources) {
      assert.match(source.name, /^00[0-4]_[0-9a-f]+\.txt$/);
      assert.match(source.date, /^(?:\d{4}-\d{2}-\d{2}|undated; its body suggests \d{4}-\d{2}-\d{2})$/);
      // The link opens the source's file where the excerpt's sentence begins.
      assert.ok(linkOpensExcerpt(readFileSync(fileURLToPath(source.uri), 'utf8'), source), `${source.name}#L${source.line},${source.column} opens at "${source.excerpt}"`);
    }
    assert.ok(sources.some((s) => /^\d{4}/.test(s.date)), 'dated sources show their date');
    const count = /corroborated by (\d+) articles, (\d+) independent/.exec(hover);
    assert.ok(count && Number(count[1]) === files.size, hover);
  });

  test('hover on a conflicting claim shows the other value in bold and links to the source sentence', async () => {
    const documentUri = await client.open(nato.file(CONFLICTING_CLAIM.article));
    const position = positionOf(client.text(documentUri), CONFLICTING_CLAIM.needle);
    const hover = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: documentUri }, position }));
    assert.match(hover.replace(/\\_/g, '_'), new RegExp(`^\\*\\*Conflicting claim\\*\\*: the count differs, "fourth time" here, "${CONFLICTING_CLAIM.sourceValue}" in ${CONFLICTING_CLAIM.sourceArticle}_`));
    const source = hoverSources(hover).find((s) => s.relation === 'contradicts' && s.name.startsWith(CONFLICTING_CLAIM.sourceArticle));
    assert.ok(source, hover);
    assert.ok(source.excerpt.includes(`**${CONFLICTING_CLAIM.sourceValue}**`), source.excerpt);
    assert.equal(source.uri, uri(nato.file(CONFLICTING_CLAIM.sourceArticle)));
    assert.equal(source.line, lineOf(nato.file(CONFLICTING_CLAIM.sourceArticle), CONFLICTING_CLAIM.sourceNeedle) + 1);
    assert.ok(linkOpensExcerpt(readFileSync(nato.file(CONFLICTING_CLAIM.sourceArticle), 'utf8'), source), 'the link opens the sentence');
  });

  test('Find All References on a conflicting claim returns the claim and its source sentences', async () => {
    const documentUri = await client.open(nato.file(CONFLICTING_CLAIM.article));
    const position = positionOf(client.text(documentUri), CONFLICTING_CLAIM.needle);
    const references = await client.request<Location[]>('textDocument/references', { textDocument: { uri: documentUri }, position, context: { includeDeclaration: true } });
    assert.ok(contains(references[0].range, position) && references[0].uri === documentUri);
    const sourceFile = nato.file(CONFLICTING_CLAIM.sourceArticle);
    const at = positionOf(readFileSync(sourceFile, 'utf8'), CONFLICTING_CLAIM.sourceNeedle);
    assert.ok(references.some((r) => r.uri === uri(sourceFile) && contains(r.range, at)), JSON.stringify(references));
    const without = await client.request<Location[]>('textDocument/references', { textDocument: { uri: documentUri }, position, context: { includeDeclaration: false } });
    assert.equal(without.length, references.length - 1);
  });

  test('hover on a quote names the speaker and the cue, and where else the quote appears', async () => {
    const documentUri = await client.open(nato.file(SHARED_QUOTE.article));
    const position = positionOf(client.text(documentUri), SHARED_QUOTE.needle, 3);
    const hover = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: documentUri }, position }));
    const quote = hover.split('\n\n---\n\n').find((section) => section.startsWith('**Quote**'));
    assert.ok(quote, hover);
    assert.ok(quote.startsWith(`**Quote** by **${SHARED_QUOTE.speaker}** (not named), cue \`${SHARED_QUOTE.cue}\``), quote);
    assert.match(quote, /Also in \d+ other articles?:/);
    const elsewhere = hoverLinks(quote).find((l) => l.name.startsWith(SHARED_QUOTE.elsewhere));
    assert.ok(elsewhere, quote);
    assert.ok(textAtLink(readFileSync(fileURLToPath(elsewhere.uri), 'utf8'), elsewhere).startsWith(SHARED_QUOTE.needle), `the link opens the quote in ${elsewhere.name}`);
    assert.ok(quote.includes(`attributed to ${SHARED_QUOTE.speaker}`), quote);
  });

  test('the code lens on line 0 counts the verdicts, matching the claim diagnostics', async () => {
    const { documentUri, diagnostics } = await openWithConflicts(CONFLICTING_CLAIM.article);
    const [lens] = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: documentUri } });
    assert.deepEqual(lens.range.start, { line: 0, character: 0 });
    const count = (code: string) => diagnostics.filter((d) => d.code === code).length;
    assert.match(lens.command!.title, new RegExp(`^\\d+ supported · ${count('claim/conflicting')} conflicting · ${count('claim/unsupported')} unsupported( · |$)`));
  });

  test('the outline holds each quote under its paragraph, with its speaker', async () => {
    const documentUri = await client.open(nato.file(SHARED_QUOTE.article));
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: documentUri } });
    const at = positionOf(client.text(documentUri), SHARED_QUOTE.needle);
    const paragraph = symbols.find((s) => s.detail === 'paragraph' && contains(s.range, at));
    const quote = paragraph?.children?.find((c) => contains(c.range, at));
    assert.ok(quote, JSON.stringify(paragraph));
    assert.equal(quote.detail, SHARED_QUOTE.speaker);
    assert.match(quote.name, /^“President Biden strongly endorses .* …”$/);
  });

  test('"replace the conflicting value" names its source, applies, and the conflict goes on the next check', async () => {
    const { documentUri, diagnostics } = await openWithConflicts(REPLACEABLE_CONFLICT.article);
    const at = positionOf(client.text(documentUri), REPLACEABLE_CONFLICT.needle);
    const conflict = diagnostics.find((d) => d.code === 'claim/conflicting' && contains(d.range, at));
    assert.ok(conflict, 'the count conflict');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: documentUri }, range: conflict.range, context: { diagnostics: [conflict] } });
    const replace = actions.find((a) => a.title.startsWith(`Replace "${REPLACEABLE_CONFLICT.from}" with "${REPLACEABLE_CONFLICT.to}" (as ${REPLACEABLE_CONFLICT.source}_`));
    assert.ok(replace?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(replace.isPreferred, true, 'the only value the sources give is preferred');
    const mark = client.diagnostics.mark;
    const version = await client.applyEdit(documentUri, replace.edit);
    assert.ok(client.text(documentUri).includes(`extended ${REPLACEABLE_CONFLICT.to}`));
    const after = await client.diagnostics.waitFor((p) => p.uri === documentUri && p.version === version, mark);
    const sentence = client.rangeOf(documentUri, `extended ${REPLACEABLE_CONFLICT.to}`).start;
    const left = after.diagnostics.filter((d) => d.code === 'claim/conflicting' && contains(d.range, sentence));
    assert.ok(!left.some((d) => showsCountConflict(String(d.message), (d.relatedInformation ?? []).map((r) => r.message))), `the count conflict is gone: ${JSON.stringify(left.map((d) => d.message))}`);
  });
});

describe('a deleted source', () => {
  before(warmUp);

  test('deleting 004 through didChangeWatchedFiles removes the count conflict from 002, and nothing else cites 004', async () => {
    const nato = natoCopy();
    const client = new TestClient();
    try {
      await client.initialize([nato.dir]);
      const documentUri = await client.open(nato.file(CONFLICTING_CLAIM.article));
      const deleted = uri(nato.file(CONFLICTING_CLAIM.sourceArticle));
      const at = positionOf(client.text(documentUri), CONFLICTING_CLAIM.needle);
      const isCount = (d: Diagnostic) => d.code === 'claim/conflicting' && contains(d.range, at);
      await client.diagnosticsFor(documentUri, (d) => d.some(isCount));
      rmSync(nato.file(CONFLICTING_CLAIM.sourceArticle));
      const mark = client.diagnostics.mark;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: deleted, type: FileChangeType.Deleted }] });
      const after = await client.diagnosticsFor(documentUri, () => true, mark);
      assert.ok(!after.some(isCount), 'the count conflict is gone');
      assert.ok(!after.some((d) => d.relatedInformation?.some((r) => r.location.uri === deleted)), 'no diagnostic cites the deleted article');
      // With its only source gone, the claim stands alone.
      assert.ok(after.some((d) => d.code === 'claim/unsupported' && contains(d.range, at)), 'the claim is now unsupported');
    } finally {
      await client.dispose();
    }
  });
});

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { writeFileSync } from 'node:fs';
import type { CodeAction, CodeLens, Diagnostic, DocumentSymbol, Hover, Location, WorkspaceEdit } from 'vscode-languageserver';
import { Corpus } from '../../server/src/core/corpus';
import { MISSING_DATE } from '../../server/src/core/article/parse';
import { parseConfigText } from '../../server/src/core/config';
import type { CorpusStatus } from '../../server/src/lsp/protocol';
import { TestClient, applyWorkspaceEdit, natoCopy, positionOf, tempFolder, uri, warmUp } from './harness';

/** The findings the core reports for a text on its own (after suppression comments). */
function findingsOf(text: string): { code: string; start: number }[] {
  const corpus = new Corpus();
  corpus.setText('check', text);
  return corpus.report('check')!.findings.map((f) => ({ code: f.code, start: f.span.start }));
}

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  return typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

describe('features on the seed corpus', () => {
  let client: TestClient;
  let nato: ReturnType<typeof natoCopy>;
  before(async () => {
    warmUp();
    nato = natoCopy();
    client = new TestClient();
    await client.initialize([nato.dir]);
  });
  after(() => client.dispose());

  const actionsAt = async (documentUri: string, needle: string, only?: string[]): Promise<CodeAction[]> => {
    const start = positionOf(client.text(documentUri), needle);
    return client.request('textDocument/codeAction', { textDocument: { uri: documentUri }, range: { start, end: start }, context: { diagnostics: [], ...(only ? { only } : {}) } });
  };
  const applied = (documentUri: string, action: CodeAction | undefined): string => {
    assert.ok(action?.edit, 'an action with an edit');
    return applyWorkspaceEdit(client.text(documentUri), action.edit, documentUri);
  };

  test('hover on the date header: the day and the dates of the corpus', async () => {
    const documentUri = await client.open(nato.file('000'));
    const text = client.text(documentUri);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: documentUri }, position: positionOf(text, 'date 2024-02-25', 8) });
    assert.equal(hoverText(hover), '**Sunday 25 February 2024** · corpus: 5 articles, 2024-02-22 … 2024-02-25 (1 undated)');
    assert.deepEqual(hover.range?.start, positionOf(text, 'date 2024-02-25'));
  });

  test('hover on boilerplate names its kind; hover on a finding gives the help of its code', async () => {
    const documentUri = await client.open(nato.file('004'));
    const boilerplate = await client.request<Hover>('textDocument/hover', { textDocument: { uri: documentUri }, position: positionOf(client.text(documentUri), 'Advertisment', 3) });
    assert.match(hoverText(boilerplate), /^\*\*Boilerplate\*\*: an advertisement marker\./);
    const diagnostics = await client.diagnosticsFor(documentUri);
    const missing = diagnostics.find((d) => d.code === 'format/missing-date')!;
    const finding = await client.request<Hover>('textDocument/hover', { textDocument: { uri: documentUri }, position: missing.range.start });
    assert.ok(hoverText(finding).includes(MISSING_DATE.help));
    assert.ok(hoverText(finding).includes('#format-missing-date'));
  });

  test('hover and references on a conflicting claim show its sources with links to their lines', async () => {
    // 003 disagrees with the others on how long Stoltenberg led NATO and on whom the US supports.
    const documentUri = await client.open(nato.file('003'));
    const conflict = (await client.diagnosticsFor(documentUri, (d) => d.some((x) => x.code === 'claim/conflicting'))).find((d) => d.code === 'claim/conflicting')!;
    const source = conflict.relatedInformation![0].location;
    // Other sections (a quote or claim ending where this one starts) may come first: take the conflict's.
    const sections = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: documentUri }, position: conflict.range.start })).split('\n\n---\n\n');
    const hover = sections.find((s) => s.startsWith('**Conflicting claim**')) ?? sections.join('\n---\n');
    assert.match(hover, /^\*\*Conflicting claim\*\*/);
    assert.ok(hover.includes(`](${source.uri}#L${source.range.start.line + 1},${source.range.start.character + 1})`), hover);
    assert.match(hover, /corroborated by \d+ articles?, \d+ independent/);
    const references = await client.request<Location[]>('textDocument/references', { textDocument: { uri: documentUri }, position: conflict.range.start, context: { includeDeclaration: true } });
    assert.deepEqual(references[0], { uri: documentUri, range: conflict.range });
    assert.ok(references.some((r) => r.uri === source.uri && r.range.start.line === source.range.start.line));
  });

  test('quick fix: insert the date header inferred from the body, as a versioned edit', async () => {
    const documentUri = await client.open(nato.file('004'));
    const diagnostics = await client.diagnosticsFor(documentUri);
    const missing = diagnostics.find((d) => d.code === 'format/missing-date') as Diagnostic & { data?: { fix?: { suggestedDate?: string } } };
    const date = missing.data?.fix?.suggestedDate;
    assert.equal(date, '2024-02-22');
    const start = missing.range.start;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: documentUri }, range: { start, end: start }, context: { diagnostics: [missing] } });
    const insert = actions.find((a) => a.title.startsWith('Insert date header'));
    assert.equal(insert?.isPreferred, true);
    const change = insert?.edit?.documentChanges?.[0];
    assert.ok(change && 'textDocument' in change);
    assert.equal(change.textDocument.version, client.version(documentUri));
    const fixed = applied(documentUri, insert);
    assert.ok(fixed.startsWith(` date ${date}\n`));
    assert.ok(!findingsOf(fixed).some((f) => f.code === 'format/missing-date'));
  });

  test('quick fix: remove a boilerplate line with its line break, leaving the rest intact', async () => {
    const documentUri = await client.open(nato.file('004'));
    const text = client.text(documentUri);
    const remove = (await actionsAt(documentUri, 'Advertisment')).find((a) => a.title === 'Remove an advertisement marker');
    const fixed = applied(documentUri, remove);
    const at = text.indexOf('Advertisment');
    assert.equal(fixed, text.slice(0, at) + text.slice(text.indexOf('\n', at) + 1));
    const count = (t: string) => findingsOf(t).filter((f) => f.code === 'format/boilerplate').length;
    assert.equal(count(fixed), count(text) - 1);
  });

  test('quick fixes: suppress a finding for its line or for the file', async () => {
    const documentUri = await client.open(nato.file('004'));
    const text = client.text(documentUri);
    const actions = await actionsAt(documentUri, 'Advertisment');
    const forLine = applied(documentUri, actions.find((a) => a.title === 'Disable format/boilerplate for this line'));
    assert.ok(forLine.includes('<!-- corroborate-disable-next-line format/boilerplate -->\nAdvertisment'));
    const lineStart = forLine.indexOf('\nAdvertisment') + 1;
    assert.ok(!findingsOf(forLine).some((f) => f.code === 'format/boilerplate' && f.start === lineStart));
    assert.ok(findingsOf(forLine).some((f) => f.code === 'format/boilerplate'), 'other boilerplate lines are still reported');

    const missing = (await actionsAt(documentUri, text.trimStart().split(/\s/)[0])).find((a) => a.title === 'Disable format/missing-date for this file');
    const forFile = applied(documentUri, missing);
    assert.ok(forFile.startsWith('<!-- corroborate-disable format/missing-date -->\n'));
    assert.ok(!findingsOf(forFile).some((f) => f.code === 'format/missing-date'));
  });

  test('source.fixAll.corroborate applies the safe fixes, and only when asked for', async () => {
    const documentUri = await client.open(nato.file('004'));
    const first = client.text(documentUri).trimStart().split(/\s/)[0];
    assert.ok(!(await actionsAt(documentUri, first)).some((a) => a.kind === 'source.fixAll.corroborate'));
    const fixAll = (await actionsAt(documentUri, first, ['source.fixAll'])).find((a) => a.kind === 'source.fixAll.corroborate');
    assert.ok(applied(documentUri, fixAll).startsWith(' date 2024-02-22\n'));
  });

  test('document symbols: the date header, then paragraphs named by their first words', async () => {
    const documentUri = await client.open(nato.file('001'));
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: documentUri } });
    assert.equal(symbols[0].name, 'date 2024-02-22');
    assert.equal(symbols[0].detail, 'Thursday 22 February 2024');
    const paragraphs = symbols.filter((s) => s.detail === 'paragraph');
    assert.ok(paragraphs.length >= 3);
    for (const p of paragraphs) assert.ok(p.name.split(' ').filter((w) => w !== '…').length <= 6, p.name);
  });

  test('code lens: a summary of the verdicts and format findings on the first line', async () => {
    const documentUri = await client.open(nato.file('004'));
    const diagnostics = await client.diagnosticsFor(documentUri);
    const [lens] = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: documentUri } });
    assert.equal(lens.range.start.line, 0);
    const boilerplate = diagnostics.filter((d) => d.code === 'format/boilerplate').length;
    assert.match(lens.command!.title, new RegExp(`^\\d+ supported · \\d+ conflicting · \\d+ unsupported · ${boilerplate} boilerplate lines · 1 format warning$`));
  });

  test('corroborate/checkCorpus totals agree with the diagnostics of every article', async () => {
    const counts = [0, 0, 0, 0];
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const documentUri = await client.open(nato.file(prefix));
      for (const d of await client.diagnosticsFor(documentUri)) counts[d.severity! - 1]++;
    }
    const status = await client.request<CorpusStatus>('corroborate/checkCorpus', {});
    assert.equal(status.articles, 5);
    assert.deepEqual(status.totals.severities, { error: counts[0], warning: counts[1], information: counts[2], hint: counts[3] });
    const ofOne = await client.request<CorpusStatus>('corroborate/checkCorpus', { uri: uri(nato.file('001')) });
    assert.deepEqual(ofOne, status);
    assert.equal((await client.request<CorpusStatus>('corroborate/checkCorpus', { uri: 'file:///nowhere/x.txt' })).articles, 0);
  });
});

describe('features on small fixtures', () => {
  before(warmUp);

  test('a malformed header is rewritten by a quick fix', async () => {
    const dir = tempFolder({ 'ferry.txt': 'Date: 22/02/2024\nHarbour ferry resumes service\nThe ferry returned to the harbour on Thursday.\n' });
    const client = new TestClient();
    try {
      await client.initialize([dir]);
      const documentUri = await client.open(path.join(dir, 'ferry.txt'));
      const hover = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: documentUri }, position: positionOf(client.text(documentUri), '22/02') }));
      assert.ok(hover.startsWith('**Thursday 22 February 2024** (read from `22/02/2024`; write `date 2024-02-22`)'), hover);
      const start = positionOf(client.text(documentUri), 'Date:');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: documentUri }, range: { start, end: start }, context: { diagnostics: [] } });
      const rewrite = actions.find((a) => a.title.startsWith('Rewrite the header'));
      const fixed = applyWorkspaceEdit(client.text(documentUri), rewrite!.edit!, documentUri);
      assert.ok(fixed.startsWith('date 2024-02-22\nHarbour ferry'));
      assert.ok(!findingsOf(fixed).some((f) => f.code.startsWith('format/malformed')));
      // A finding on the header line offers no line suppression: a comment above would displace the header.
      assert.ok(!actions.some((a) => a.title.endsWith('for this line')));
    } finally {
      await client.dispose();
    }
  });

  test('mark verified asks the client to create .corroborate.json, then to extend it', async () => {
    const dir = tempFolder({ 'a.txt': ' date 2024-03-01\nThe ferry carried 40 passengers.\n' });
    const client = new TestClient();
    try {
      await client.initialize([dir]);
      const documentUri = await client.open(path.join(dir, 'a.txt'));
      const configUri = uri(path.join(dir, '.corroborate.json'));
      const mark = client.appliedEdits.mark;
      const result = await client.request<{ applied: boolean }>('workspace/executeCommand', { command: 'corroborate.markVerified', arguments: [{ uri: documentUri, text: 'The ferry carried 40 passengers.' }] });
      assert.equal(result.applied, true);
      const { edit } = await client.appliedEdits.waitFor(() => true, mark);
      assert.deepEqual(edit.documentChanges?.[0], { kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
      const created = applyWorkspaceEdit('', edit, configUri);
      assert.deepEqual(parseConfigText(created).config.verified, [{ text: 'The ferry carried 40 passengers.', file: undefined }]);

      writeFileSync(path.join(dir, '.corroborate.json'), '{\n  // editors\' decisions\n  "failOn": "warning"\n}\n');
      const second = client.appliedEdits.mark;
      await client.request('workspace/executeCommand', { command: 'corroborate.markVerified', arguments: [{ uri: documentUri, text: 'The ferry sailed at noon.' }] });
      const extended = await client.appliedEdits.waitFor(() => true, second);
      const text = applyWorkspaceEdit('{\n  // editors\' decisions\n  "failOn": "warning"\n}\n', extended.edit as WorkspaceEdit, configUri);
      assert.ok(text.includes('// editors\' decisions'), 'comments are kept');
      const config = parseConfigText(text);
      assert.deepEqual(config.problems, []);
      assert.equal(config.config.failOn, 'warning');
      assert.deepEqual(config.config.verified.map((v) => v.text), ['The ferry sailed at noon.']);
    } finally {
      await client.dispose();
    }
  });
});

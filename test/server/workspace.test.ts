import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { rmSync, writeFileSync } from 'node:fs';
import { type CodeAction, type Diagnostic, FileChangeType, type Hover } from 'vscode-languageserver';
import type { CorpusStatus } from '../../server/src/lsp/protocol';
import { TestClient, applyWorkspaceEdit, natoCopy, positionOf, tempFolder, uri, warmUp } from './harness';

const STORY_A = ' date 2024-03-01\nFerry service resumes\nThe harbour ferry carried 40 passengers on its first crossing.\n';
const STORY_B = ' date 2024-03-02\nFerry crossing draws crowds\nOfficials said the first crossing carried 40 passengers.\n';
const UNDATED = 'Bridge repairs begin\nCrews closed the bridge on Monday for repairs.\n';

async function withClient(run: (client: TestClient) => Promise<void>, configure?: (client: TestClient) => void): Promise<void> {
  const client = new TestClient();
  configure?.(client);
  try {
    await run(client);
  } finally {
    await client.dispose();
  }
}

function hoverText(hover: Hover | null): string {
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

describe('the workspace', () => {
  before(warmUp);

  test('indexing reports progress and registers watchers for the article globs and the config file', () =>
    withClient(async (client) => {
      const dir = tempFolder({ 'a.txt': STORY_A, 'b.txt': STORY_B });
      const status = await client.initialize([dir]);
      assert.equal(status.articles, 2);
      const begin = await client.progress.waitFor((p) => p.value.kind === 'begin');
      await client.progress.waitFor((p) => p.value.kind === 'end' && p.token === begin.token);
      const registration = await client.registrations.waitFor((r) => r.method === 'workspace/didChangeWatchedFiles');
      const watchers = (registration.registerOptions as { watchers: Array<{ globPattern: unknown }> }).watchers.map((w) => w.globPattern);
      assert.deepEqual(watchers, [
        { baseUri: uri(dir), pattern: '**/*.txt' },
        { baseUri: uri(dir), pattern: '**/*.article' },
        { baseUri: uri(dir), pattern: '**/.corroborate.json' },
      ]);
      await client.registrations.waitFor((r) => r.method === 'workspace/didChangeConfiguration');
    }));

  test('a deleted file leaves the corpus and its conflicts vanish from the other articles', () =>
    withClient(async (client) => {
      const nato = natoCopy();
      await client.initialize([nato.dir]);
      // 004's count conflict and an altered quote of it cite 002.
      const documentUri = await client.open(nato.file('004'));
      const deleted = uri(nato.file('002'));
      const cites = (d: { relatedInformation?: Array<{ location: { uri: string } }> }) => d.relatedInformation?.some((r) => r.location.uri === deleted) ?? false;
      await client.diagnosticsFor(documentUri, (ds) => ds.some(cites));
      rmSync(nato.file('002'));
      const mark = client.diagnostics.mark;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: deleted, type: FileChangeType.Deleted }] });
      const after = await client.diagnosticsFor(documentUri, () => true, mark);
      assert.ok(!after.some(cites), 'no diagnostic refers to the deleted article');
      assert.equal((await client.request<CorpusStatus>('corroborate/checkCorpus', {})).articles, 4);
    }));

  test('created and changed files join the corpus; an open buffer wins over its file until closed', () =>
    withClient(async (client) => {
      const dir = tempFolder({ 'a.txt': STORY_A });
      await client.initialize([dir]);
      writeFileSync(path.join(dir, 'b.txt'), STORY_B);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(path.join(dir, 'b.txt')), type: FileChangeType.Created }] });
      assert.equal((await client.request<CorpusStatus>('corroborate/checkCorpus', {})).articles, 2);

      const a = path.join(dir, 'a.txt');
      const documentUri = await client.open(a, UNDATED);
      await client.diagnosticsFor(documentUri, (d) => d.some((x) => x.code === 'format/missing-date'));
      writeFileSync(a, STORY_A.replace('40', '41'));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: documentUri, type: FileChangeType.Changed }] });
      const onBuffer = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: documentUri }, position: { line: 0, character: 3 } });
      assert.ok(!hoverText(onBuffer).includes('2024'), 'the buffer has no header');

      await client.close(documentUri);
      const text = STORY_A;
      const onDisk = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: documentUri }, position: positionOf(text, 'date', 2) });
      assert.ok(hoverText(onDisk).startsWith('**Friday 1 March 2024** · corpus: 2 articles'), hoverText(onDisk));
    }));

  test('settings: editor severities apply, the config file overrides them, and disabling clears', () =>
    withClient(async (client) => {
      const dir = tempFolder({ 'a.txt': STORY_A, 'undated.txt': UNDATED });
      await client.initialize([dir]);
      const documentUri = await client.open(path.join(dir, 'undated.txt'));
      const severityOf = (code: string) => (ds: Array<{ code?: unknown; severity?: number }>) => ds.find((d) => d.code === code)?.severity;
      assert.equal(severityOf('format/missing-date')(await client.diagnosticsFor(documentUri)), 2);

      let mark = client.diagnostics.mark;
      await client.configure({ severities: { 'format/missing-date': 'error' } });
      await client.diagnosticsFor(documentUri, (d) => severityOf('format/missing-date')(d) === 1, mark);

      mark = client.diagnostics.mark;
      writeFileSync(path.join(dir, '.corroborate.json'), '{ "severities": { "format/missing-date": "information" } }');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(path.join(dir, '.corroborate.json')), type: FileChangeType.Created }] });
      await client.diagnosticsFor(documentUri, (d) => severityOf('format/missing-date')(d) === 3, mark);

      mark = client.diagnostics.mark;
      await client.configure({ enable: false });
      assert.deepEqual(await client.diagnosticsFor(documentUri, () => true, mark), []);
    }));

  test('run "onSave" checks when the file is saved, not while typing', () =>
    withClient(
      async (client) => {
        const dir = tempFolder({ 'a.txt': STORY_A });
        await client.initialize([dir]);
        const documentUri = await client.open(path.join(dir, 'a.txt'));
        await client.diagnosticsFor(documentUri);
        const mark = client.diagnostics.mark;
        // With a ten-second debounce, only the save can publish within the wait.
        const version = await client.replace(documentUri, ' date 2024-03-01\n', '');
        await client.save(documentUri);
        const published = await client.diagnostics.waitFor((p) => p.uri === documentUri, mark);
        assert.equal(published.version, version);
        assert.ok(published.diagnostics.some((d) => d.code === 'format/missing-date'));
      },
      (client) => client.settings.set('', { run: 'onSave', debounceMs: 10_000 }),
    ));

  test('scope "folder" makes each story folder a corpus of its own', () =>
    withClient(async (client) => {
      const dir = tempFolder({
        '.corroborate.json': '{ "scope": "folder" }',
        'ferry/a.txt': STORY_A,
        'ferry/b.txt': STORY_B,
        'bridge/c.txt': ' date 2024-04-09\n' + UNDATED,
      });
      const status = await client.initialize([dir]);
      assert.equal(status.articles, 3);
      const ferry = await client.request<CorpusStatus>('corroborate/checkCorpus', { uri: uri(path.join(dir, 'ferry', 'a.txt')) });
      assert.equal(ferry.articles, 2);
      const documentUri = await client.open(path.join(dir, 'bridge', 'c.txt'));
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: documentUri }, position: { line: 0, character: 3 } });
      assert.equal(hoverText(hover), '**Tuesday 9 April 2024** · corpus: 1 article, 2024-04-09');
    }));

  test('the include setting chooses the article files when the config file does not', () =>
    withClient(
      async (client) => {
        const dir = tempFolder({ 'a.article': STORY_A, 'notes.txt': 'Remember to call the harbour office.\n' });
        const status = await client.initialize([dir]);
        assert.equal(status.articles, 1);
      },
      (client) => client.settings.set('', { include: ['**/*.article'] }),
    ));

  test('documents outside the workspace, and untitled ones, are still checked', () =>
    withClient(async (client) => {
      const dir = tempFolder({ 'a.txt': STORY_A });
      const elsewhere = tempFolder({ 'loose.txt': UNDATED });
      await client.initialize([dir]);
      const loose = await client.open(path.join(elsewhere, 'loose.txt'));
      await client.diagnosticsFor(loose, (d) => d.some((x) => x.code === 'format/missing-date'));
      const untitled = 'untitled:Untitled-1';
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: untitled, languageId: 'dated-article', version: 1, text: UNDATED } });
      await client.diagnosticsFor(untitled, (d) => d.some((x) => x.code === 'format/missing-date'));
    }));

  test('workspace folders added and removed are indexed and dropped', () =>
    withClient(async (client) => {
      const first = tempFolder({ 'a.txt': STORY_A });
      const second = tempFolder({ 'b.txt': STORY_B, 'c.txt': ' date 2024-04-09\n' + UNDATED });
      await client.initialize([first]);
      let mark = client.statuses.mark;
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uri(second), name: 'second' }], removed: [] } });
      assert.equal((await client.statuses.waitFor((s) => !s.indexing, mark)).articles, 3);
      mark = client.statuses.mark;
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uri(first), name: 'first' }] } });
      assert.equal((await client.statuses.waitFor((s) => !s.indexing, mark)).articles, 2);
    }));

  test('the configFile setting names the config file; a change that leaves the settings be does not re-index', () =>
    withClient(async (client) => {
      const dir = tempFolder({ 'undated.txt': UNDATED, 'review/desk.json': '{ "severities": { "format/missing-date": "error" } }' });
      client.settings.set('', { debounceMs: 5, configFile: 'review/desk.json' });
      await client.initialize([dir]);
      const documentUri = await client.open(path.join(dir, 'undated.txt'));
      await client.diagnosticsFor(documentUri, (d) => d.some((x) => x.code === 'format/missing-date' && x.severity === 1));
      const registration = await client.registrations.waitFor((r) => r.method === 'workspace/didChangeWatchedFiles');
      const watched = (registration.registerOptions as { watchers: Array<{ globPattern: unknown }> }).watchers.map((w) => w.globPattern);
      assert.ok(watched.some((g) => JSON.stringify(g) === JSON.stringify({ baseUri: uri(path.join(dir, 'review')), pattern: 'desk.json' })));
      const progress = client.progress.mark;
      const mark = client.diagnostics.mark;
      await client.configure({});
      await client.diagnosticsFor(documentUri, () => true, mark);
      assert.ok(!client.progress.items.slice(progress).some((p) => p.value.kind === 'begin'), 'no second indexing');
    }));

  test('marking a claim verified: the client applies the edit, and once saved the claim is no longer flagged', () =>
    withClient(async (client) => {
      const nato = natoCopy();
      await client.initialize([nato.dir]);
      const documentUri = await client.open(nato.file('003'));
      const conflict = (await client.diagnosticsFor(documentUri, (d) => d.some((x) => x.code === 'claim/conflicting'))).find((d) => d.code === 'claim/conflicting')!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: documentUri }, range: conflict.range, context: { diagnostics: [] } });
      const mark = actions.find((a) => a.command?.command === 'corroborate.markVerified');
      assert.ok(mark?.command, 'a mark-verified action');
      const editMark = client.appliedEdits.mark;
      await client.request('workspace/executeCommand', mark.command);
      const { edit } = await client.appliedEdits.waitFor(() => true, editMark);
      const configFile = path.join(nato.dir, '.corroborate.json');
      // What the editor would save after applying the edit.
      writeFileSync(configFile, applyWorkspaceEdit('', edit, uri(configFile)));
      const diagnostics = client.diagnostics.mark;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(configFile), type: FileChangeType.Created }] });
      const same = (d: Diagnostic) => d.code === 'claim/conflicting' && JSON.stringify(d.range) === JSON.stringify(conflict.range);
      await client.diagnosticsFor(documentUri, (d) => !d.some(same), diagnostics);
    }));
});

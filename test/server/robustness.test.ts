import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { CodeAction, Hover, InitializeResult } from 'vscode-languageserver';
import { REPO_ROOT } from '../helpers/paths';
import { TestClient, positionOf, tempFolder, warmUp } from './harness';

const ARTICLE = ' date 2024-03-01\nFerry service resumes\nThe harbour ferry carried 40 passengers on its first crossing.\n';
const UNDATED = 'Bridge repairs begin\nCrews closed the bridge on Monday for repairs.\n';

/** The JSON-RPC error code of a rejected request. */
async function errorCode(request: Promise<unknown>): Promise<number> {
  try {
    await request;
  } catch (error) {
    return (error as { code: number }).code;
  }
  assert.fail('the request was answered without an error');
}

describe('robustness', () => {
  before(warmUp);

  test('bad requests are answered with errors or empty results, and the server keeps answering', async () => {
    const dir = tempFolder({ 'a.txt': ARTICLE });
    const client = new TestClient();
    try {
      await client.initialize([dir]);
      const documentUri = await client.open(path.join(dir, 'a.txt'));
      const position = positionOf(client.text(documentUri), 'date', 2);
      const invalidParams = -32602;

      assert.equal(await errorCode(client.request('textDocument/hover', {})), invalidParams);
      assert.equal(await errorCode(client.request('textDocument/hover', { textDocument: { uri: documentUri }, position: { line: 'one' } })), invalidParams);
      assert.equal(await errorCode(client.request('textDocument/codeAction', { textDocument: { uri: documentUri } })), invalidParams);
      assert.equal(await errorCode(client.request('textDocument/references', { textDocument: 7 })), invalidParams);
      assert.equal(await errorCode(client.request('workspace/executeCommand', { command: 'corroborate.nothing' })), invalidParams);
      assert.equal(await errorCode(client.request('workspace/executeCommand', { command: 'corroborate.markVerified', arguments: [{ uri: documentUri }] })), invalidParams);
      assert.equal(await errorCode(client.request('corroborate/checkCorpus', { uri: 42 })), invalidParams);
      assert.equal(await errorCode(client.request('corroborate/noSuchRequest', {})), -32601);

      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere/missing.txt' }, position }), null);
      assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri: 'not a uri' }, range: { start: position, end: position }, context: { diagnostics: [] } }), []);
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: documentUri }, position: { line: 10_000, character: 10_000 } }), null);
      await client.request('textDocument/codeAction', { textDocument: { uri: documentUri }, range: { start: { line: 9, character: 0 }, end: { line: -4, character: 99 } }, context: {} });
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: 'everything' });
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never/opened.txt', version: 2 }, contentChanges: [{ text: 'x' }] });

      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: documentUri }, position });
      assert.ok(hover && JSON.stringify(hover.contents).includes('Friday 1 March 2024'));
    } finally {
      await client.dispose();
    }
  });

  test('a minimal client: no pulled settings, registrations, progress or document changes', async () => {
    const dir = tempFolder({ 'undated.txt': UNDATED });
    const client = new TestClient();
    try {
      await client.initialize([dir], {});
      assert.equal(client.registrations.items.length, 0);
      assert.equal(client.progress.items.length, 0);
      const documentUri = await client.open(path.join(dir, 'undated.txt'));
      const missing = (await client.diagnosticsFor(documentUri)).find((d) => d.code === 'format/missing-date')!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: documentUri }, range: missing.range, context: { diagnostics: [] } });
      // Every edit comes as plain changes; commands (mark verified) carry no edit.
      const edits = actions.filter((a) => a.command === undefined);
      assert.ok(edits.length > 0);
      for (const action of edits) {
        assert.equal(action.edit?.documentChanges, undefined);
        assert.ok(action.edit?.changes?.[documentUri]);
      }
      // Settings arrive pushed in the notification when the client cannot be asked.
      const mark = client.diagnostics.mark;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { corroborate: { enable: false } } });
      assert.deepEqual(await client.diagnosticsFor(documentUri, () => true, mark), []);
    } finally {
      await client.dispose();
    }
  });

  test('the built server speaks LSP over --stdio', async () => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'out', 'server', 'src', 'main.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const result = await connection.sendRequest<InitializeResult>('initialize', { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null });
      assert.equal(result.serverInfo?.name, 'corroborate');
      assert.equal(result.capabilities.hoverProvider, true);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});

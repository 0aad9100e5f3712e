import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { cli } from '../helpers/cli';
import { Corpus } from '../../server/src/core/corpus';
import { TestClient, natoCopy, uri, warmUp } from './harness';

interface CliDiagnostic {
  code: string;
  message: string;
  severity: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

describe('diagnostics', () => {
  before(warmUp);

  test('an open article gets the same diagnostics as the CLI reports, with source, help link and tags', async () => {
    const nato = natoCopy();
    const client = new TestClient();
    try {
      const status = await client.initialize([nato.dir]);
      assert.equal(status.articles, 5);
      const file = nato.file('004');
      const documentUri = await client.open(file);
      const diagnostics = await client.diagnosticsFor(documentUri);

      const run = await cli(['check', nato.dir, '--format', 'json']);
      const report = JSON.parse(run.stdout) as { articles: Array<{ path: string; diagnostics: CliDiagnostic[] }> };
      const expected = report.articles.find((a) => path.basename(a.path) === path.basename(file))!.diagnostics;
      const key = (d: CliDiagnostic) => `${d.code}|${d.severity}|${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}|${d.message}`;
      assert.deepEqual(diagnostics.map((d) => key(d as CliDiagnostic)).sort(), expected.map(key).sort());

      const missing = diagnostics.find((d) => d.code === 'format/missing-date');
      assert.ok(missing, 'format/missing-date');
      assert.equal(missing.source, 'corroborate');
      assert.match(missing.codeDescription?.href ?? '', /#format-missing-date$/);
      const boilerplate = diagnostics.find((d) => d.code === 'format/boilerplate');
      assert.deepEqual(boilerplate?.tags, [1]);
    } finally {
      await client.dispose();
    }
  });

  test('an edit is checked again: adding the header removes format/missing-date', async () => {
    const nato = natoCopy();
    const client = new TestClient();
    try {
      await client.initialize([nato.dir]);
      const documentUri = await client.open(nato.file('004'));
      await client.diagnosticsFor(documentUri, (d) => d.some((x) => x.code === 'format/missing-date'));
      const mark = client.diagnostics.mark;
      const version = await client.edit(documentUri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ' date 2024-02-22\n');
      const after = await client.diagnostics.waitFor((p) => p.uri === documentUri && p.version === version, mark);
      assert.ok(!after.diagnostics.some((d) => d.code === 'format/missing-date'));
      assert.ok(after.diagnostics.some((d) => d.code === 'format/boilerplate'), 'the rest is still reported');
    } finally {
      await client.dispose();
    }
  });

  test('rapid edits are debounced: only the last version is published', async () => {
    const nato = natoCopy();
    const client = new TestClient();
    client.settings.set('', { debounceMs: 100 });
    try {
      await client.initialize([nato.dir]);
      const documentUri = await client.open(nato.file('001'));
      await client.diagnosticsFor(documentUri);
      const mark = client.diagnostics.mark;
      await client.replace(documentUri, 'date 2024-02-22', 'date 2024-02-2');
      await client.replace(documentUri, 'date 2024-02-2', 'date 2024-02-');
      const last = await client.replace(documentUri, 'date 2024-02-', 'date 2024-02-23');
      await client.diagnostics.waitFor((p) => p.uri === documentUri && p.version === last, mark);
      const versions = client.diagnostics.items.slice(mark).filter((p) => p.uri === documentUri).map((p) => p.version);
      assert.deepEqual(versions, [last]);
    } finally {
      await client.dispose();
    }
  });

  test('a change re-publishes the other open articles of the corpus; closing clears the article', async () => {
    const nato = natoCopy();
    const client = new TestClient();
    try {
      await client.initialize([nato.dir]);
      const a = await client.open(nato.file('000'));
      const b = await client.open(nato.file('001'));
      await client.diagnosticsFor(a);
      await client.diagnosticsFor(b);
      const version = await client.replace(a, 'MENAFN', 'MENAFN wire');
      const changed = await client.diagnostics.waitFor((p) => p.uri === a && p.version === version);
      await client.diagnosticsFor(b, () => true, client.diagnostics.items.indexOf(changed) + 1);
      const closeMark = client.diagnostics.mark;
      await client.close(a);
      // Publications for the open buffer may still be in flight; the clearing one must follow.
      const cleared = await client.diagnostics.waitFor((p) => p.uri === a && p.diagnostics.length === 0, closeMark);
      assert.equal(cleared.version, undefined);
      assert.ok(!client.diagnostics.items.slice(client.diagnostics.items.indexOf(cleared) + 1).some((p) => p.uri === a && p.diagnostics.length > 0));
    } finally {
      await client.dispose();
    }
  });

  test('a failure clears the article\'s diagnostics and is logged, and the server recovers', async () => {
    const nato = natoCopy();
    const client = new TestClient();
    const report = Corpus.prototype.report;
    try {
      await client.initialize([nato.dir]);
      const documentUri = await client.open(nato.file('004'));
      await client.diagnosticsFor(documentUri, (d) => d.length > 0);
      Corpus.prototype.report = function (id: string) {
        if (id === documentUri) throw new Error('injected failure');
        return report.call(this, id);
      };
      const mark = client.diagnostics.mark;
      const logMark = client.logs.mark;
      await client.replace(documentUri, 'London', 'Londres');
      assert.deepEqual(await client.diagnosticsFor(documentUri, () => true, mark), []);
      const log = await client.logs.waitFor((l) => l.message.includes('injected failure'), logMark);
      assert.equal(log.type, 1, 'logged as an error');
      Corpus.prototype.report = report;
      const recovered = client.diagnostics.mark;
      await client.replace(documentUri, 'Londres', 'London');
      await client.diagnosticsFor(documentUri, (d) => d.some((x) => x.code === 'format/missing-date'), recovered);
    } finally {
      Corpus.prototype.report = report;
      await client.dispose();
    }
  });

  test('reportScope "workspace" publishes every article without opening it', async () => {
    const nato = natoCopy();
    const client = new TestClient();
    client.settings.set('', { debounceMs: 5, reportScope: 'workspace' });
    try {
      await client.initialize([nato.dir]);
      const undated = await client.diagnosticsFor(uri(nato.file('004')));
      assert.ok(undated.some((d) => d.code === 'format/missing-date'));
      for (const prefix of ['000', '001', '002', '003']) await client.diagnosticsFor(uri(nato.file(prefix)));
    } finally {
      await client.dispose();
    }
  });
});

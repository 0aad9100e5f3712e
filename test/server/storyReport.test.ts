/**
 * `corroborate/storyReport` over JSON-RPC: the server renders the CLI's story report from the
 * corpora it holds (open buffers included), with a policy fit for a webview that runs no script.
 * The fixture is an invented story whose two articles disagree on a cost.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ResponseError } from 'vscode-jsonrpc';
import { runCheck } from '../../server/src/cli/checkRun';
import { formatHtml } from '../../server/src/cli/formats/html';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import type { StoryReport } from '../../server/src/lsp/protocol';
import { forScriptlessWebview, WEBVIEW_POLICY } from '../../server/src/lsp/storyReport';
import { TEST_TODAY, TestClient, tempFolder, uri, warmUp } from './harness';

const OPENING = [
  ' date 2025-06-03',
  'Lighthouse on Skarvik island reopens',
  'The restored lighthouse on Skarvik island reopened to visitors on Saturday after two years of repairs.',
  'The restoration cost 3.2 million kroner, the county heritage office said.',
  'Volunteers repainted the tower in red and white stripes.',
].join('\n') + '\n';
const VISITORS = [
  ' date 2025-06-04',
  'Visitors return to Skarvik lighthouse',
  'The restored lighthouse on Skarvik island reopened to visitors on Saturday after two years of repairs.',
  'The restoration cost 4.7 million kroner, according to the county heritage office.',
  'A ferry now stops at the island twice a day.',
].join('\n') + '\n';
const MARKET = [
  ' date 2025-09-12',
  'Fish market in Norhavn gets a new roof',
  'Workers finished the new roof of the Norhavn fish market on Thursday.',
].join('\n') + '\n';

/** The values of each conflict in the report, as `<p class="values">` shows them. */
function conflictValues(html: string): string[][] {
  return [...html.matchAll(/<p class="values">.*?<strong>“(.*?)”<\/strong> vs <strong>“(.*?)”<\/strong><\/p>/g)].map((m) => [m[1], m[2]]);
}

const storyTitles = (html: string): string[] => [...html.matchAll(/<h2 id="s\d+-title">(.*?)<\/h2>/g)].map((m) => m[1]);

describe('corroborate/storyReport', () => {
  let client: TestClient;
  let lighthouse: string;
  let market: string;
  before(async () => {
    warmUp();
    lighthouse = tempFolder({ '1_opening.txt': OPENING, '2_visitors.txt': VISITORS });
    market = tempFolder({ 'roof.txt': MARKET });
    client = new TestClient();
    await client.initialize([lighthouse, market]);
  });
  after(() => client.dispose());

  const report = async (params: unknown = {}): Promise<string> => (await client.request<StoryReport>('corroborate/storyReport', params)).html;

  test('the report of a folder shows the conflict with both values, the articles and their headlines', async () => {
    const html = await report({ uri: uri(lighthouse) });
    assert.deepEqual(conflictValues(html), [['3.2 million', '4.7 million']]);
    const name = path.basename(lighthouse);
    // Paths start with the workspace folder's name, which also titles the story.
    assert.deepEqual(storyTitles(html), [name]);
    for (const article of ['1_opening.txt', '2_visitors.txt']) assert.ok(html.includes(`${name}/${article}`), article);
    assert.ok(html.includes('Lighthouse on Skarvik island reopens') && html.includes('Visitors return to Skarvik lighthouse'));
    assert.ok(html.includes(`checked on ${TEST_TODAY}`));
    assert.ok(!html.includes('Norhavn'), 'the other folder is not in it');
  });

  test('carries one policy for a scriptless webview and no script', async () => {
    const html = await report();
    const policies = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)].map((m) => m[1]);
    assert.deepEqual(policies, [WEBVIEW_POLICY]);
    assert.match(WEBVIEW_POLICY, /^default-src 'none'; style-src 'unsafe-inline'; img-src data:/);
    assert.doesNotMatch(html, /<script\b/i);
    assert.match(html, /<style>[^]*\.matrix[^]*<\/style>/, 'the report keeps its stylesheet');
    assert.match(html, /<head>\n<meta charset="utf-8">/);
  });

  test('is the page the CLI writes for the same folder, but for the policy and the script', async () => {
    const cli = await runCheck({ inputs: [lighthouse], against: [], scope: 'corpus', config: DEFAULT_CONFIG, cwd: path.dirname(lighthouse), today: TEST_TODAY });
    const page = formatHtml(cli, { today: TEST_TODAY, title: 'Story report' });
    assert.match(page, /<script>/, 'the CLI page has its script');
    assert.equal(await report({ uri: uri(lighthouse) }), forScriptlessWebview(page));
  });

  test('without a URI every corpus of the workspace is a story; an article gives its own corpus', async () => {
    const whole = await report();
    assert.deepEqual(storyTitles(whole).sort(), [path.basename(lighthouse), path.basename(market)].sort());
    assert.match(whole, /<nav aria-label="Stories">/);
    const one = await report({ uri: uri(path.join(market, 'roof.txt')) });
    assert.deepEqual(storyTitles(one), [path.basename(market)]);
    assert.deepEqual(conflictValues(one), []);
    assert.match(await report({ uri: uri(path.join(market, 'missing.txt')) }), /<p>No articles were checked\.<\/p>/);
  });

  test('an edit not yet checked is in the report at once', async () => {
    const file = path.join(lighthouse, '2_visitors.txt');
    const documentUri = await client.open(file);
    try {
      // The report is asked for right after the change, before the debounced check could run.
      await client.replace(documentUri, '4.7 million', '5.9 million');
      assert.deepEqual(conflictValues(await report({ uri: uri(lighthouse) })), [['3.2 million', '5.9 million']]);
    } finally {
      await client.close(documentUri);
    }
    assert.deepEqual(conflictValues(await report({ uri: uri(lighthouse) })), [['3.2 million', '4.7 million']], 'back to the file once closed');
  });

  test('malformed parameters are an InvalidParams error', async () => {
    await assert.rejects(report({ uri: 5 }), (error: unknown) => error instanceof ResponseError && error.code === -32602);
  });
});

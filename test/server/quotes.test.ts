/**
 * Quotes in the editor, on invented articles: an uncited quote gets "Add attribution" with a
 * placeholder and with the speakers the corpus suggests (the one another article names for the
 * same words first, then the person quoted nearby); the fix applied and checked again leaves the
 * quote cited, the code lens stops counting it, and its hover names the new speaker.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CodeAction, CodeLens, DocumentSymbol, Hover } from 'vscode-languageserver';
import { TestClient, positionOf, tempFolder, warmUp } from './harness';

const UNCITED = 'We will not cut the timetable again this winter.';
const HARBOUR = [
  ' date 2024-03-05',
  'Harbour ferry to resume next week',
  '',
  'The harbour authority said the ferry would return to service on Monday after repairs to its hull.',
  '',
  '"The repairs took longer than we hoped, but the vessel is safe," harbour master Ellen Dahl said on Tuesday.',
  '',
  'Passengers have used a replacement bus since January, and the bus will keep running until the end of the month.',
  '',
  `"${UNCITED}"`,
  '',
].join('\n');
const COUNCIL = [
  ' date 2024-03-06',
  'Ferry timetable to stay as it is',
  '',
  'The council heard on Wednesday that the winter timetable would be kept.',
  '',
  '"We will not cut the timetable again this winter," port director Sven Olsen told the council.',
  '',
].join('\n');

function hoverText(hover: Hover | null): string {
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

describe('quotes in the editor', () => {
  before(warmUp);

  test('"Add attribution" on quote/uncited: a placeholder, then the speakers the corpus suggests; applied, the quote is cited', async () => {
    const dir = tempFolder({ 'harbour.txt': HARBOUR, 'council.txt': COUNCIL });
    const client = new TestClient();
    try {
      await client.initialize([dir]);
      const documentUri = await client.open(path.join(dir, 'harbour.txt'));
      const diagnostics = await client.diagnosticsFor(documentUri, (d) => d.some((x) => x.code === 'quote/uncited'));
      const uncited = diagnostics.find((d) => d.code === 'quote/uncited')!;
      assert.deepEqual(uncited.range.start, positionOf(HARBOUR, `"${UNCITED}`));

      const lens = async () => (await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: documentUri } }))[0].command!.title;
      assert.match(await lens(), / · 1 uncited quote( · |$)/);

      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: documentUri }, range: uncited.range, context: { diagnostics: [uncited] } });
      const attributions = actions.filter((a) => a.title.startsWith('Add attribution'));
      assert.deepEqual(attributions.map((a) => a.title), ['Add attribution', 'Add attribution: Sven Olsen (as council.txt says)', 'Add attribution: Ellen Dahl']);
      for (const action of attributions) assert.deepEqual(action.diagnostics?.map((d) => d.code), ['quote/uncited']);

      const mark = client.diagnostics.mark;
      const version = await client.applyEdit(documentUri, attributions[1].edit!);
      assert.ok(client.text(documentUri).includes(`"${UNCITED.replace(/\.$/, ',')}" Sven Olsen said.`), client.text(documentUri));
      const after = await client.diagnostics.waitFor((p) => p.uri === documentUri && p.version === version, mark);
      assert.ok(!after.diagnostics.some((d) => d.code === 'quote/uncited'), 'no longer uncited');
      assert.ok(!after.diagnostics.some((d) => d.code === 'quote/misattributed'), 'attributed as the other article does');
      assert.doesNotMatch(await lens(), /uncited/);

      const hover = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: documentUri }, position: positionOf(client.text(documentUri), 'cut the timetable') }));
      assert.ok(hover.startsWith('**Quote** by **Sven Olsen**, cue `said`'), hover);
      assert.match(hover, /Also in 1 other article:\n\n- \[council\.txt\]\(file:\/\/[^)]+council\.txt#L6,2\) \(2024-03-06\): the same words, attributed to Sven Olsen: "We will not cut/);
    } finally {
      await client.dispose();
    }
  });

  test('an uncited quote found nowhere else is offered the speaker quoted nearby, and its hover says so', async () => {
    const dir = tempFolder({ 'harbour.txt': HARBOUR });
    const client = new TestClient();
    try {
      await client.initialize([dir]);
      const documentUri = await client.open(path.join(dir, 'harbour.txt'));
      const uncited = (await client.diagnosticsFor(documentUri, (d) => d.some((x) => x.code === 'quote/uncited'))).find((d) => d.code === 'quote/uncited')!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: documentUri }, range: uncited.range, context: { diagnostics: [] } });
      assert.deepEqual(actions.filter((a) => a.title.startsWith('Add attribution')).map((a) => a.title), ['Add attribution', 'Add attribution: Ellen Dahl']);
      const hover = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: documentUri }, position: positionOf(HARBOUR, 'cut the timetable') }));
      assert.equal(hover.split('\n\n---\n\n')[0], '**Uncited quote**: nobody is said to have spoken it.\n\nNo other article of the corpus carries this quote.');
    } finally {
      await client.dispose();
    }
  });

  test('the outline lists quotes under their paragraphs, with the speaker or "uncited" as detail', async () => {
    const dir = tempFolder({ 'harbour.txt': HARBOUR });
    const client = new TestClient();
    try {
      await client.initialize([dir]);
      const documentUri = await client.open(path.join(dir, 'harbour.txt'));
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: documentUri } });
      const quotes = symbols.flatMap((s) => (s.children ?? []).map((c) => ({ paragraph: s.name, name: c.name, detail: c.detail })));
      assert.deepEqual(quotes, [
        { paragraph: '"The repairs took longer than we …', name: '“The repairs took longer than we hoped, but …”', detail: 'Ellen Dahl' },
        { paragraph: '"We will not cut the timetable …', name: '“We will not cut the timetable again this …”', detail: 'uncited' },
      ]);
      // Clients without hierarchical symbols get the quotes too, inside their paragraph.
      const flat = await withFlatClient(dir, 'harbour.txt');
      assert.ok(flat.some((s) => s.name.startsWith('“We will not cut') && s.containerName === '"We will not cut the timetable …'), JSON.stringify(flat));
    } finally {
      await client.dispose();
    }
  });
});

/** The symbols a client without hierarchical symbol support receives. */
async function withFlatClient(dir: string, name: string): Promise<Array<{ name: string; containerName?: string }>> {
  const client = new TestClient();
  try {
    await client.initialize([dir], {});
    const documentUri = await client.open(path.join(dir, name));
    return await client.request('textDocument/documentSymbol', { textDocument: { uri: documentUri } });
  } finally {
    await client.dispose();
  }
}

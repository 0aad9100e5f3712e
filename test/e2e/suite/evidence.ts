/**
 * The evidence features inside VS Code, with the real `vscode` API on the seed corpus: the four
 * conflicts as diagnostics with related information, claim and quote hovers with their sources,
 * Find All References, the code lens, and "replace the conflicting value" applied and undone. Every
 * check is strict: these features are built. Expectations are shared with the server tests
 * (`seed.ts`); places are found by text.
 */
import type * as Vscode from 'vscode';
import { article, baseName, codeOf, hoverText, openDocument, positionOf, show } from './editor';
import { provider, test, until, vscodeApi } from './harness';
import {
  CONFLICTING_CLAIM, type DiagnosticLike, findSeedConflict, hoverLinks, hoverSources, linkOpensExcerpt,
  REPLACEABLE_CONFLICT, SEED_CONFLICTS, SHARED_QUOTE, showsCountConflict, SUPPORTED_CLAIM, textAtLink,
} from './seed';

async function textAt(location: Vscode.Location): Promise<string> {
  return (await vscodeApi().workspace.openTextDocument(location.uri)).getText(location.range);
}

/** The diagnostics of a document as the shared checks read them (related sentences as text). */
async function described(uri: Vscode.Uri): Promise<Array<DiagnosticLike & { diagnostic: Vscode.Diagnostic }>> {
  const document = await vscodeApi().workspace.openTextDocument(uri);
  return Promise.all(vscodeApi().languages.getDiagnostics(uri).map(async (diagnostic) => ({
    diagnostic,
    code: codeOf(diagnostic),
    message: diagnostic.message,
    text: document.getText(diagnostic.range),
    related: await Promise.all((diagnostic.relatedInformation ?? []).map(async (r) => ({ file: baseName(r.location.uri), text: await textAt(r.location) }))),
  })));
}

async function hoverAt(uri: Vscode.Uri, position: Vscode.Position): Promise<string> {
  return hoverText((await provider<Vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? []);
}

/** The text of the file a hover link opens. */
async function linkedText(link: { uri: string }): Promise<string> {
  return (await vscodeApi().workspace.openTextDocument(vscodeApi().Uri.parse(link.uri))).getText();
}

function conflictOn(uri: Vscode.Uri, needle: string): Vscode.Diagnostic | undefined {
  const document = openDocument(uri);
  if (!document || !document.getText().includes(needle)) return undefined;
  const at = positionOf(document, needle);
  return vscodeApi().languages.getDiagnostics(uri).find((d) => codeOf(d) === 'claim/conflicting' && d.range.contains(at));
}

test('the seed corpus shows its four conflicts as claim/conflicting, each related to its source sentences', async (t) => {
  for (const prefix of new Set(SEED_CONFLICTS.map((c) => c.article))) await show(await article(prefix));
  for (const expected of SEED_CONFLICTS) {
    const uri = await article(expected.article);
    // The probe throws what is missing, so that a timeout says what the editor showed instead.
    const found = await until(expected.name, async () => {
      const { found, problem } = findSeedConflict(expected, await described(uri));
      if (!found) throw new Error(problem);
      return found;
    });
    const { diagnostic } = (await described(uri)).find((d) => d.message === found.message && d.text === found.text)!;
    if (diagnostic.source !== 'corroborate') throw new Error(`source ${diagnostic.source}`);
    if (diagnostic.severity !== vscodeApi().DiagnosticSeverity.Warning) throw new Error(`severity ${diagnostic.severity}, expected a warning`);
    const target = typeof diagnostic.code === 'object' ? diagnostic.code.target.toString() : '';
    if (!target.endsWith('#claim-conflicting')) throw new Error(`the code links to ${target}`);
    t.note(`${baseName(uri)}: ${found.message} -> ${found.related.map((r) => r.file).join(', ')}`);
  }
});

test('hover on a supported claim lists the corroborating articles with file names, dates and links', async (t) => {
  const uri = await article(SUPPORTED_CLAIM.article);
  const document = (await show(uri)).document;
  const hover = await until('a claim hover', async () => (await hoverAt(uri, positionOf(document, SUPPORTED_CLAIM.needle))) || undefined);
  if (!hover.startsWith('**Supported claim**')) throw new Error(`hover: ${hover.slice(0, 200)}`);
  const sources = hoverSources(hover).filter((s) => s.relation === 'corroborates');
  const files = new Set(sources.map((s) => s.name));
  if (files.size < 2) throw new Error(`expected at least two corroborating articles: ${hover.slice(0, 400)}`);
  for (const source of sources) {
    if (!/\d{4}-\d{2}-\d{2}/.test(source.date)) throw new Error(`no date for ${source.name}: (${source.date})`);
    if (!linkOpensExcerpt(await linkedText(source), source)) throw new Error(`the link to ${source.name} opens ${source.line}:${source.column}, not the sentence`);
  }
  t.note(`sources: ${sources.map((s) => `${s.name} (${s.date})`).join('; ')}`);
});

test('hover on a conflicting claim shows the other value in bold and links to the source sentence', async (t) => {
  const uri = await article(CONFLICTING_CLAIM.article);
  const document = (await show(uri)).document;
  await until('the conflict on the claim', () => conflictOn(uri, CONFLICTING_CLAIM.needle));
  const hover = await hoverAt(uri, positionOf(document, CONFLICTING_CLAIM.needle));
  if (!hover.startsWith('**Conflicting claim**')) throw new Error(`hover: ${hover.slice(0, 200)}`);
  const source = hoverSources(hover).find((s) => s.relation === 'contradicts' && s.name.startsWith(CONFLICTING_CLAIM.sourceArticle));
  if (!source) throw new Error(`no contradicting source in ${CONFLICTING_CLAIM.sourceArticle}: ${hover.slice(0, 400)}`);
  if (!source.excerpt.includes(`**${CONFLICTING_CLAIM.sourceValue}**`)) throw new Error(`the value is not emphasised: ${source.excerpt}`);
  if (source.uri !== (await article(CONFLICTING_CLAIM.sourceArticle)).toString()) throw new Error(`the link opens ${source.uri}`);
  const opened = textAtLink(await linkedText(source), source);
  if (!linkOpensExcerpt(await linkedText(source), source) || !opened.includes(CONFLICTING_CLAIM.sourceNeedle)) throw new Error(`the link opens ${source.line}:${source.column}, not the source sentence`);
  t.note(hover.split('\n')[0]);
});

test('hover on a quote names its speaker and the other article that carries it', async (t) => {
  const uri = await article(SHARED_QUOTE.article);
  const document = (await show(uri)).document;
  const hover = await hoverAt(uri, positionOf(document, SHARED_QUOTE.needle, 3));
  const quote = hover.split(/\n---\n/).find((section) => section.trimStart().startsWith('**Quote**'))?.trim() ?? '';
  if (!quote.startsWith(`**Quote** by **${SHARED_QUOTE.speaker}**`)) throw new Error(`hover: ${hover.slice(0, 300)}`);
  const elsewhere = hoverLinks(quote).find((l) => l.name.startsWith(SHARED_QUOTE.elsewhere));
  if (!elsewhere || !textAtLink(await linkedText(elsewhere), elsewhere).startsWith(SHARED_QUOTE.needle)) throw new Error(`no link to the quote in ${SHARED_QUOTE.elsewhere}: ${quote}`);
  t.note(quote.split('\n')[0]);
});

test('Find All References on a conflicting claim returns its source sentences', async (t) => {
  const uri = await article(CONFLICTING_CLAIM.article);
  const document = (await show(uri)).document;
  const locations = (await provider<Vscode.Location[]>('vscode.executeReferenceProvider', uri, positionOf(document, CONFLICTING_CLAIM.needle))) ?? [];
  const source = await article(CONFLICTING_CLAIM.sourceArticle);
  const texts = await Promise.all(locations.map(async (l) => ({ file: baseName(l.uri), text: await textAt(l) })));
  if (!texts.some((l) => l.file === baseName(source) && l.text.includes(CONFLICTING_CLAIM.sourceNeedle))) {
    throw new Error(`no reference to the source sentence: ${JSON.stringify(texts.map((l) => `${l.file}: ${l.text.slice(0, 60)}`))}`);
  }
  t.note(`${locations.length} references: ${[...new Set(texts.map((l) => l.file))].join(', ')}`);
});

test('the code lens on line 0 summarises the verdicts', async (t) => {
  const vscode = vscodeApi();
  const uri = await article(CONFLICTING_CLAIM.article);
  await show(uri);
  const lenses = (await provider<Vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
  const lens = lenses.find((l) => l.range.start.line === 0);
  const title = lens?.command?.title ?? '';
  const conflicts = vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === 'claim/conflicting').length;
  if (!new RegExp(`^\\d+ supported · ${conflicts} conflicting · \\d+ unsupported`).test(title)) {
    throw new Error(`lens on line 0: ${JSON.stringify(title)} (${conflicts} conflicting diagnostics)`);
  }
  t.note(`lens: ${title}`);
});

test('quick fix "replace the conflicting value" applies and the count conflict goes; undone, it returns', async (t) => {
  const vscode = vscodeApi();
  const uri = await article(REPLACEABLE_CONFLICT.article);
  await show(uri);
  const conflict = await until('the conflict to replace', () => conflictOn(uri, REPLACEABLE_CONFLICT.needle));
  const actions = (await provider<Array<Vscode.CodeAction | Vscode.Command>>('vscode.executeCodeActionProvider', uri, conflict.range, vscode.CodeActionKind.QuickFix.value,
  )) ?? [];
  const prefix = `Replace "${REPLACEABLE_CONFLICT.from}" with "${REPLACEABLE_CONFLICT.to}" (as ${REPLACEABLE_CONFLICT.source}_`;
  const fix = actions.find((a): a is Vscode.CodeAction => 'edit' in a && a.edit !== undefined && a.title.startsWith(prefix));
  if (!fix?.edit) throw new Error(`no "${prefix}…" among ${JSON.stringify(actions.map((a) => a.title))}`);
  t.note(`applying: ${fix.title}`);
  if (!(await vscode.workspace.applyEdit(fix.edit))) throw new Error('the quick fix did not apply');
  const changed = `extended ${REPLACEABLE_CONFLICT.to}`;
  if (!openDocument(uri)?.getText().includes(changed)) throw new Error('the value was not replaced');
  await until('the count conflict to go after the fix', () => {
    if (!openDocument(uri)?.getText().includes(changed)) return false;
    const left = conflictOn(uri, changed);
    return left === undefined || !showsCountConflict(left.message, (left.relatedInformation ?? []).map((r) => r.message));
  });
  await vscode.commands.executeCommand('workbench.action.files.revert', uri);
  await until('the conflict back after the revert', () => conflictOn(uri, REPLACEABLE_CONFLICT.needle));
});

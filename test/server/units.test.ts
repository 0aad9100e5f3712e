import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/corpus';
import type { ClaimVerdict } from '../../server/src/core/judgment/types';
import { claimMarkdown } from '../../server/src/lsp/claimHover';
import { matchesAnyGlob } from '../../server/src/lsp/globs';
import { excerpt } from '../../server/src/lsp/markdown';
import { DEFAULT_SETTINGS, normaliseSettings } from '../../server/src/lsp/settings';
import { removeBoilerplate } from '../../server/src/lsp/fixes';
import { claimReferences } from '../../server/src/lsp/references';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { spanOf } from '../helpers/text';
import type { ClientCapabilities, CodeAction } from 'vscode-languageserver';
import type { Finding } from '../../server/src/core/types';
import { type ActionContext, addAttributionAction, codeActions } from '../../server/src/lsp/codeActions';
import { clientFeatures } from '../../server/src/lsp/capabilities';
import { asSourcesSay, conflictReplacements, hasMajority } from '../../server/src/lsp/conflictFixes';
import { speakerInSentence } from '../../server/src/lsp/quotes';

describe('glob matching of single files', () => {
  test('follows the include and exclude defaults', () => {
    const include = ['**/*.txt', '**/*.article'];
    assert.ok(matchesAnyGlob('a.txt', include));
    assert.ok(matchesAnyGlob('story/2024/b.article', include));
    assert.ok(matchesAnyGlob('story\\b.txt', include));
    assert.ok(!matchesAnyGlob('story/b.md', include));
    assert.ok(!matchesAnyGlob('.hidden/b.txt', include), 'hidden folders are not entered');
    const exclude = ['**/node_modules/**', '**/.*/**'];
    assert.ok(matchesAnyGlob('node_modules/x/a.txt', exclude, { dot: true }));
    assert.ok(matchesAnyGlob('a/.git/b.txt', exclude, { dot: true }));
    assert.ok(!matchesAnyGlob('a/b.txt', exclude, { dot: true }));
  });

  test('braces, classes and single characters', () => {
    assert.ok(matchesAnyGlob('x/a1.txt', ['x/a[0-9].{txt,md}']));
    assert.ok(matchesAnyGlob('x/a1.md', ['x/a?.{txt,md}']));
    assert.ok(!matchesAnyGlob('x/ab.json', ['x/a[0-9].{txt,md}']));
    assert.ok(matchesAnyGlob('stories/a.txt', ['stories/**']));
    assert.ok(!matchesAnyGlob('other/a.txt', ['stories/**']));
  });
});

describe('settings from the client', () => {
  test('malformed values fall back to their defaults, one by one', () => {
    assert.deepEqual(normaliseSettings(null), DEFAULT_SETTINGS);
    const settings = normaliseSettings({ enable: 'yes', run: 'onSave', debounceMs: -5, reportScope: 'workspace', severities: { 'format/boilerplate': 'off', 'x/y': 'loud' }, include: ['*.txt', 3], configFile: ' cfg.json ' });
    assert.deepEqual(settings, { enable: true, run: 'onSave', debounceMs: 150, reportScope: 'workspace', severities: { 'format/boilerplate': 'off' }, include: ['*.txt'], configFile: 'cfg.json' });
  });
});

describe('hover markdown', () => {
  test('an excerpt escapes markup and puts the differing value in bold', () => {
    const text = 'Officials said *twice* that 12 [ships] sailed.';
    const value = spanOf(text, '12');
    assert.equal(excerpt(text, value), 'Officials said \\*twice\\* that **12** \\[ships\\] sailed.');
    const long = `${'word '.repeat(100)}value ${'tail '.repeat(100)}`;
    const shortened = excerpt(long, spanOf(long, 'value'));
    assert.ok(shortened.startsWith('…') && shortened.endsWith('…') && shortened.includes('**value**'));
  });

  test('a conflicting claim lists its sources with the value in bold and a link to the line', () => {
    const corpus = new Corpus();
    const source = ' date 2024-03-02\nFerry crossing draws crowds\nOfficials said the first crossing carried 44 passengers.\n';
    corpus.setText('file:///news/b.txt', source);
    const sentence = spanOf(source, 'Officials said the first crossing carried 44 passengers.');
    const value = spanOf(source, '44 passengers');
    const claimText = 'The ferry carried 40 passengers.';
    const conflict = { kind: 'number' as const, claimValue: '40 passengers', sourceValue: '44 passengers', sourceSpan: value };
    const claim: ClaimVerdict = {
      span: { start: 0, end: claimText.length },
      text: claimText,
      verdict: 'conflicting',
      independentOrigins: 0,
      conflict,
      sources: [{ articleId: 'file:///news/b.txt', span: sentence, text: source.slice(sentence.start, sentence.end), relation: 'contradicts', score: 0.8, origin: 1, conflict, date: '2024-03-02' }],
    };
    const locate = (id: string) => {
      const article = corpus.get(id);
      return article ? { uri: id, lines: article.lines } : undefined;
    };
    assert.equal(
      claimMarkdown(claim, locate),
      [
        '**Conflicting claim**: the number differs, "40 passengers" here, "44 passengers" in b.txt.',
        '',
        '- contradicts: [b.txt](file:///news/b.txt#L3,1) (2024-03-02): "Officials said the first crossing carried **44 passengers**."',
        '',
        'corroborated by 0 articles, 0 independent',
      ].join('\n'),
    );

    const own = new Corpus();
    own.setText('file:///news/a.txt', claimText);
    const report = own.report('file:///news/a.txt')!;
    const view = { id: report.id, folder: undefined as never, corpus: own, report: { ...report, claims: [claim] } };
    const references = claimReferences(view, 3, false, 'file:///news/a.txt', locate);
    assert.deepEqual(references, [{ uri: 'file:///news/b.txt', range: { start: { line: 2, character: 0 }, end: { line: 2, character: sentence.end - sentence.start } } }]);
  });
});

describe('removing boilerplate', () => {
  const removed = (text: string, needle: string): string => {
    const corpus = new Corpus();
    const article = corpus.setText('x', text);
    const edit = removeBoilerplate(article, spanOf(text, needle));
    return TextDocument.applyEdits(TextDocument.create('x:', 'x', 0, text), [edit]);
  };

  test('a whole line goes with its break, CRLF included; the last line takes the break before it', () => {
    assert.equal(removed('One.\r\nADVERTISEMENT\r\nTwo.\r\n', 'ADVERTISEMENT'), 'One.\r\nTwo.\r\n');
    assert.equal(removed('One.\nTwo.\nADVERTISEMENT', 'ADVERTISEMENT'), 'One.\nTwo.');
  });

  test('part of a line goes with its spaces, and the prose stays', () => {
    assert.equal(removed('(Reuters) - The ferry sailed.\n', '(Reuters) -'), 'The ferry sailed.\n');
  });
});

describe('quick fix hooks for claims and quotes', () => {
  const text = ' date 2024-03-01\n"We will sail at dawn." The ferry carried 40 passengers.\n';
  const contextFor = (capabilities: ClientCapabilities, findings: Finding[]): ActionContext => {
    const corpus = new Corpus();
    corpus.setText('file:///news/a.txt', text);
    const report = corpus.report('file:///news/a.txt')!;
    return {
      view: { id: report.id, folder: undefined as never, corpus, report: { ...report, findings } },
      uri: 'file:///news/a.txt',
      version: 3,
      features: clientFeatures(capabilities),
      locate: () => undefined,
    };
  };
  const applyTo = (action: CodeAction | undefined): string => {
    const change = action?.edit?.documentChanges?.[0] ?? { edits: action?.edit?.changes?.['file:///news/a.txt'] ?? [] };
    const edits = ('edits' in change ? change.edits : []).map((e) => ('newText' in e ? e : { range: e.range, newText: e.snippet.value }));
    return TextDocument.applyEdits(TextDocument.create('x:', 'x', 0, text), edits);
  };

  test('an uncited quote gets the proposed attribution, as a snippet where the client takes snippets', () => {
    const quote = spanOf(text, '"We will sail at dawn."');
    const finding: Finding = {
      code: 'quote/uncited', severity: 'warning', message: 'uncited', span: quote,
      fix: { title: 'Add attribution', replaceSpan: { start: quote.end - 2, end: quote.end }, replacement: ',” [source] said.' },
    };
    const snippets = { workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } };
    assert.equal(applyTo(addAttributionAction(contextFor(snippets, [finding]), finding)), ' date 2024-03-01\n"We will sail at dawn,” ${1:the speaker} said. The ferry carried 40 passengers.\n');
    assert.equal(applyTo(addAttributionAction(contextFor({}, [finding]), finding)), ' date 2024-03-01\n"We will sail at dawn,” [source] said. The ferry carried 40 passengers.\n');
  });

  test('a conflicting value is replaced by the other article\'s', () => {
    const value = spanOf(text, '40 passengers');
    const finding: Finding = {
      code: 'claim/conflicting', severity: 'warning', message: 'conflict', span: spanOf(text, 'The ferry carried 40 passengers.'),
      fix: { replaceSpan: value, replacement: '44 passengers', title: 'Replace "40 passengers" with "44 passengers"' },
    };
    const context = contextFor({ workspace: { workspaceEdit: { documentChanges: true } } }, [finding]);
    const actions = codeActions(context, { start: value.start, end: value.start }, undefined);
    const replace = actions.find((a) => a.title === 'Replace "40 passengers" with "44 passengers"');
    assert.ok(applyTo(replace).includes('The ferry carried 44 passengers.'));
    assert.ok(actions.some((a) => a.title === 'Disable claim/conflicting for this line'));
  });
});

describe('values to replace a conflicting one with', () => {
  const text = 'The ferry was refitted three times.';
  const value = spanOf(text, 'three times');
  const source = (articleId: string, sourceValue: string, kind: 'count' | 'duration' = 'count') => ({
    articleId, span: { start: 0, end: 10 }, text: 'x', relation: 'contradicts' as const, score: 0.9, origin: 1,
    conflict: { kind, claimValue: 'three times', sourceValue, claimSpan: value, sourceSpan: { start: 0, end: 5 } },
  });
  const claim = (sources: ReturnType<typeof source>[]): ClaimVerdict => ({
    span: { start: 0, end: text.length }, text, verdict: 'conflicting', independentOrigins: 0, sources, conflict: sources[0].conflict,
  });

  test('one action per value, most articles first; another kind of disagreement is left out', () => {
    const replacements = conflictReplacements(claim([source('b.txt', 'twice'), source('c.txt', 'four times'), source('d.txt', 'Twice'), source('e.txt', 'a decade', 'duration')]));
    assert.deepEqual(replacements.map((r) => [r.value, r.articleIds]), [['twice', ['b.txt', 'd.txt']], ['four times', ['c.txt']]]);
    assert.deepEqual(replacements[0].span, value);
    assert.equal(hasMajority(replacements), true);
  });

  test('no value is preferred when the sources split evenly; certainty and polarity are not values', () => {
    assert.equal(hasMajority(conflictReplacements(claim([source('b.txt', 'twice'), source('c.txt', 'four times')]))), false);
    const certainty = { ...claim([source('b.txt', 'twice')]), conflict: { kind: 'certainty' as const, claimValue: 'not known', sourceValue: 'said' } };
    assert.deepEqual(conflictReplacements(certainty), []);
  });

  test('titles name the articles; a speaker reads well after the quote', () => {
    assert.equal(asSourcesSay(['b.txt']), '(as b.txt says)');
    assert.equal(asSourcesSay(['b.txt', 'c.txt']), '(as b.txt and c.txt say)');
    assert.equal(asSourcesSay(['b.txt', 'c.txt', 'd.txt', 'e.txt']), '(as b.txt, c.txt and 2 more say)');
    assert.equal(speakerInSentence('The spokesperson'), 'the spokesperson');
    assert.equal(speakerInSentence('Anna Berg'), 'Anna Berg');
  });
});

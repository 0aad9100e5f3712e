/**
 * The language server: keeps one corpus of the open articles and publishes each article's
 * findings as diagnostics. Judgment stays in the core; this file only wires the protocol.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../core/corpus';
import { toDiagnostic } from './convert';

export function startServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const corpus = new Corpus({ referenceDate: new Date().toISOString().slice(0, 10) });

  connection.onInitialize(() => ({
    capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
    serverInfo: { name: 'corroborate' },
  }));

  const publish = (uri: string): void => {
    const report = corpus.report(uri);
    if (!report) return;
    const locate = (id: string) => {
      const article = corpus.get(id);
      return article ? { uri: id, lines: article.lines } : undefined;
    };
    const diagnostics = report.findings.map((f) => toDiagnostic(report.article.lines, f, locate));
    void connection.sendDiagnostics({ uri, diagnostics });
  };

  documents.onDidChangeContent((event) => {
    corpus.setText(event.document.uri, event.document.getText());
    publish(event.document.uri);
  });
  documents.onDidClose((event) => {
    corpus.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  documents.listen(connection);
  connection.listen();
}

// End-to-end test of `editorial lsp` through a third-party LSP client: Microsoft's vscode-languageserver-protocol (the
// protocol layer of VS Code's own language client) over the server process's standard input and output.
// Usage: node e2e.js COMMAND [ARG...]   (the command that starts the server, e.g. dotnet path/to/editorial.dll lsp)
// It makes a workspace of two articles of one story in a temporary folder, then: opens one article and checks its
// diagnostics and the cross-article finding published for the other; applies a quick fix and sends the edited text;
// checks that the finding is gone; saves; shuts the server down. Exits 0 when every check holds.
'use strict';

const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidSaveTextDocumentNotification,
  CodeActionRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  ExitNotification,
  DiagnosticSeverity,
  TextDocumentSyncKind,
} = require('vscode-languageserver-protocol/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const TIMEOUT_MS = 20000;
const HELP = 'https://github.com/editorial-tools/editorial/blob/main/docs/rules/';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node e2e.js COMMAND [ARG...]');
  process.exit(2);
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'editorial-lsp-e2e-'));
const write = (name, text) => {
  fs.writeFileSync(path.join(root, name), text);
  return pathToFileURL(path.join(root, name)).href;
};
// root = true: no .editorconfig above the temporary folder changes the outcome. One story id puts both articles in one story.
write('.editorconfig', 'root = true\n\n[*.md]\neditorial.story = talks\n');
const articleText = '# Talks\n\nThe minister said the the talks would resume on Friday.\n\nDelegates met on Monday for the third round of talks in Istanbul.\n';
const articleUri = write('a.md', articleText);
const otherUri = write('b.md', '# Talks resume\n\nDelegates met on Monday for the fourth round of talks in Istanbul.\n');

const range = (line, character, endLine, endCharacter) => ({ start: { line, character }, end: { line: endLine, character: endCharacter } });
const brief = (d) => ({ code: d.code, range: d.range, message: d.message, severity: d.severity });

async function main() {
  const server = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));

  // Every publication is kept; a wait takes the first one for its URI (and document version) not yet taken.
  const publications = [];
  const waiters = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    publications.push(params);
    for (const waiter of [...waiters]) waiter();
  });
  const nextDiagnostics = (uri, version) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} (version ${version}) in time`)), TIMEOUT_MS);
    const check = () => {
      const index = publications.findIndex((p) => p.uri === uri && (version === undefined || p.version === version));
      if (index < 0) return;
      waiters.splice(waiters.indexOf(check), 1);
      clearTimeout(timer);
      resolve(publications.splice(index, 1)[0].diagnostics);
    };
    waiters.push(check);
    check();
  });
  connection.listen();

  const rootUri = pathToFileURL(root).href;
  const initialized = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'newsroom' }],
    capabilities: {},
  });
  assert.equal(initialized.serverInfo.name, 'editorial');
  assert.equal(initialized.capabilities.positionEncoding, 'utf-16');
  assert.equal(initialized.capabilities.textDocumentSync.change, TextDocumentSyncKind.Incremental);
  await connection.sendNotification(InitializedNotification.type, {});

  // Open: the article's own findings and the cross-article one, which is published for the closed article too.
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: articleUri, languageId: 'markdown', version: 1, text: articleText },
  });
  const opened = await nextDiagnostics(articleUri, 1);
  assert.deepEqual(opened.map(brief), [
    { code: 'ED4005', range: range(2, 22, 2, 25), message: "Repeated word 'the'", severity: DiagnosticSeverity.Information },
    {
      code: 'ED2002',
      range: range(4, 32, 4, 52),
      message: 'Conflicting figures for round of talks in Istanbul on Monday in the same story: “third round of talks” here and “fourth round of talks” in b.md(3,33) cannot both be true (third vs fourth)',
      severity: DiagnosticSeverity.Information,
    },
  ]);
  assert.equal(opened[0].source, 'editorial');
  assert.equal(opened[0].codeDescription.href, `${HELP}ED4005.md`);
  assert.deepEqual(opened[1].relatedInformation.map((r) => r.location), [{ uri: otherUri, range: range(2, 32, 2, 53) }]);
  const other = await nextDiagnostics(otherUri);
  assert.deepEqual(other.map((d) => [d.code, d.range]), [['ED2002', range(2, 32, 2, 53)]]);

  // A quick fix for the repeated word, applied as a client applies a workspace edit.
  const actions = await connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: articleUri },
    range: range(2, 23, 2, 23),
    context: { diagnostics: [opened[0]], only: ['quickfix'] },
  });
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'quickfix');
  assert.deepEqual(actions[0].diagnostics.map((d) => d.code), ['ED4005']);
  const document = TextDocument.create(articleUri, 'markdown', 1, articleText);
  const fixedText = TextDocument.applyEdits(document, actions[0].edit.changes[articleUri]);
  assert.equal(fixedText.split('\n')[2], 'The minister said the talks would resume on Friday.');

  // The edited text: the repeated word is gone. The cross-article finding is held back until the next save, as the text
  // before it changed; the save checks the folder again and it is back, at its place in the new text.
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: articleUri, version: 2 },
    // Incremental sync: the client sends the edit's range and its new text, not the whole article.
    contentChanges: actions[0].edit.changes[articleUri].map((edit) => ({ range: edit.range, text: edit.newText })),
  });
  assert.deepEqual((await nextDiagnostics(articleUri, 2)).map(brief), []);
  fs.writeFileSync(new URL(articleUri), fixedText);
  await connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: articleUri } });
  const saved = await nextDiagnostics(articleUri, 2);
  assert.deepEqual(saved.map((d) => [d.code, d.range]), [['ED2002', range(4, 32, 4, 52)]]);

  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  assert.equal(await exited, 0, 'the server exits with 0 after shutdown and exit');
  connection.dispose();
  console.log('editorial lsp end-to-end: every check held');
}

const watchdog = setTimeout(() => {
  console.error(`editorial lsp end-to-end: no result after ${TIMEOUT_MS} ms`);
  process.exit(1);
}, TIMEOUT_MS + 5000);

main()
  .then(() => {
    clearTimeout(watchdog);
    fs.rmSync(root, { recursive: true, force: true });
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });

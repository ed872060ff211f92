// Minimal suite run inside the VS Code extension host by @vscode/test-electron (no mocha): each step throws on
// failure, and run() rejecting makes the runner exit non-zero. Plain CommonJS: the host loads it as is.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'transcript-lens.transcript-lens';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, fn, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

async function open(name) {
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

const steps = {
  async 'a .transcript file opens in the transcript language and activates the extension'() {
    const doc = await open('bilingual.transcript');
    assert.equal(doc.languageId, 'transcript');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'extension installed');
    await until('activation', () => ext.isActive);
  },

  async 'the outline has the call sections'() {
    const doc = await open('bilingual.transcript');
    const symbols = await until('document symbols', async () => {
      const s = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length ? s : undefined;
    });
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Q&A'), `sections: ${names.join(', ')}`);
  },

  async 'the headerless ASR seed gets diagnostics with codes and documentation links'() {
    const doc = await open('asr.transcript');
    const diags = await until('diagnostics', () => {
      const d = vscode.languages.getDiagnostics(doc.uri);
      return d.length ? d : undefined;
    });
    const codes = new Set(diags.map((d) => (typeof d.code === 'object' ? d.code.value : d.code)));
    assert.ok(codes.has('duplicate-passage'), `codes: ${[...codes].join(', ')}`);
    assert.ok(diags.every((d) => d.source === 'Transcript Lens'));
  },

  async 'Clean Transcript removes the restarted half in one edit, and one undo restores it'() {
    const doc = await open('asr.transcript');
    const before = doc.lineCount;
    await vscode.commands.executeCommand('transcriptLens.clean');
    await until('the clean edit', () => doc.lineCount < before);
    await vscode.commands.executeCommand('undo');
    await until('the undo', () => doc.lineCount === before);
  },
};

exports.run = async function run() {
  const failures = [];
  for (const [name, fn] of Object.entries(steps)) {
    try {
      await fn();
      console.log(`  ok   ${name}`);
    } catch (err) {
      failures.push(name);
      console.error(`  FAIL ${name}\n${err && err.stack ? err.stack : err}`);
    }
  }
  if (failures.length) throw new Error(`${failures.length} of ${Object.keys(steps).length} steps failed (${path.basename(__filename)})`);
};

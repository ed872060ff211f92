import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze';
import { AnalysisWorkerPool } from '../src/server/analysisWorker';
import { buildFoldingRanges } from '../src/server/folding';
import { buildDocumentSymbols } from '../src/server/symbols';
import { buildServer, SERVER_JS, seedText } from './lsp/stdioClient';

/** The worker thread the Node server uses for big documents: same results as inline, superseded jobs dropped. */

beforeAll(async () => {
  await buildServer();
});

describe('analysis worker', () => {
  it('returns the same analysis as inline, with a working LineIndex', async () => {
    const pool = new AnalysisWorkerPool(SERVER_JS);
    try {
      const text = seedText('004_9af29ef9ab041140.txt');
      const viaWorker = await pool.run('file:///a', text, {}, false);
      const inline = analyze(text, {});
      expect(viaWorker.model.index.positionAt(text.length)).toEqual(inline.model.index.positionAt(text.length));
      expect(buildDocumentSymbols(viaWorker.model)).toEqual(buildDocumentSymbols(inline.model));
      expect(buildFoldingRanges(viaWorker.model)).toEqual(buildFoldingRanges(inline.model));
      expect(viaWorker.diagnostics.map((d) => [d.checkId, d.span.start, d.span.end])).toEqual(inline.diagnostics.map((d) => [d.checkId, d.span.start, d.span.end]));
      const structure = await pool.run('file:///a', text, {}, true);
      expect(structure.diagnostics).toEqual([]);
      expect(structure.model.turns.length).toBe(inline.model.turns.length);
    } finally {
      pool.dispose();
    }
  });

  for (const [how, terminateAbove] of [
    ['terminating the worker (big text)', 0],
    ['discarding the result (short text)', Number.MAX_SAFE_INTEGER],
  ] as const) {
    it(`drops a job when a newer one for the same document arrives, by ${how}, and keeps others`, async () => {
      const pool = new AnalysisWorkerPool(SERVER_JS, terminateAbove);
      try {
        const text = seedText('002_c10d7f1c76de8547.txt');
        const old = pool.run('file:///a', text, {}, false);
        const other = pool.run('file:///b', text, {}, true);
        const queuedOld = pool.run('file:///b', `${text}\nmore`, {}, true);
        const newer = pool.run('file:///b', `${text}\nmore again`, {}, true);
        const restarted = pool.run('file:///a', `${text}\nedited`, {}, false);
        await expect(old).rejects.toMatchObject({ superseded: true });
        await expect(queuedOld).rejects.toMatchObject({ superseded: true });
        await expect(other).rejects.toMatchObject({ superseded: true });
        expect((await newer).model.text.endsWith('more again')).toBe(true);
        expect((await restarted).model.text.endsWith('edited')).toBe(true);
      } finally {
        pool.dispose();
      }
    });
  }
});

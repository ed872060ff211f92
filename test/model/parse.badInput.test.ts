import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/core/model/parse';

describe('parsing never fails', () => {
  it('gives an empty model for an empty file', () => {
    const m = parseTranscript('');
    expect(m.format).toBe('empty');
    expect(m.turns).toEqual([]);
    expect(m.lines).toHaveLength(1);
  });

  it('reads binary bytes, NULs and lone surrogates without throwing', () => {
    const junk = '\0\u0001\uFFFD\uD800abc\uDC00\n\u0000Operator\u0000\n' + String.fromCharCode(...Array.from({ length: 500 }, (_, i) => i % 256));
    expect(() => parseTranscript(junk)).not.toThrow();
  });

  it('reads a file of only Chinese as speech in Chinese', () => {
    const m = parseTranscript('大家好，歡迎參加本次電話會議。\n本季度收入為人民幣1.08億元。\n');
    expect(m.lines.slice(0, 2).map((l) => l.lang)).toEqual(['zh', 'zh']);
    expect(m.sentences.map((s) => s.text)).toEqual(['大家好，歡迎參加本次電話會議。', '本季度收入為人民幣1.08億元。']);
  });

  it('gives the same structure for CRLF, LF and a leading BOM', () => {
    const lf = 'Operator\n\nGood day and welcome to the Acme first quarter 2024 earnings call.\n\nJane Doe - CEO\n\nThank you. Revenue grew.\n';
    const shape = (text: string) => {
      const m = parseTranscript(text);
      return { format: m.format, turns: m.turns.map((t) => [t.speaker.name, t.startLine, t.endLine]), kinds: m.lines.map((l) => l.kind) };
    };
    expect(shape(lf.replace(/\n/g, '\r\n'))).toEqual(shape(lf));
    expect(shape('\uFEFF' + lf)).toEqual(shape(lf));
  });

  it('reads a 1 MB line with no newline and a 50 MB file', { timeout: 600_000 }, () => {
    const long = 'this is a long line without any stop '.repeat(30_000);
    expect(parseTranscript(long).lines).toHaveLength(1);
    const block = 'Operator\nThank you for standing by. Our next question comes from Ann Lee of Citi.\nAnn Lee - Citi - Analyst\nWhat was revenue? It was RMB 1.2 billion.\n';
    const big = block.repeat(Math.ceil(50_000_000 / block.length));
    const m = parseTranscript(big);
    expect(m.turns.length).toBeGreaterThan(100_000);
  });

  it('keeps every turn and section span inside the document', () => {
    const text = 'Operator\nOperator\nHello.\n你好。\nJohn Smith - CFO\n\n';
    const m = parseTranscript(text);
    for (const t of m.turns) {
      expect(t.span.start).toBeGreaterThanOrEqual(0);
      expect(t.span.end).toBeLessThanOrEqual(text.length);
      expect(t.span.start).toBeLessThanOrEqual(t.span.end);
    }
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { clauseEnd, wordBeforeBlanks } from '../src/core/figures/context';
import { foldChar, FOLDS } from '../src/core/figures/fold';
import { mayHoldFigure } from '../src/core/figures/prefilter';
import { readSentence, recognizeFigures, recognizeSentence } from '../src/core/figures/recognize';
import { parseTranscript } from '../src/core/model/parse';
import type { CallFacts } from '../src/core/model/types';
import { fcParams, SEED_NAMES, seedText } from './property/gen';

/**
 * The figure recogniser skips work it can prove useless. Each shortcut must give exactly what the full reading
 * gives; these tests compare the two on hostile text and on every sentence of the seeds and format fixtures.
 */

const span = { start: 0, end: 0 };
const FACTS: CallFacts = { currency: { code: 'CNY', span }, period: { label: 'Q4 2023', year: 2023, quarter: 4, fiscalYear: false, span } };

/** Pieces that come close to figures without digits: number words in every case and width, fractions, numerals. */
const PIECES = [
  'one', 'One', 'ONE', 'Ｏｎｅ', 'ｏｎｅ', 'twenty', 'Twenty-five', 'fourty', 'nineteen', 'zero', 'half', 'halves', 'a', 'A', 'an',
  'hundred', 'thousand', 'million', 'billion', 'trillion', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'of', 'the',
  'percent', 'times', 'customers', 'RMB', 'US$', '$', 'point', 'two', 'oh', 'money', 'done', 'often', 'someone', "one's", 'a-quarter',
  'é', 'éone', '×', '÷', '_', '-', '–', ' ', '  ', '\u00a0', '\u3000', '\u200b', '\ufeff', '.', ',', '(', ')', '%', "'", '&',
  '一', '二', '兩', '两', '十', '百', '千', '零', '〇', '萬', '億', '元', '人民幣', '百分之', '分之', '倍', '个百分点', '左右', '负', '負', '第',
  '1', '５', '0.5', '.5',
];

const pieceText = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', ' ', '', '-')), { maxLength: 30 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

describe('pre-filter: a sentence it passes over has no figure', () => {
  it('on text made of number-like pieces', () => {
    fc.assert(
      fc.property(pieceText, (s) => {
        if (mayHoldFigure(s)) return;
        expect(readSentence(s, 0, 0, 'en', FACTS)).toEqual([]);
        expect(readSentence(s, 0, 0, 'zh', FACTS)).toEqual([]);
      }),
      fcParams(3000),
    );
  });

  it('on every sentence of the seeds and the format fixtures', () => {
    const dir = path.resolve(__dirname, 'fixtures/formats');
    const texts = [...SEED_NAMES.map(seedText), ...['fool-dash-dash.txt', 'inline-timestamps.txt', 'sa-participants.txt', 'sentence-per-line.txt'].map((f) => readFileSync(path.join(dir, f), 'utf8'))];
    let skipped = 0;
    for (const text of texts) {
      const model = parseTranscript(text);
      for (const s of model.sentences) {
        const full = readSentence(s.text, s.span.start, s.line, s.lang, model.facts);
        expect(recognizeSentence(s.text, s.span.start, s.line, s.lang, model.facts)).toEqual(full);
        if (!mayHoldFigure(s.text)) skipped++;
      }
    }
    // The filter must also earn its keep: most sentences of a call hold no number.
    expect(skipped).toBeGreaterThan(100);
  });

  it('says yes to every way a number is written', () => {
    for (const s of ['It grew 5%.', 'Ｏｎｅ customer', 'ONE customer', 'a quarter of the total', 'a-third of them', 'half of it', 'a hundred people', 'fourty stores', '增长百分之二十', '兩個', '５億']) {
      expect(mayHoldFigure(s), s).toBe(true);
    }
    for (const s of ['The quarter was good.', 'Someone has done it often.', 'Thank you, operator.', '大家好，谢谢。', 'the third quarter']) {
      expect(mayHoldFigure(s), s).toBe(false);
    }
  });
});

describe('repeated sentences: read once, placed at every repeat', () => {
  const text = [
    'Revenue was RMB 48.8 million, up 12.5% year-over-year. Thank you.',
    'Revenue was RMB 48.8 million, up 12.5% year-over-year. Gross margin was between 60% and 65%.',
    '收入為人民幣4,880萬元，同比增長12.5%。',
    '收入為人民幣4,880萬元，同比增長12.5%。',
    'Gross margin was between 60% and 65%.',
    'We expect growth of about 60% to 65% this year.',
    'We expect growth of about 60% to 65% this year.',
  ].join('\n');
  const model = parseTranscript(text);

  it('gives what reading every sentence on its own gives', () => {
    const alone = model.sentences.flatMap((s) => {
      const figs = recognizeSentence(s.text, s.span.start, s.line, s.lang, model.facts);
      return figs;
    });
    const figures = recognizeFigures({ text, lines: model.lines, sentences: model.sentences, facts: model.facts });
    expect(figures.map((f) => ({ ...f, rangeWith: undefined }))).toEqual(alone.map((f) => ({ ...f, rangeWith: undefined })));
    // Range partners point at the right figure of the whole list, repeat or not.
    for (const [i, f] of figures.entries()) if (f.rangeWith !== undefined) expect(figures[f.rangeWith].rangeWith).toBe(i);
    expect(figures.filter((f) => f.rangeWith !== undefined)).toHaveLength(8);
  });

  it('gives every repeat records of its own', () => {
    const figures = recognizeFigures({ text, lines: model.lines, sentences: model.sentences, facts: model.facts });
    const [a, b] = figures.filter((f) => f.text === 'RMB 48.8 million');
    expect(a.span.start).not.toBe(b.span.start);
    expect(a.line).not.toBe(b.line);
    expect(a.notes).not.toBe(b.notes);
    expect(a.span).not.toBe(b.span);
    const [c, d] = figures.filter((f) => f.text === '12.5%' && f.change);
    expect(c.change).not.toBe(d.change);
  });

  it('keeps the field order of the first reading (a range end gets its shared hedge last)', () => {
    const figures = recognizeFigures({ text, lines: model.lines, sentences: model.sentences, facts: model.facts });
    const [a, b] = figures.filter((f) => f.text === '65%' && f.approximation);
    expect(Object.keys(b)).toEqual(Object.keys(a));
  });
});

describe('lookup tables built from their definitions', () => {
  it('folds every UTF-16 unit as the fold rules say', () => {
    for (let c = 0; c < 0x10000; c++) {
      const expected =
        c >= 65 && c <= 90 ? c + 32 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 + 48 : (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) ? (c & 0xff1f) - 0xff01 + 97 : (FOLDS.get(c) ?? c);
      if (foldChar(c) !== expected) expect([c, foldChar(c)]).toEqual([c, expected]);
    }
  });

  it('the pre-filter triggers on every unit that folds to a digit or a Chinese numeral, and on no other', () => {
    const numerals = new Set('零〇一二两三四五六七八九十百千'.split('').map((ch) => ch.charCodeAt(0)));
    for (let c = 0; c < 0x10000; c++) {
      const f = foldChar(c);
      const expected = (f >= 48 && f <= 57) || numerals.has(f);
      if (mayHoldFigure(String.fromCharCode(c)) !== expected) expect([c, !expected]).toEqual([c, expected]);
    }
  });
});

describe('numerals remembered from document to document', () => {
  it('keep their values past the memo bound and in a later document', () => {
    // More distinct numerals than the memo keeps (it starts again when full), then the same ones again.
    const text = Array.from({ length: 9000 }, (_, i) => `Revenue was RMB ${i + 1}.5 million.`).join('\n');
    for (let round = 0; round < 2; round++) {
      const figures = parseTranscript(text).figures.filter((f) => f.kind === 'money');
      expect(figures.length).toBe(9000);
      figures.forEach((f, i) => expect(f.value).toBe(`${i + 1}500000`));
    }
  });
});

describe('the end of a figure\'s clause, read in place', () => {
  const CLAUSE_PIECES = ['up', '5', '.', '.5', ',', ';', ':', '!', '?', '，', '；', '。', '！', '？', '．', ' ', '\u00a0', '\u3000', '\t', 'year', '增长'];
  const text = fc.array(fc.constantFrom(...CLAUSE_PIECES), { maxLength: 30 }).map((p) => p.join(''));

  it('is where the clause pattern cuts the window', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const from = a % (s.length + 1);
        const until = Math.max(0, from + (b % (s.length + 8)) - 4);
        const window = s.slice(from, until);
        const cut = window.search(/[,;:，；。！？!?]|\.(?:\s|$)/);
        expect(s.slice(from, clauseEnd(s, from, until))).toBe(cut >= 0 ? window.slice(0, cut) : window);
      }),
      fcParams(5000),
    );
  });
});

describe('the modifier word before a metric, read in place', () => {
  const WORD_PIECES = ['idc', 'd&a', 'public', 'cloud', '-', '&', 'r&d', 'non-gaap', 'x1', 'A', 'é', '5', ',', ' ', '  ', '\t', '\n', '\u00a0'];
  const text = fc.array(fc.constantFrom(...WORD_PIECES), { maxLength: 16 }).map((p) => p.join(''));

  it('is where the word pattern matches the window', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const to = a % (s.length + 1);
        const from = Math.max(0, to - (b % 32));
        const m = /([a-z][a-z&-]*)[ \t]+$/.exec(s.slice(from, to));
        expect(wordBeforeBlanks(s, from, to)).toBe(m ? from + m.index : -1);
      }),
      fcParams(5000),
    );
  });
});

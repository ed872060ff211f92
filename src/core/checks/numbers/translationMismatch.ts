import type Big from 'big.js';
import type { Figure } from '../../figures/types';
import type { TranscriptModel } from '../../model/types';
import { Dec } from '../../numbers/decimal';
import { overlaps, scale, type Iv } from '../../numbers/interval';
import type { Check, Finding, Fix } from '../types';
import { chineseFigure, isTraditional } from './chineseNotation';
import { noteVerified, quote } from './report';
import { figureIv } from './relations';
import { isAmountLike, pushTo } from './units';

type KindClass = 'amount' | 'money' | 'share' | 'multiple';

function kindClass(f: Figure): KindClass | undefined {
  if (f.kind === 'money') return 'money';
  if (f.kind === 'count') return isAmountLike(f) && !/年|year/i.test(f.unit ?? '') ? 'amount' : undefined;
  if (f.kind === 'percent' || f.kind === 'percentage-points' || f.kind === 'basis-points') return 'share';
  if (f.kind === 'multiple') return 'multiple';
  return undefined;
}

function comparableIv(f: Figure): Iv | undefined {
  const iv = figureIv(f);
  return iv && f.kind === 'basis-points' ? scale(iv, new Dec('0.01')) : iv;
}

/** What pairing reads of a figure, once per figure: a line pair compares every English figure with every Chinese one. */
interface Reading {
  readonly f: Figure;
  readonly cls: KindClass | undefined;
  readonly iv: Iv | undefined;
  readonly value: Big;
}

function reading(f: Figure): Reading {
  return { f, cls: kindClass(f), iv: comparableIv(f), value: new Dec(f.value) };
}

/** The same figure in both languages: same class, same currency when both say one, overlapping values. */
function consistent(er: Reading, zr: Reading): boolean {
  const [e, z] = [er.f, zr.f];
  if (er.cls !== zr.cls) return false;
  if (e.kind === 'money' && e.currency && z.currency && !z.currencyImplied && e.currency !== z.currency) return false;
  return !!er.iv && !!zr.iv && overlaps(er.iv, zr.iv);
}

/** What kind of slip turns the English figure into the Chinese one, for the message. */
function describe(e: Figure, zs: readonly Figure[]): string {
  if (zs.length > 1) return 'split into several figures';
  const z = zs[0];
  if (kindClass(e) !== kindClass(z)) return e.kind === 'percent' || z.kind === 'percent' ? 'percent vs amount' : 'different kind';
  const a = new Dec(e.value);
  const b = new Dec(z.value);
  if (!a.eq(0) && a.abs().eq(b.abs()) && !a.eq(b)) return 'sign';
  if (!b.eq(0) && !a.eq(0)) {
    const r = a.div(b).abs();
    for (let k = 1; k <= 8; k++) {
      const p = new Dec(10).pow(k);
      if (r.eq(p) || r.eq(new Dec(1).div(p))) return 'scale';
    }
  }
  return 'value';
}

/** Chinese figures between two anchors that really are one garbled figure: only spaces or currency words between them. */
function oneGroup(model: TranscriptModel, zs: readonly Figure[]): boolean {
  for (let i = 1; i < zs.length; i++) {
    const gap = model.text.slice(zs[i - 1].span.end, zs[i].span.start);
    if (!/^[\s人民幣币元]*$/.test(gap)) return false;
  }
  return true;
}

/**
 * A figure on an English line against the figures of its Chinese translation line. Figures are paired by
 * kind and value; an English figure without a consistent counterpart is reported only when exactly one
 * Chinese figure (or one garbled group) sits in its place between two agreeing pairs. English prevails:
 * the fix rewrites the Chinese figure in Chinese notation and in the line's script.
 */
export const translationMismatch: Check = {
  id: 'translation-mismatch',
  category: 'numbers',
  summary: 'A figure on a translation line disagrees with the figure it translates (value, scale, sign, or percent vs amount).',
  defaultSeverity: 'warning',
  run(model) {
    const byLine = new Map<number, number[]>();
    model.figures.forEach((f, i) => {
      if (kindClass(f) === undefined) return;
      pushTo(byLine, f.line, i);
    });
    const out: Finding[] = [];
    for (const line of model.lines) {
      if (line.kind !== 'translation' || line.translationOf === undefined) continue;
      const en = [...(byLine.get(line.translationOf) ?? [])].sort((a, b) => model.figures[a].span.start - model.figures[b].span.start);
      const zh = [...(byLine.get(line.index) ?? [])].sort((a, b) => model.figures[a].span.start - model.figures[b].span.start);
      if (en.length === 0 || zh.length === 0) continue;
      // Pair each English figure with a consistent Chinese one: equal values first (a hedged "more than 100 million"
      // must not take the "1.08億" that translates the exact figure beside it), then nearest in relative position.
      const enRead = en.map((i) => reading(model.figures[i]));
      const zhRead = zh.map((i) => reading(model.figures[i]));
      const partner = new Array<number>(en.length).fill(-1);
      const used = new Array<boolean>(zh.length).fill(false);
      for (const exact of [true, false]) {
        en.forEach((_, x) => {
          if (partner[x] >= 0) return;
          let best = -1;
          let bestD = Infinity;
          zh.forEach((_z, y) => {
            const [e, z] = [enRead[x], zhRead[y]];
            if (used[y] || !consistent(e, z) || (exact && e.value.cmp(z.value) !== 0)) return;
            const d = Math.abs(x / en.length - y / zh.length);
            if (d < bestD) [best, bestD] = [y, d];
          });
          if (best >= 0) [partner[x], used[best]] = [best, true];
        });
      }
      en.forEach((ei, x) => {
        if (partner[x] < 0) return;
        const [e, z] = [model.figures[ei], model.figures[zh[partner[x]]]];
        // Same number, opposite stated change: "decreased 60%" translated as "增長60%".
        const de = e.change?.direction;
        const dz = z.change?.direction;
        if (de && dz && de !== 'unspecified' && dz !== 'unspecified' && de !== dz) {
          out.push({
            checkId: 'translation-mismatch',
            span: z.span,
            message: `The translation says ${quote(z)} ${dz === 'up' ? 'up' : 'down'} where the English says ${quote(e)} ${de === 'up' ? 'up' : 'down'} (direction).`,
            related: [{ span: e.span, message: `English: ${quote(e)}` }],
            fixes: [],
          });
          return;
        }
        noteVerified(model, 'translation-mismatch', [ei, zh[partner[x]]], () => `${quote(e)} = ${quote(z)}`);
      });
      for (let x = 0; x < en.length; x++) {
        if (partner[x] >= 0) continue;
        // Its place: between the partners of the nearest paired English figures before and after it.
        let prev = x - 1;
        while (prev >= 0 && partner[prev] < 0) prev--;
        let next = x + 1;
        while (next < en.length && partner[next] < 0) next++;
        if (prev !== x - 1 || (next < en.length && next !== x + 1)) continue; // two unpaired English figures side by side: unclear
        const lo = prev >= 0 ? partner[prev] : -1;
        const hi = next < en.length ? partner[next] : zh.length;
        if (lo >= hi) continue; // reordered translation: no clear place
        const slot: number[] = [];
        for (let y = lo + 1; y < hi; y++) if (!used[y]) slot.push(y);
        if (slot.length === 0 || slot.some((y) => used[y])) continue;
        const zs = slot.map((y) => model.figures[zh[y]]);
        if (zs.length > 1 && !oneGroup(model, zs)) continue;
        const e = model.figures[en[x]];
        // Pair only like with like, or a percent that lost its sign: other pairings are not clear.
        const kinds = new Set(zs.map(kindClass));
        if (zs.length === 1 && kinds.has(kindClass(e)) === false && !(e.kind === 'percent' && zs[0].kind === 'count')) continue;
        const start = zs[0].span.start;
        const end = zs[zs.length - 1].span.end;
        const written = model.text.slice(start, end);
        const fixes: Fix[] = [];
        const rendered = chineseFigure(e, isTraditional(line.text));
        if (rendered) {
          const prefix = /^(人民幣|人民币)/.exec(written)?.[1] ?? '';
          const suffix = prefix ? '' : (/(人民幣|人民币)$/.exec(written)?.[1] ?? '');
          fixes.push({ title: `Change to ${prefix}${rendered}${suffix} (the English prevails)`, edits: [{ start, end, newText: `${prefix}${rendered}${suffix}` }], safe: false });
        }
        out.push({
          checkId: 'translation-mismatch',
          span: { start, end },
          message: `The translation says ${written.replace(/\s+/g, ' ')} where the English says ${quote(e)} (${describe(e, zs)}).`,
          related: [{ span: e.span, message: `English: ${quote(e)}` }],
          fixes,
        });
      }
    }
    return out;
  },
};

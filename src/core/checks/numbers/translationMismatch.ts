import type { Figure } from '../../figures/types';
import type { TranscriptModel } from '../../model/types';
import { Dec } from '../../numbers/decimal';
import type { Check, Finding, Fix } from '../types';
import { chineseFigure, isTraditional } from './chineseNotation';
import { kindClass, pairFigures, reading } from './pairing';
import { noteVerified, quote } from './report';
import { figureNumbers } from './relations';
import { inOrder, pushTo } from './units';

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
    const nums = figureNumbers(model);
    /** A line's figures by position (the recogniser gives them in order: then the list itself, unsorted). */
    const inTextOrder = (list: readonly number[] | undefined): readonly number[] => {
      if (!list) return [];
      return inOrder(list.length, (k) => model.figures[list[k]].span.start) ? list : [...list].sort((a, b) => model.figures[a].span.start - model.figures[b].span.start);
    };
    const out: Finding[] = [];
    for (const line of model.lines) {
      if (line.kind !== 'translation' || line.translationOf === undefined) continue;
      const en = inTextOrder(byLine.get(line.translationOf));
      const zh = inTextOrder(byLine.get(line.index));
      if (en.length === 0 || zh.length === 0) continue;
      // Pair each English figure with a consistent Chinese one: equal values first (a hedged "more than 100 million"
      // must not take the "1.08億" that translates the exact figure beside it), then nearest in relative position.
      const partner = pairFigures(
        en.map((i) => reading(model.figures[i], nums.look(i))),
        zh.map((i) => reading(model.figures[i], nums.look(i))),
      );
      const used = new Array<boolean>(zh.length).fill(false);
      for (const y of partner) if (y >= 0) used[y] = true;
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
      // The line's script, read once for all its fixes (it reads the whole line).
      let traditional: boolean | undefined;
      // The first paired English figure after each position (en.length when none), read in one pass from the end
      // when the line has an unpaired figure at all.
      let nextPaired: number[] | undefined;
      for (let x = 0; x < en.length; x++) {
        if (partner[x] >= 0) continue;
        if (!nextPaired) {
          nextPaired = new Array<number>(en.length + 1).fill(en.length);
          for (let q = en.length - 1; q >= 0; q--) nextPaired[q] = partner[q] >= 0 ? q : nextPaired[q + 1];
        }
        // Its place: between the partners of the nearest paired English figures before and after it.
        const prev = x - 1;
        const next = nextPaired[x + 1];
        if ((prev >= 0 && partner[prev] < 0) || (next < en.length && next !== x + 1)) continue; // two unpaired English figures side by side: unclear
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
        traditional ??= isTraditional(line.text);
        const rendered = chineseFigure(e, traditional);
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

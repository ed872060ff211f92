import type Big from 'big.js';
import type { Figure } from '../../figures/types';
import { Dec } from '../../numbers/decimal';
import type { Iv } from '../../numbers/interval';
import { figureLook, looksOverlap, scaledLook, type Look } from './looks';
import { isAmountLike } from './units';

/**
 * Pairing the figures of an English line with those of its Chinese translation line (translation-mismatch):
 * each English figure, in order, takes the nearest (in relative position) unused Chinese figure that states
 * the same quantity: equal values in a first pass, overlapping intervals in a second.
 *
 * Ordinary line pairs (a few figures each) compare every English figure with every Chinese one. Long ones are
 * paired by grouping, with the same result: Chinese figures alike in everything the comparison reads form a group,
 * the groups an English figure may take are found once per distinct English figure (an interval-overlap search
 * over the groups sorted by lower bound), and within a group the nearest unused member is found by binary search
 * and two "next unused" links. A line pair of thousands of figures each no longer costs their product.
 */

export type KindClass = 'amount' | 'money' | 'share' | 'multiple';

export function kindClass(f: Figure): KindClass | undefined {
  if (f.kind === 'money') return 'money';
  if (f.kind === 'count') return isAmountLike(f) && !/年|year/i.test(f.unit ?? '') ? 'amount' : undefined;
  if (f.kind === 'percent' || f.kind === 'percentage-points' || f.kind === 'basis-points') return 'share';
  if (f.kind === 'multiple') return 'multiple';
  return undefined;
}

/** The interval pairing compares, as a float look (looks.ts): basis points as percentage points. */
function comparableLook(f: Figure, look: Look | undefined): Look | undefined {
  return look && f.kind === 'basis-points' ? scaledLook(look, 0.01, HUNDREDTH) : look;
}
const HUNDREDTH = new Dec('0.01');

/** What pairing reads of a figure, once per figure. */
export interface Reading {
  readonly f: Figure;
  readonly cls: KindClass | undefined;
  /** The compared interval as a look: floats settle most comparisons of a line pair, exact arithmetic the near ties. */
  readonly look: Look | undefined;
  /** The compared interval, exact. */
  readonly iv: Iv | undefined;
  /** The stated value (parsed when first compared: most figures meet no candidate of their class). */
  readonly value: Big;
}

class FigureReading implements Reading {
  private big: Big | undefined;
  constructor(
    readonly f: Figure,
    readonly cls: KindClass | undefined,
    readonly look: Look | undefined,
  ) {}
  get iv(): Iv | undefined {
    return this.look?.exact;
  }
  get value(): Big {
    return (this.big ??= new Dec(this.f.value));
  }
}

/** A figure as pairing reads it; `look` is its figureLook when the caller has it already. */
export function reading(f: Figure, look: Look | undefined = figureLook(f)): Reading {
  return new FigureReading(f, kindClass(f), comparableLook(f, look));
}

/** The same figure in both languages: same class, same currency when both say one, overlapping values. */
export function consistent(er: Reading, zr: Reading): boolean {
  const [e, z] = [er.f, zr.f];
  if (er.cls !== zr.cls) return false;
  if (e.kind === 'money' && e.currency && z.currency && !z.currencyImplied && e.currency !== z.currency) return false;
  return !!er.look && !!zr.look && looksOverlap(er.look, zr.look);
}

/** Equal stated values: equal strings are, and only other spellings need big.js. */
function sameValue(a: Reading, b: Reading): boolean {
  return a.f.value === b.f.value || a.value.cmp(b.value) === 0;
}

/** Everything `consistent` and the equal-value pass read of a figure: figures alike in it answer alike. */
function signature(r: Reading): string {
  const f = r.f;
  return `${r.cls}|${f.kind}|${f.currency ?? ''}|${f.currencyImplied ? 1 : 0}|${f.low}|${f.high}|${f.value}`;
}

/** Nearest unused position at or after i (or at or before i): links that skip used positions, shortened as they are followed. */
function follow(link: Int32Array, i: number): number {
  let r = i;
  while (link[r] !== r) r = link[r];
  while (link[i] !== r) {
    const next = link[i];
    link[i] = r;
    i = next;
  }
  return r;
}

/** Chinese figures alike in everything the comparison reads, in line order. */
class Group {
  readonly members: number[] = [];
  /** after[i]: the first unused member index >= i (members.length when none). */
  private after!: Int32Array;
  /** before[i + 1]: the last unused member index <= i, plus one (0 when none). */
  private before!: Int32Array;
  constructor(readonly rep: Reading) {}

  seal(): void {
    const n = this.members.length;
    this.after = Int32Array.from({ length: n + 1 }, (_, i) => i);
    this.before = Int32Array.from({ length: n + 1 }, (_, i) => i);
  }

  /** The unused members nearest a split point: the last one before member index `at` and the first from it. */
  around(at: number): [number, number] {
    const left = follow(this.before, at) - 1;
    const right = follow(this.after, at);
    return [left >= 0 ? this.members[left] : -1, right < this.members.length ? this.members[right] : -1];
  }

  use(y: number): void {
    const i = lowerBound(this.members.length, (j) => this.members[j] >= y);
    this.after[i] = i + 1;
    this.before[i + 1] = i;
  }
}

/** The first index in [0, n) where `ok` holds (n when none); `ok` is false then true along the range. */
function lowerBound(n: number, ok: (i: number) => boolean): number {
  let [lo, hi] = [0, n];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The groups of one class sorted by lower bound, with the largest upper bound over each range of them (a segment
 * tree): the groups whose interval overlaps a query are listed without looking at the others.
 */
class OverlapIndex {
  private readonly maxHi: Big[] = [];
  constructor(private readonly groups: readonly Group[]) {
    if (groups.length > 0) this.build(1, 0, groups.length);
  }

  private build(node: number, from: number, to: number): Big {
    let hi: Big;
    if (to - from === 1) hi = this.groups[from].rep.iv!.hi;
    else {
      const mid = (from + to) >>> 1;
      const [a, b] = [this.build(2 * node, from, mid), this.build(2 * node + 1, mid, to)];
      hi = a.gte(b) ? a : b;
    }
    this.maxHi[node] = hi;
    return hi;
  }

  /** Groups with lo <= iv.hi and hi >= iv.lo. */
  overlapping(iv: Iv): Group[] {
    const out: Group[] = [];
    const end = lowerBound(this.groups.length, (i) => this.groups[i].rep.iv!.lo.gt(iv.hi));
    const visit = (node: number, from: number, to: number): void => {
      // Past the last lower bound that may overlap, or no upper bound in the range reaches iv.lo: skipped whole.
      if (from >= end || this.maxHi[node].lt(iv.lo)) return;
      if (to - from === 1) {
        out.push(this.groups[from]);
        return;
      }
      const mid = (from + to) >>> 1;
      visit(2 * node, from, mid);
      visit(2 * node + 1, mid, to);
    };
    if (this.groups.length > 0) visit(1, 0, this.groups.length);
    return out;
  }
}

/**
 * For each English figure, the index of the Chinese figure it pairs with (-1 when none): each English figure in
 * order takes the first nearest (distance |x/n − y/m|) unused consistent Chinese figure, equal values in a first pass.
 */
export function pairFigures(en: readonly Reading[], zh: readonly Reading[]): number[] {
  // Most line pairs hold a few figures each: comparing them all is cheaper than building the groups.
  return en.length * zh.length <= SMALL ? pairPlainly(en, zh) : pairByGroups(en, zh);
}

/** Line pairs with at most this many English x Chinese comparisons are paired plainly. */
const SMALL = 256;

/** The rule as stated, comparing every English figure with every Chinese one: O(n·m). */
export function pairPlainly(en: readonly Reading[], zh: readonly Reading[]): number[] {
  const partner = new Array<number>(en.length).fill(-1);
  const used = new Array<boolean>(zh.length).fill(false);
  for (const exact of [true, false]) {
    en.forEach((e, x) => {
      if (partner[x] >= 0) return;
      let best = -1;
      let bestD = Infinity;
      zh.forEach((z, y) => {
        if (used[y] || !consistent(e, z) || (exact && !sameValue(e, z))) return;
        const d = Math.abs(x / en.length - y / zh.length);
        if (d < bestD) [best, bestD] = [y, d];
      });
      if (best >= 0) [partner[x], used[best]] = [best, true];
    });
  }
  return partner;
}

/** The same pairs by groups of alike Chinese figures: O((n + m) log m) plus the groups each English figure may take. */
export function pairByGroups(en: readonly Reading[], zh: readonly Reading[]): number[] {
  const [n, m] = [en.length, zh.length];
  const partner = new Array<number>(n).fill(-1);
  const groups = new Map<string, Group>();
  const groupAt: Group[] = [];
  zh.forEach((r, y) => {
    // Without an interval a figure is consistent with nothing.
    if (!r.iv) return;
    const key = signature(r);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Group(r)));
    g.members.push(y);
    groupAt[y] = g;
  });
  const byClass = new Map<string, Group[]>();
  for (const g of groups.values()) {
    g.seal();
    const list = byClass.get(String(g.rep.cls));
    if (list) list.push(g);
    else byClass.set(String(g.rep.cls), [g]);
  }
  const indexes = new Map<string, OverlapIndex>();
  for (const [cls, list] of byClass) indexes.set(cls, new OverlapIndex(list.sort((a, b) => a.rep.iv!.lo.cmp(b.rep.iv!.lo))));
  // The groups an English figure may take, once per distinct English figure; `equal` marks the first pass's.
  const options = new Map<string, { g: Group; equal: boolean }[]>();
  const optionsOf = (e: Reading): { g: Group; equal: boolean }[] => {
    const key = signature(e);
    let list = options.get(key);
    if (!list) {
      const index = e.iv && indexes.get(String(e.cls));
      list = index ? index.overlapping(e.iv!).filter((g) => consistent(e, g.rep)).map((g) => ({ g, equal: sameValue(e, g.rep) })) : [];
      options.set(key, list);
    }
    return list;
  };
  for (const exact of [true, false]) {
    for (let x = 0; x < n; x++) {
      if (partner[x] >= 0) continue;
      // Positions before `split` lie at or before x's relative place: there the distance falls as y grows, after
      // it the distance grows with y (the float expressions are monotone in y), so in each group the nearest unused
      // member on either side is the only candidate.
      const split = lowerBound(m, (y) => x / n - y / m < 0);
      let best = -1;
      let bestD = Infinity;
      for (const { g, equal } of optionsOf(en[x])) {
        if (exact && !equal) continue;
        const at = lowerBound(g.members.length, (j) => g.members[j] >= split);
        for (const y of g.around(at)) {
          if (y < 0) continue;
          const d = Math.abs(x / n - y / m);
          // The first nearest in line order, as a scan from the start would keep.
          if (d < bestD || (d === bestD && y < best)) [best, bestD] = [y, d];
        }
      }
      if (best >= 0) {
        partner[x] = best;
        groupAt[best].use(best);
      }
    }
  }
  return partner;
}

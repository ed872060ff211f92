import type { Figure } from '../../figures/types';
import type { TranscriptModel } from '../../model/types';
import { canonical, Dec, pow10 } from '../../numbers/decimal';
import type { Check, Finding, Fix } from '../types';
import { factRoles } from './facts';
import { endAboveZero, figureLook, looksOverlap, powerOfTenBetweenPositive, relativeWidth, scaledLook, type Look } from './looks';
import { finding, quote, relatedFigures } from './report';
import { unitViews, type UnitView } from './relations';
import { pushTo } from './units';
import { statements } from './sameMetric';

/**
 * An amount off by a power of ten from another statement of the same amount: "RMB 17.2 billion" for a
 * revenue stated as "RMB 1.72 billion" (亿 read as billion). Evidence that two amounts are the same series:
 * the same metric for the same period, or the same stated change beside each ("up 6%"), or a second pair of
 * amounts in the same two sentences off by the same factor. Unrelated amounts with equal digits are never compared.
 */

interface Amount {
  readonly figure: number;
  readonly unit: number;
  /** The stated interval as a float look (looks.ts): exact arithmetic only for near ties. */
  readonly look: Look;
  /** Id of the stated bounds as written (low, high): equal ids are equal intervals, no arithmetic needed. */
  readonly bounds: number;
  /** The change stated beside it, as written ("6%", "up"), if any. */
  readonly companion?: string;
}

/** The first two significant digits ("1722500000" -> "17"). */
function leadingDigits(f: Figure): string {
  return `${f.value.replace(/^-/, '').replace('.', '').replace(/^0+/, '')}0`.slice(0, 2);
}

/** A figure's stated bounds, read once per distinct (low, high): a long call states the same amounts again and again. */
interface Bounds {
  readonly id: number;
  readonly look: Look | undefined;
}

/** The percent change at position q as written ("6%|up"), if the figure there is one (and not a prior). */
function companionAt(view: UnitView, q: number): string | undefined {
  if (q < 0 || q >= view.figs.length || view.figs[q].kind !== 'percent') return undefined;
  const cue = view.changeCue(q);
  if (cue === undefined || view.fromLed(q)) return undefined;
  return `${view.figs[q].value}|${cue === 'unspecified' ? '' : cue.direction}`;
}

function amounts(model: TranscriptModel): Amount[] {
  const roles = factRoles(model);
  const out: Amount[] = [];
  // By low, then high (no key string per amount).
  const byText = new Map<string, Map<string, Bounds>>();
  let boundsCount = 0;
  const boundsOf = (f: Figure): Bounds => {
    let byHigh = byText.get(f.low);
    if (!byHigh) byText.set(f.low, (byHigh = new Map()));
    let b = byHigh.get(f.high);
    if (b === undefined) byHigh.set(f.high, (b = { id: boundsCount++, look: figureLook(f) }));
    return b;
  };
  unitViews(model).forEach((view, u) => {
    view.figs.forEach((f, p) => {
      const i = view.unit.figures[p];
      if (f.kind !== 'money' || roles.change[i] || view.rangePartner(p) !== undefined) return;
      const b = boundsOf(f);
      const look = b.look;
      if (!look || !endAboveZero(look, 'lo')) return;
      // The change stated with it: the nearest percent change with no other amount in between.
      const companion = companionAt(view, p + 1) ?? companionAt(view, p - 1);
      out.push({ figure: i, unit: u, look, bounds: b.id, companion });
    });
  });
  return out;
}

/**
 * Float margin for the cheap looks: far above float rounding (~1e-16 relative) and the 40-place exact
 * division, so a pair ruled out by floats is ruled out exactly too; anything closer goes to exact arithmetic.
 */
const MARGIN = 1e-9;

/** Whether a = b·10^k may hold within the stated intervals (both positive); false only when clearly not. */
function mayScaleTo(a: Amount, b: Amount, k: number): boolean {
  const f = 10 ** k;
  return a.look.lo <= b.look.hi * f * (1 + MARGIN) && b.look.lo * f <= a.look.hi * (1 + MARGIN);
}

/** The power of ten between two amounts' intervals (interval.ts `powerOfTenBetween`; both are positive). */
function powerOfTen(a: Amount, b: Amount, maxExp: number): number | undefined {
  return powerOfTenBetweenPositive(a.look, b.look, maxExp);
}

/** Whether a overlaps b·10^k, exactly (floats settle all but near ties). */
function scaledOverlap(a: Amount, b: Amount, k: number): boolean {
  return looksOverlap(a.look, k === 0 ? b.look : scaledLook(b.look, 10 ** k, pow10(k)));
}

/** The two sentences hold another pair of amounts off by the same factor, in the same order. */
function pairedElsewhere(byUnit: Map<number, Amount[]>, a: Amount, b: Amount, k: number): boolean {
  const ua = byUnit.get(a.unit) ?? [];
  const ub = byUnit.get(b.unit) ?? [];
  const ia = ua.indexOf(a);
  const ib = ub.indexOf(b);
  for (let x = 0; x < ua.length; x++) {
    if (x === ia) continue;
    const y = ib + (x - ia);
    if (y < 0 || y >= ub.length || y === ib) continue;
    // The ratio must hold 10^k for the exact answer to be k: floats rule out most pairs without dividing.
    if (!mayScaleTo(ua[x], ub[y], k)) continue;
    if (powerOfTen(ua[x], ub[y], 3) === k) return true;
  }
  return false;
}

/** The numeral of a figure's text rescaled by 10^-k, keeping every other character ("RMB 17.2 billion" -> "RMB 1.72 billion"). */
function rescaledText(f: Figure, k: number): string | undefined {
  const m = /[0-9][0-9,]*(?:\.[0-9]+)?/.exec(f.text);
  if (!m) return undefined;
  const n = new Dec(m[0].replace(/,/g, '')).times(pow10(-k));
  return f.text.slice(0, m.index) + canonical(n) + f.text.slice(m.index + m[0].length);
}

/**
 * Amounts with the same currency, value and bounds: every look at a pair of amounts depends only on these, so
 * it is taken once per pair of kinds, not once per pair of amounts (a long call repeats its amounts many times).
 */
interface Kind {
  /** The first amount of the kind; any member gives the same answers. */
  readonly rep: Amount;
  /** |value| as a float, for the cheap look. */
  readonly approx: number;
  /** The first two significant digits as a number (0 to 99): with the currency, the bucket (see bucketKey). */
  readonly digits: number;
  readonly currency: string;
  /** The currency's number among the call's currencies, for numeric bucket keys. */
  readonly currencyId: number;
  /** Indices into the amounts, ascending. */
  readonly members: number[];
  /** Members by profile (see profileOf), each list ascending, lists in order of their first member. */
  readonly byProfile: number[][];
}

/** A bucket by currency and leading digits, the digits shifted by at most one either way (-1 to 100). */
function bucketKey(currencyId: number, digits: number): number {
  return currencyId * 1000 + digits + 1;
}

export const scaleSlip: Check = {
  id: 'scale-slip',
  category: 'numbers',
  summary: 'An amount that is another statement of the same amount off by a factor of 10, 100 or 1000 (billion written for 亿, million for thousand).',
  defaultSeverity: 'warning',
  run(model) {
    const all = amounts(model);
    const byUnit = new Map<number, Amount[]>();
    for (const a of all) {
      pushTo(byUnit, a.unit, a);
    }
    const metricKey = new Map<number, string>();
    for (const s of statements(model)) metricKey.set(s.figure, s.key);
    // Whether two amounts state the same series reads only their metric keys, their companions, and the bounds of
    // the amounts in their two sentences with their places there: amounts alike in all of these (a restated passage)
    // share a profile, and the evidence is weighed once per pair of profiles.
    const profileOf = new Int32Array(all.length);
    {
      const ids = new Map<string, number>();
      const intern = (key: string): number => {
        let id = ids.get(key);
        if (id === undefined) ids.set(key, (id = ids.size));
        return id;
      };
      // amounts() gives each sentence's amounts together, in order: a sentence is a run of equal units.
      for (let start = 0, end = 0; start < all.length; start = end) {
        while (end < all.length && all[end].unit === all[start].unit) end++;
        const sentence = intern(all.slice(start, end).map((a) => a.bounds).join(','));
        for (let x = start; x < end; x++) {
          profileOf[x] = intern(`${metricKey.get(all[x].figure) ?? '\u0001'}\u0000${all[x].companion ?? '\u0001'}\u0000${sentence}:${x - start}`);
        }
      }
    }
    const kinds: Kind[] = [];
    const kindOf = new Int32Array(all.length);
    // Kinds by their bounds' id (nearly always one kind per bounds), then by currency and value: no key strings.
    const kindsByBounds = new Map<number, number[]>();
    const currencyIds = new Map<string, number>();
    // Numeric keys instead of two maps per kind: members of kind k in sentence u (a pair in one sentence is never
    // compared) under k·units + u, and kind k's members of profile p under k·amounts + p.
    const units = unitViews(model).length;
    const inUnit = new Map<number, number>();
    const profileLists = new Map<number, number[]>();
    all.forEach((a, x) => {
      const f = model.figures[a.figure];
      const currency = f.currency ?? '';
      let k = kindsByBounds.get(a.bounds)?.find((c) => kinds[c].currency === currency && model.figures[kinds[c].rep.figure].value === f.value);
      if (k === undefined) {
        k = kinds.length;
        pushTo(kindsByBounds, a.bounds, k);
        let currencyId = currencyIds.get(currency);
        if (currencyId === undefined) currencyIds.set(currency, (currencyId = currencyIds.size));
        kinds.push({ rep: a, approx: Math.abs(Number(f.value)), digits: Number(leadingDigits(f)), currency, currencyId, members: [], byProfile: [] });
      }
      kindOf[x] = k;
      kinds[k].members.push(x);
      const byProfile = k * all.length + profileOf[x];
      const list = profileLists.get(byProfile);
      if (list) list.push(x);
      else {
        const started = [x];
        profileLists.set(byProfile, started);
        kinds[k].byProfile.push(started);
      }
      const inSentence = k * units + a.unit;
      inUnit.set(inSentence, (inUnit.get(inSentence) ?? 0) + 1);
    });
    // Bucket by currency and the first two significant digits: amounts a power of ten apart land in the same or a
    // neighbouring bucket (4.5 billion, 445 million), so each amount meets only a few others.
    const buckets = new Map<number, number[]>();
    kinds.forEach((k, c) => pushTo(buckets, bucketKey(k.currencyId, k.digits), c));
    // Series: amounts joined by evidence that they state the same thing; offset = log10 of value relative to the series root.
    const parent = all.map((_, x) => x);
    const offset = all.map(() => 0);
    const find = (x: number): number => {
      if (parent[x] === x) return x;
      const r = find(parent[x]);
      offset[x] += offset[parent[x]];
      parent[x] = r;
      return r;
    };
    // Agreement: how many statements in other sentences give the same value (within precision).
    const agreement = all.map(() => 0);
    /** A later amount of kind c against an earlier one of kind d: 0 when they agree, k when c may be d·10^k, else undefined. */
    const look = (c: Kind, d: Kind): number | undefined => {
      const [a, b] = [c.rep, d.rep];
      // A cheap look first: only amounts near equal or near a power of ten apart need exact arithmetic.
      const lr = Math.log10(c.approx / d.approx);
      const near = Math.round(lr);
      if (!Number.isFinite(lr) || Math.abs(lr - near) > 0.05 || Math.abs(near) > 3) return undefined;
      if (near === 0) return a.bounds === b.bounds || scaledOverlap(a, b, 0) ? 0 : undefined;
      // a = b·10^k within the stated intervals (both positive): multiply, never divide.
      return mayScaleTo(a, b, near) && scaledOverlap(a, b, near) ? near : undefined;
    };
    const SHIFTS = [0, 1, -1];
    // For each kind and shift, the kinds in that neighbouring bucket a later amount of it may be a power of ten of.
    const scaledKinds: { kind: number; k: number }[][][] = kinds.map(() => SHIFTS.map(() => []));
    kinds.forEach((c, ci) => {
      SHIFTS.forEach((shift, si) => {
        for (const di of buckets.get(bucketKey(c.currencyId, c.digits + shift)) ?? []) {
          const d = kinds[di];
          const later = look(c, d);
          const earlier = look(d, c);
          if (later !== undefined && later !== 0) scaledKinds[ci][si].push({ kind: di, k: later });
          if (later !== 0 && earlier !== 0) continue;
          for (const x of c.members) {
            const unit = all[x].unit;
            if (later === 0 && earlier === 0) {
              // Every member of d in another sentence agrees with x, before or after it.
              agreement[x] += d.members.length - (inUnit.get(di * units + unit) ?? 0);
              continue;
            }
            // The look differs by order (only at the edge of the cheap look's tolerance): count member by member.
            for (const y of d.members) if (all[y].unit !== unit && (y < x ? later === 0 : y > x && earlier === 0)) agreement[x]++;
          }
        }
      });
    });
    // Same series, weighed once per pair of profiles and k (a later amount of profile pa, an earlier one of pb).
    const sameSeriesMemo = new Map<number, boolean>();
    const nProfiles = profileOf.reduce((m, p) => Math.max(m, p + 1), 0);
    const sameSeries = (x: number, y: number, k: number): boolean => {
      const key = (profileOf[x] * nProfiles + profileOf[y]) * 8 + k + 4;
      let r = sameSeriesMemo.get(key);
      if (r === undefined) {
        const [a, b] = [all[x], all[y]];
        const ka = metricKey.get(a.figure);
        r = (ka !== undefined && ka === metricKey.get(b.figure)) || (a.companion !== undefined && a.companion === b.companion) || pairedElsewhere(byUnit, a, b, k);
        sameSeriesMemo.set(key, r);
      }
      return r;
    };
    // For a later amount's kind, profile and neighbouring bucket: the earlier profiles that are the same series, with
    // their k. Amounts of one kind and profile (a restated sentence) ask this again and again.
    const sameSeriesLists = new Map<number, { members: number[]; k: number }[]>();
    const listsFor = (x: number, si: number): { members: number[]; k: number }[] => {
      const key = (profileOf[x] * kinds.length + kindOf[x]) * SHIFTS.length + si;
      let lists = sameSeriesLists.get(key);
      if (!lists) {
        lists = [];
        for (const { kind, k } of scaledKinds[kindOf[x]][si]) {
          for (const members of kinds[kind].byProfile) if (sameSeries(x, members[0], k)) lists.push({ members, k });
        }
        sameSeriesLists.set(key, lists);
      }
      return lists;
    };
    /** Joins x with an earlier amount y = x·10^-k unless they are in one sentence or already one series. */
    const join = (x: number, y: number, k: number): void => {
      if (all[x].unit === all[y].unit) return;
      const [rx, ry] = [find(x), find(y)];
      if (rx === ry) return;
      // a = b·10^k, so offset(x) − offset(y) = k.
      parent[ry] = rx;
      offset[ry] = offset[x] - k - offset[y];
    };
    // Joins in the order pairs were always met: later amount x ascending, shifts 0, 1, -1, earlier amount y ascending.
    // Profiles that are not the same series as x are passed over whole; the rest are joined member by member.
    all.forEach((_, x) => {
      scaledKinds[kindOf[x]].forEach((group, si) => {
        if (group.length === 0) return;
        const lists = listsFor(x, si).filter((l) => l.members[0] < x);
        if (lists.length === 1) {
          const { members, k } = lists[0];
          for (let j = 0; j < members.length && members[j] < x; j++) join(x, members[j], k);
          return;
        }
        const pairs: { y: number; k: number }[] = [];
        for (const { members, k } of lists) for (let j = 0; j < members.length && members[j] < x; j++) pairs.push({ y: members[j], k });
        pairs.sort((p, q) => p.y - q.y);
        for (const { y, k } of pairs) join(x, y, k);
      });
    });
    const series = new Map<number, number[]>();
    all.forEach((_, x) => {
      const r = find(x);
      pushTo(series, r, x);
    });
    const widths = new Map<number, number>();
    const width = (a: Amount): number => {
      let w = widths.get(a.bounds);
      if (w === undefined) widths.set(a.bounds, (w = relativeWidth(a.look)));
      return w;
    };
    const out: Finding[] = [];
    for (const members of series.values()) {
      // An amount alone, or a series at one scale (most): nothing is off.
      if (members.every((x) => offset[x] === offset[members[0]])) continue;
      // The scale most statements (and the most precise ones) agree on is the reference.
      const classes = new Map<number, number[]>();
      for (const x of members) {
        pushTo(classes, offset[x], x);
      }
      const ranked = [...classes.entries()]
        .map(([off, xs]) => ({ off, xs, score: xs.length + xs.reduce((s, x) => s + agreement[x], 0), width: Math.min(...xs.map((x) => width(all[x]))) }))
        // A slip comes from a rounded restatement: a far more precise statement wins, else the most repeated one.
        .sort((a, b) => (a.width * 5 < b.width ? -1 : b.width * 5 < a.width ? 1 : b.score - a.score));
      const ref = ranked[0];
      const clear = ranked.length > 1 && (ranked[0].width * 5 < ranked[1].width || ranked[0].score > ranked[1].score);
      // Every slip of the series points at every reference statement: those entries are written once and shared
      // (findings are read-only), or a call restating a slip n times writes n·m of them.
      const sameAmount = relatedFigures(
        model,
        ref.xs.map((y) => [all[y].figure, 'same amount']),
      );
      const other = model.figures[all[ref.xs[0]].figure];
      for (const cls of ranked.slice(1)) {
        const k = cls.off - ref.off;
        for (const x of cls.xs) {
          const f = model.figures[all[x].figure];
          const fixes: Fix[] = [];
          const text = clear ? rescaledText(f, k) : undefined;
          if (text) fixes.push({ title: `Change to ${text}`, edits: [{ start: f.span.start, end: f.span.end, newText: text }], safe: false });
          const found = finding(
            'scale-slip',
            model,
            all[x].figure,
            `${quote(f)} is ${pow10(Math.abs(k)).toFixed()} times ${k > 0 ? 'larger' : 'smaller'} than ${quote(other)} (line ${other.line + 1}), stated for the same amount${clear ? '' : '; one of them has the wrong scale'}.`,
            [[all[x].figure, 'this amount']],
            fixes,
          );
          out.push({ ...found, related: [...found.related, ...sameAmount] });
        }
      }
    }
    return out;
  },
};

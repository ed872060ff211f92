import type { Figure } from '../../figures/types';
import type { TranscriptModel } from '../../model/types';
import { Dec } from '../../numbers/decimal';
import { fromBounds, point, type Iv } from '../../numbers/interval';
import { figureLook, type Look } from './looks';
import { figureUnits, gapAfterLast, gapBefore, lastClause, isAmountLike, type Unit } from './units';

/**
 * Relations between figures of one sentence, read from the figure list and the few words between
 * figures: "increased by P from B to A", "A, representing an increase of P compared with B",
 * "from B to A, an improvement of Z percentage points", "decreased from B to A".
 * Only simple, general English patterns; anything with two candidates for a role is skipped, not guessed.
 */

export type Direction = 'up' | 'down';
/** How a word states a change: signed ("increase"), by size ("narrowed"), or by goodness ("improvement"). */
export type CueSense = 'signed' | 'magnitude' | 'goodness';
export interface Cue {
  readonly sense: CueSense;
  readonly direction: Direction;
  readonly word: string;
}

const CUE_WORDS: readonly [RegExp, CueSense, Direction][] = [
  [/^(increas\w*|grow\w*|grew|rose|rise[sn]?|rising|up|gain\w*|jump\w*|climb\w*|higher|surg\w*|doubl\w*|tripl\w*|expan\w*)$/, 'signed', 'up'],
  [/^(decreas\w*|declin\w*|fell|fall\w*|drop\w*|down|reduc\w*|lower|shr[aiu]nk\w*|contract\w*|slid\w*|plung\w*)$/, 'signed', 'down'],
  [/^(widen\w*)$/, 'magnitude', 'up'],
  [/^(narrow\w*)$/, 'magnitude', 'down'],
  [/^(improv\w*|better)$/, 'goodness', 'up'],
  [/^(deteriorat\w*|wors\w*)$/, 'goodness', 'down'],
];

function cueOf(word: string): Cue | undefined {
  for (const [re, sense, direction] of CUE_WORDS) if (re.test(word)) return { sense, direction, word };
  return undefined;
}

/** The last change word in a text (the one nearest a figure that follows it). */
export function lastCue(text: string): Cue | undefined {
  const words = text.match(/[a-z]+/g) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const c = cueOf(words[i]);
    if (c) return c;
  }
  return undefined;
}

/** The first change word in a text (nearest a figure that precedes it). */
export function firstCue(text: string): Cue | undefined {
  for (const w of text.match(/[a-z]+/g) ?? []) {
    const c = cueOf(w);
    if (c) return c;
  }
  return undefined;
}

const HEDGE = String.raw`(?:(?:approximately|about|around|roughly|nearly|almost|over|more than|less than|close to|some|only|just|a further|another)\s+)?`;
const SIGN = String.raw`(?:(?:negative|minus|positive|plus)\s+)?`;
const ADVERB = String.raw`(?:(?:significantly|sharply|slightly|steadily|further|materially|strongly|rapidly|modestly|substantially|notably|only|also|again|meaningfully)\s+)?`;
const CHANGE_VERB = String.raw`(?:increas\w*|decreas\w*|grow\w*|grew|declin\w*|rose|rise[sn]?|fell|fall\w*|drop\w*|down|up|reduc\w*|jump\w*|climb\w*|gain\w*|expan\w*|improv\w*|shr[aiu]nk\w*|contract\w*|narrow\w*|widen\w*)`;
/** "increased by ", "an increase of ", "grew ", "up ", "decreased significantly by ", "a decline of approximately ". */
const CHANGE_LEAD = new RegExp(String.raw`\b${CHANGE_VERB}\s+${ADVERB}(?:(?:by|of)\s+)?(?:a\s+|an\s+)?${HEDGE}$`);
/** "36% decrease", "a 10.2% increase", "5% growth year-over-year", "8.5 percentage points improvement". */
const CHANGE_TAIL = /^\s*(?:year[- ]over[- ]year\s+|yoy\s+|quarter[- ]over[- ]quarter\s+|qoq\s+|sequential\s+)?(increase|decrease|growth|decline|rise|drop|reduction|jump|gain|improvement|expansion|contraction)\b/;
/** The prior said as last year's: "over last year's B", "over the B reported last year", "from the prior year's B". */
const PRIOR_OWNER = String.raw`(?:(?:last|the\s+prior|the\s+previous|the\s+year[- ]ago|prior)\s+(?:year|quarter|period)['’]s\s+)`;
const FROM_LEAD = new RegExp(
  String.raw`\b(?:(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:the\s+|a\s+|${PRIOR_OWNER})?|(?:over|on)\s+(?:the\s+|${PRIOR_OWNER}))${HEDGE}${SIGN}$`,
);
/** "up from B, or P%": the change after its prior takes the direction said before the prior. */
const OR_AFTER_PRIOR = /^\s*,\s*or\s+(?:by\s+)?(?:(?:approximately|about|around|roughly|nearly|almost)\s+)?$/;
const MOVED_FROM = /\b(?:up|down|increas\w*|decreas\w*|grow\w*|grew|declin\w*|rose|fell)\s+from\s+(?:the\s+)?$/;
/** The words between a level and its prior in "A, down from B" (nothing else: "A, up 5% from B" has a change). */
const MOVED_FROM_AFTER = /^\s*,?\s*(up|down|increas\w*|decreas\w*|declin\w*|improv\w*|narrow\w*|widen\w*)\s+from\s+(?:the\s+)?(?:(?:approximately|about|around|roughly)\s+)?$/;
const TO_LEAD = new RegExp(String.raw`\bto\s+(?:a\s+)?${HEDGE}${SIGN}$`);
const RANGE_LEAD = /\b(between|range of|ranging from|ranged from|range from|in the range)\s+$/;
const RANGE_GAP = /^\s*(to|and|-|–|—|~)\s*$/;
const CHANGED_BY = new RegExp(String.raw`\b${CHANGE_VERB}\s+${ADVERB}by\s+${HEDGE}$`);

export function isFromLed(lead: string): boolean {
  return FROM_LEAD.test(lead);
}
export function isToLed(lead: string): boolean {
  return TO_LEAD.test(lead);
}

/** The interval a figure allows, in its base units. */
export function figureIv(f: Figure): Iv | undefined {
  return fromBounds(f.low, f.high);
}

/**
 * Figures' looks (looks.ts) by index, each read when first asked: several number checks ask for the same figures.
 * Kept per model, by index (no per-figure keys).
 */
export class FigureNumbers {
  private readonly looks: (Look | null | undefined)[];
  constructor(private readonly figures: readonly Figure[]) {
    this.looks = new Array(figures.length);
  }

  /** The figure's interval as a look; undefined where figureIv is. */
  look(i: number): Look | undefined {
    let look = this.looks[i];
    if (look === undefined) this.looks[i] = look = figureLook(this.figures[i]) ?? null;
    return look ?? undefined;
  }
}

const numbersCache = new WeakMap<TranscriptModel, FigureNumbers>();
export function figureNumbers(model: TranscriptModel): FigureNumbers {
  let n = numbersCache.get(model);
  if (!n) numbersCache.set(model, (n = new FigureNumbers(model.figures)));
  return n;
}

/** The figure's value as stated, as a point interval (messages show the arithmetic on stated values). */
export function pointOf(f: Figure): Iv {
  return point(f.value) ?? { lo: new Dec(0), hi: new Dec(0) };
}

/** Two figures measure the same kind of quantity (so one may be the other's prior or part). */
export function sameQuantity(a: Figure, b: Figure): boolean {
  // "$120 million, up from 110 million": the currency is not said again; a scaled number of nothing is that money.
  if (a.kind !== b.kind) return isUnsaidMoney(a, b) || isUnsaidMoney(b, a);
  if (a.kind === 'money') return (a.currency ?? '') === (b.currency ?? '');
  // "1,250 customers, up from 1,100": a count whose unit is left unsaid is the same count.
  if (a.kind === 'count') return !a.unit || !b.unit || a.unit === b.unit;
  return true;
}

function isUnsaidMoney(money: Figure, other: Figure): boolean {
  return money.kind === 'money' && other.kind === 'count' && !other.unit && other.scale !== undefined && /^(?:thousand|million|billion|trillion)$/.test(other.scale);
}

export function isAmount(f: Figure): boolean {
  return (f.kind === 'money' || f.kind === 'count') && isAmountLike(f);
}

/** Not read yet (the readings below are asked for again and again by every number check). */
const UNREAD = Symbol('unread');

/** A sentence with its figures and the words around each, read once. */
export class UnitView {
  readonly leads: string[];
  readonly tails: string[];
  readonly figs: Figure[];
  /**
   * Per position, what rangePartner / changeCue / fromWords / toWords answered: each is a pure reading of the figures
   * and their words, and every number check asks them (regexes anchored at the end of long leads are costly).
   */
  private readonly partners: (number | undefined | typeof UNREAD)[];
  private readonly cues: (Cue | 'unspecified' | undefined | typeof UNREAD)[];
  private readonly froms: (boolean | typeof UNREAD)[];
  private readonly tos: (boolean | typeof UNREAD)[];
  constructor(
    readonly model: TranscriptModel,
    readonly unit: Unit,
  ) {
    this.figs = unit.figures.map((i) => model.figures[i]);
    this.leads = unit.figures.map((_, p) => gapBefore(model, unit, p));
    // The words after a figure are the next figure's lead: the same string, read once.
    this.tails = unit.figures.map((_, p) => (p + 1 < unit.figures.length ? this.leads[p + 1] : gapAfterLast(model, unit)));
    const n = unit.figures.length;
    this.partners = new Array(n).fill(UNREAD);
    this.cues = new Array(n).fill(UNREAD);
    this.froms = new Array(n).fill(UNREAD);
    this.tos = new Array(n).fill(UNREAD);
  }

  /** Whether figure at p is one end of a stated range ("between X and Y", "60% to 65%"). */
  rangePartner(p: number): number | undefined {
    const r = this.partners[p];
    if (r !== UNREAD) return r;
    return (this.partners[p] = this.readRangePartner(p));
  }

  private readRangePartner(p: number): number | undefined {
    const f = this.figs[p];
    if (f.rangeWith !== undefined) {
      const q = this.unit.figures.indexOf(f.rangeWith);
      // "decreased from X to Y" is a change, not a range, whatever the recogniser paired: only
      // "between", "range(d) from" or a bare "X to Y" make one.
      const first = Math.min(p, q);
      if (q >= 0 && !(this.fromWords(first) && !RANGE_LEAD.test(this.leads[first]))) return q;
      if (q >= 0) return undefined;
    }
    if (p > 0 && this.adjacentRange(p - 1, p)) return p - 1;
    if (p + 1 < this.figs.length && this.adjacentRange(p, p + 1)) return p + 1;
    return undefined;
  }

  /** Whether neighbours first and first + 1 state a range with nothing but "to", "and" or a dash between them. */
  private adjacentRange(first: number, second: number): boolean {
    if (!sameQuantity(this.figs[first], this.figs[second])) return false;
    const gap = this.leads[second];
    if (!RANGE_GAP.test(gap)) return false;
    if (RANGE_LEAD.test(this.leads[first])) return true;
    // "increased by $50 million to $400 million": a change by an amount, then the level it reached.
    return /^\s*to\s*$/.test(gap) && !this.fromWords(first) && !CHANGED_BY.test(this.leads[first]);
  }

  /** The words before figure p end in "from", "compared with" and the like (isFromLed of its lead). */
  private fromWords(p: number): boolean {
    const r = this.froms[p];
    if (r !== UNREAD) return r;
    return (this.froms[p] = isFromLed(this.leads[p]));
  }
  /** The words before figure p end in "to" (isToLed of its lead). */
  private toWords(p: number): boolean {
    const r = this.tos[p];
    if (r !== UNREAD) return r;
    return (this.tos[p] = isToLed(this.leads[p]));
  }

  fromLed(p: number): boolean {
    return this.fromWords(p) && this.rangePartner(p) === undefined;
  }
  toLed(p: number): boolean {
    return this.toWords(p) && this.rangePartner(p) === undefined;
  }

  /** The change at p is said on another basis than reported amounts (its clause before it, or the words after it). */
  onOtherBasis(p: number): boolean {
    return OTHER_BASIS.test(lastClause(this.leads[p])) || OTHER_BASIS.test(this.tails[p].slice(0, 40));
  }

  /** A change figure's stated direction, from its words or the recogniser; undefined when it is not a change. */
  changeCue(p: number): Cue | 'unspecified' | undefined {
    const r = this.cues[p];
    if (r !== UNREAD) return r;
    return (this.cues[p] = this.readChangeCue(p));
  }

  private readChangeCue(p: number): Cue | 'unspecified' | undefined {
    if (this.rangePartner(p) !== undefined) return undefined;
    const lead = this.leads[p];
    const tail = this.tails[p];
    if (CHANGE_LEAD.test(lead)) return lastCue(lead.slice(-60)) ?? 'unspecified';
    const m = CHANGE_TAIL.exec(tail);
    if (m) return cueOf(m[1]) ?? 'unspecified';
    if (p > 0 && OR_AFTER_PRIOR.test(lead) && MOVED_FROM.test(this.leads[p - 1])) return lastCue(this.leads[p - 1].slice(-40)) ?? 'unspecified';
    // The recogniser's change flag also marks "increased to 12.2%": a figure after "to"/"from" is a level.
    const ch = this.figs[p].change;
    if (ch && ch.direction !== 'unspecified' && !this.toWords(p) && !this.fromWords(p)) return { sense: 'signed', direction: ch.direction, word: ch.direction };
    return undefined;
  }
}

/** A second comparison amount right after a prior: "... in the second quarter and C a year ago". */
const ALSO_PRIOR = /\b(?:and|or|versus|vs\.?)\s+(?:the\s+)?(?:(?:approximately|about|around|roughly)\s+)?$/;

/**
 * Growth said on another basis than the amounts beside it: "up 8% in constant currency", "up 9% organically",
 * "organic growth of 9%", "excluding the acquisition". The reported amounts cannot check it.
 */
const OTHER_BASIS = /\b(?:constant[- ]currency|constant exchange rates?|fx[- ]neutral|currency[- ]neutral|organic(?:ally)?|like[- ]for[- ]like|comparable[- ]store|same[- ]store|pro[- ]forma|excluding|ex-|adjusted for|on an? (?:adjusted|underlying|normali[sz]ed) basis)\b/;

/** "current" is the later value, "prior" the earlier one, "change" the stated change between them. */
export interface ChangeRelation {
  readonly unit: Unit;
  readonly current: number;
  readonly prior: number;
  readonly change: number;
  readonly cue: Cue | 'unspecified';
}

/** A move stated in words only: "decreased from 80% to 66.2%". */
export interface MoveRelation {
  readonly unit: Unit;
  readonly current: number;
  readonly prior: number;
  readonly cue: Cue;
}

/**
 * For each position, the nearest from-led operand strictly before it and strictly after it (-1 when none):
 * two linear scans, so a sentence of thousands of figures does not search outward from every change.
 */
function nearestFromLed(view: UnitView, isOperand: (f: Figure) => boolean): { before: number[]; after: number[] } {
  const { figs } = view;
  const n = figs.length;
  const before = new Array<number>(n);
  const after = new Array<number>(n);
  for (let q = 0, last = -1; q < n; q++) {
    before[q] = last;
    if (isOperand(figs[q]) && view.fromLed(q)) last = q;
  }
  for (let q = n - 1, last = -1; q >= 0; q--) {
    after[q] = last;
    if (isOperand(figs[q]) && view.fromLed(q)) last = q;
  }
  return { before, after };
}

/** No relations: shared by the many sentences without any (never changed). */
const NONE: readonly never[] = [];

/**
 * Finds, for each change figure in a unit, its prior (the figure after "from"/"compared with") and
 * its current value ("to A", or the subject "A, up P from B"). `isChange` picks change figures
 * (percent changes for growth, percentage points for margins); `isOperand` the operands' kind.
 */
export function changeRelations(
  view: UnitView,
  isChange: (f: Figure) => boolean,
  isOperand: (f: Figure) => boolean,
): readonly ChangeRelation[] {
  const { figs } = view;
  const n = figs.length;
  const changeAt = (p: number): boolean => isChange(figs[p]) && view.changeCue(p) !== undefined && !view.onOtherBasis(p);
  // A relation takes three figures, one of them a change: most sentences have none, and cost no more than this look.
  if (n < 3) return NONE;
  let first = 0;
  while (first < n && !changeAt(first)) first++;
  if (first === n) return NONE;
  const out: ChangeRelation[] = [];
  const { before, after } = nearestFromLed(view, isOperand);
  for (let p = first; p < n; p++) {
    if (!changeAt(p)) continue;
    const cue = view.changeCue(p)!;
    // The prior: the nearest from-led operand; two at the same distance is ambiguous.
    const left = before[p];
    const right = after[p];
    const prior = left < 0 ? right : right < 0 ? left : p - left === right - p ? -1 : p - left < right - p ? left : right;
    if (prior < 0) continue;
    // "compared with B in the second quarter and C a year ago": two priors for one change; which is meant is a guess.
    if (prior + 1 < n && prior + 1 !== p && isOperand(figs[prior + 1]) && sameQuantity(figs[prior + 1], figs[prior]) && ALSO_PRIOR.test(view.leads[prior + 1])) continue;
    // The current value: "from B to A", "to A from B", "by P to A", else the subject "A, ... P ... from B".
    let current = -1;
    const opnd = (q: number): boolean => q >= 0 && q < n && q !== p && isOperand(figs[q]) && sameQuantity(figs[q], figs[prior]);
    if (opnd(prior + 1) && view.toLed(prior + 1)) current = prior + 1;
    else if (opnd(prior - 1) && view.toLed(prior - 1)) current = prior - 1;
    else if (opnd(p + 1) && view.toLed(p + 1) && p + 1 !== prior) current = p + 1;
    // "A, up P from B"; also "rose to A, a P increase over B" (the level reached is the current value).
    else if (prior > p && opnd(p - 1) && !view.fromLed(p - 1)) current = p - 1;
    // "A, compared to B, an increase of Z" / "A, up from B, an increase of P".
    else if (prior < p && opnd(prior - 1) && !view.fromLed(prior - 1) && !view.toLed(prior - 1)) current = prior - 1;
    if (current < 0) continue;
    const lo = Math.min(p, prior, current);
    const hi = Math.max(p, prior, current);
    let clean = true;
    for (let q = lo; q <= hi && clean; q++) {
      if (q === p || q === prior || q === current) continue;
      // Another operand or another change inside the stretch: which belongs to which is a guess.
      if (isOperand(figs[q]) || isChange(figs[q])) clean = false;
    }
    for (let q = lo + 1; q <= hi && clean; q++) if (!tightGap(view.leads[q])) clean = false;
    if (!clean) continue;
    out.push({ unit: view.unit, current: view.unit.figures[current], prior: view.unit.figures[prior], change: view.unit.figures[p], cue });
  }
  return out;
}

/**
 * Words between two members of one relation: a few, and no clause boundary. "up 10%, driven by growth from $20
 * million" or "to A, and costs increased by P" join two statements, not one.
 */
const CLAUSE_BREAK = /[;:]|\b(and|but|while|whereas|driven|due|thanks|because|which|whose|where|although|though|offset)\b/;
export function tightGap(gap: string): boolean {
  if (CLAUSE_BREAK.test(gap)) return false;
  // The prior's period ("compared with B in the second quarter of 2025, an increase of P") names B, it does not
  // start another statement: its words are not counted.
  return (gap.replace(PRIOR_PERIOD, ' ').match(/[a-z0-9]+/g) ?? []).length <= 8;
}

const PRIOR_PERIOD =
  /\b(?:in|for|during)\s+(?:the\s+)?(?:(?:same|prior[- ]year|year[- ]ago|comparable)\s+(?:period|quarter)|(?:first|second|third|fourth)\s+quarter|q[1-4]|(?:fiscal\s+)?(?:year\s+)?(?:fy)?\d{4})(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:(?:fy)?\d{4}|last\s+year|a\s+year\s+ago))?\b/g;

/** "VERB from B to A" with no change figure: the words state a direction only. */
export function moveRelations(view: UnitView, isOperand: (f: Figure) => boolean): MoveRelation[] {
  const out: MoveRelation[] = [];
  const { figs } = view;
  for (let x = 0; x + 1 < figs.length; x++) {
    // "from B to A" or "to A from B"; the verb sits just before the first of the two, within its clause.
    const fromFirst = view.fromLed(x) && view.toLed(x + 1);
    const toFirst = view.toLed(x) && view.fromLed(x + 1) && /^\s*from\s+$/.test(view.leads[x + 1]);
    // "Gross margin was 64.2%, down from 63.1%": the level, then the way it moved from the prior.
    const movedFrom = !fromFirst && !toFirst && !view.fromLed(x) && !view.toLed(x) && view.fromLed(x + 1) ? MOVED_FROM_AFTER.exec(view.leads[x + 1]) : null;
    if (!fromFirst && !toFirst && !movedFrom) continue;
    const [b, a] = fromFirst ? [x, x + 1] : [x + 1, x];
    if (!tightGap(view.leads[x + 1])) continue;
    if (!isOperand(figs[b]) || !isOperand(figs[a]) || !sameQuantity(figs[a], figs[b])) continue;
    const lead = view.leads[x].replace(/\b(?:from|to|compared\s+(?:with|to)|versus|vs\.?|against)(?:\s+(?:the|a|negative|minus|positive|approximately|about|around|roughly|nearly|almost|over|more\s+than|less\s+than))*\s*$/, '');
    const cue = movedFrom ? cueOf(movedFrom[1]) : lastCue(lastClause(lead));
    if (!cue) continue;
    // "A to B, an increase of P" belongs to the change relations.
    const next = x + 2 < figs.length ? view.changeCue(x + 2) : undefined;
    if (next !== undefined) continue;
    out.push({ unit: view.unit, current: view.unit.figures[a], prior: view.unit.figures[b], cue });
  }
  return out;
}

/** Every unit's view, computed once per model and shared by the number checks. */
const viewCache = new WeakMap<TranscriptModel, UnitView[]>();
export function unitViews(model: TranscriptModel): UnitView[] {
  let v = viewCache.get(model);
  if (!v) {
    v = figureUnits(model).map((u) => new UnitView(model, u));
    viewCache.set(model, v);
  }
  return v;
}

export const isPercentChange = (f: Figure): boolean => f.kind === 'percent';
export const isMoneyChange = (f: Figure): boolean => f.kind === 'money';
export const isPointsChange = (f: Figure): boolean => f.kind === 'percentage-points' || f.kind === 'basis-points';
export const isPercentLevel = (f: Figure): boolean => f.kind === 'percent';

/** Growth relations: amounts A and B with a percent change P. */
export function growthRelations(model: TranscriptModel): readonly ChangeRelation[] {
  return unitViews(model).flatMap((v) => changeRelations(v, isPercentChange, isAmount));
}

/** Difference relations: amounts A and B with a change D stated as an amount ("increased by $50 million to A from B"). */
export function differenceRelations(model: TranscriptModel): readonly ChangeRelation[] {
  return unitViews(model).flatMap((v) => changeRelations(v, isMoneyChange, isAmount));
}

/** Percentage-point relations: percents A and B with a change Z in points (read once per model: two checks ask). */
const pointCache = new WeakMap<TranscriptModel, readonly ChangeRelation[]>();
export function pointRelations(model: TranscriptModel): readonly ChangeRelation[] {
  let rels = pointCache.get(model);
  if (!rels) pointCache.set(model, (rels = unitViews(model).flatMap((v) => changeRelations(v, isPointsChange, isPercentLevel))));
  return rels;
}

export function moves(model: TranscriptModel): MoveRelation[] {
  return unitViews(model).flatMap((v) => moveRelations(v, (f) => isAmount(f) || f.kind === 'percent'));
}

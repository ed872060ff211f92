import type { Span } from '../text/span';
import type { Lang } from '../model/types';

/**
 * Exact decimals travel as canonical decimal strings ("48800000", "-0.129", "37.2"):
 * no float noise, serialisable to the server, workers and JSON. Arithmetic uses big.js (see ../numbers/).
 */
export type DecimalString = string;

export type FigureKind = 'money' | 'percent' | 'percentage-points' | 'basis-points' | 'multiple' | 'count';

/** How the speaker hedged: widens the interval instead of raising warnings. */
export type Approximation = 'about' | 'over' | 'under' | 'at-least' | 'at-most' | 'nearly';

export type ChangeBasis = 'year-over-year' | 'quarter-over-quarter' | 'sequential' | 'unspecified';

export interface FigureChange {
  readonly direction: 'up' | 'down' | 'unspecified';
  readonly basis: ChangeBasis;
}

export interface FigurePeriod {
  /** Normalised label: "Q2 2023", "FY 2023", "as of 2023-06-30", "H1 2023" */
  readonly label: string;
  readonly year?: number;
  readonly quarter?: 1 | 2 | 3 | 4;
  /** True when resolved from "this quarter" / "本季度" against the call's own period. */
  readonly resolvedFromCall: boolean;
}

export interface Figure {
  /** Offsets in the document of the whole figure text, sign and currency included. */
  readonly span: Span;
  readonly line: number;
  readonly text: string;
  readonly lang: Lang;
  readonly kind: FigureKind;
  /** Full value in base units: "RMB 48.8 million" -> "48800000"; "37.2%" -> "37.2"; "50 bps" -> "50". */
  readonly value: DecimalString;
  /** The interval the stated precision allows, widened by any approximation. */
  readonly low: DecimalString;
  readonly high: DecimalString;
  /** Scale word as written, normalised: "thousand" | "million" | "billion" | "trillion" | "萬" | "億" ... */
  readonly scale?: string;
  /** ISO 4217 code for money (CNY, USD, HKD); undefined for other kinds. */
  readonly currency?: string;
  /** True when the currency was not written but taken from the call's declared reporting currency. */
  readonly currencyImplied?: boolean;
  /** For counts: the counted unit ("days", "ADSs", "customers", "次"). For money: undefined. */
  readonly unit?: string;
  readonly approximation?: Approximation;
  /** 'negative' when written negative ("negative 3.4%", "-3.4%", "(2.1)", "a loss of RMB 3 million"); value/low/high carry the sign. */
  readonly sign?: 'negative';
  /** Set when the figure states a change ("increased by 23% year-over-year"); absent for a level ("to RMB27.1 million"). */
  readonly change?: FigureChange;
  readonly period?: FigurePeriod;
  /** What it is about, from the sentence: "gross profit", "R&D expenses", "adjusted EBITDA margin". */
  readonly metric?: string;
  /** When this figure is one end of a stated range ("between X and Y"), the other end's index in the model's figures. */
  readonly rangeWith?: number;
  /** How it was read, for hovers: ["currency implied by the call's opening", "words: one point two billion"]. */
  readonly notes: readonly string[];
}

import type { Span } from '../text/span';
import type { LineIndex } from '../text/lineIndex';
import type { Figure } from '../figures/types';

export type Lang = 'en' | 'zh' | 'other';

/** What a line is, decided once by the parser; every view reads this instead of re-scanning. */
export type LineKind =
  | 'header' // a speaker header ("Name - Role", "Name Title", "Operator")
  | 'speech' // spoken text in the call's main language
  | 'translation' // the previous speech line in another language
  | 'annotation' // a line that is only an annotation: "(Operator Instructions)", "[Foreign Language]"
  | 'boilerplate' // disclaimers, dates, page furniture, ticker lines
  | 'blank';

export interface Line {
  readonly index: number;
  /** Offsets of the content, without the line break. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: LineKind;
  readonly lang: Lang;
  /** For a translation line: the line it translates. */
  readonly translationOf?: number;
}

/** The detected layout of a document; decided per document, never asked of the user. */
export type TranscriptFormat =
  | 'bilingual-doubled-headers' // header line written twice, then EN/ZH line pairs
  | 'header-per-turn' // "Name - Role" or "Name -- Role" or "Name Title" on its own line
  | 'inline-speaker' // "Name: text" on one line
  | 'scraped-page' // blank-line paragraphs, page furniture, "Name Title" headers
  | 'headerless' // ASR text with no speaker labels: turns inferred from hand-off phrases
  | 'empty';

export type SpeakerCategory = 'operator' | 'management' | 'analyst' | 'unknown';

export interface Speaker {
  /** Stable key: the normalised name, shared by every spelling of the same person. */
  readonly id: string;
  /** The name as first written in full. */
  readonly name: string;
  /** Every spelling seen in headers and introductions. */
  readonly spellings: readonly string[];
  readonly role?: string;
  readonly firm?: string;
  readonly category: SpeakerCategory;
  /** A stand-in for speakers the text never names ("Management", "Analyst" of inferred turns): not a participant. */
  readonly placeholder?: true;
}

/** An annotation inside a line or on its own: "(Operator Instructions)", "[indiscernible]", "(Christian Arnell)". */
export interface Annotation {
  readonly span: Span;
  readonly text: string;
  readonly kind: 'instruction' | 'foreign-language' | 'inaudible' | 'name-guess' | 'other';
}

export interface Turn {
  readonly speaker: Speaker;
  /** The role as written on this turn's header, if any. */
  readonly role?: string;
  /** Header lines of this turn (two in the doubled-header format, none when inferred). */
  readonly headerLines: readonly number[];
  /** First and last line (inclusive) of the turn, header included. */
  readonly startLine: number;
  readonly endLine: number;
  /** Offsets: from the header (or the first spoken character) to the end of the last line. */
  readonly span: Span;
  /** True when no header names the speaker and the turn was inferred from hand-off phrases. */
  readonly inferred: boolean;
}

export type SectionKind = 'opening' | 'prepared' | 'qa' | 'closing';

/** A question in Q&A: the analyst's turn(s) and the answers until the next question. */
export interface Exchange {
  readonly question: Turn;
  readonly answers: readonly Turn[];
  readonly span: Span;
}

export interface Section {
  readonly kind: SectionKind;
  readonly startLine: number;
  readonly endLine: number;
  readonly span: Span;
  readonly turns: readonly Turn[];
  /** Only for 'qa'. */
  readonly exchanges: readonly Exchange[];
}

/** A sentence of spoken text (speech or translation), the unit that figures and checks read. */
export interface Sentence {
  readonly span: Span;
  readonly line: number;
  readonly text: string;
  readonly lang: Lang;
}

export interface CallPeriod {
  /** "Q2 2023", "FY 2023", "Q4 and FY 2023" */
  readonly label: string;
  readonly year?: number;
  readonly quarter?: 1 | 2 | 3 | 4;
  readonly fiscalYear: boolean;
  readonly span: Span;
}

export interface CallFacts {
  readonly company?: { readonly name: string; readonly span: Span };
  readonly period?: CallPeriod;
  /** ISO 4217 code declared in the opening ("all figures ... are in RMB"). */
  readonly currency?: { readonly code: string; readonly span: Span };
}

/** Something the parser could not make sense of; never an exception. */
export interface ParseProblem {
  readonly span: Span;
  readonly message: string;
}

export interface TranscriptModel {
  readonly text: string;
  readonly index: LineIndex;
  readonly format: TranscriptFormat;
  readonly lines: readonly Line[];
  readonly annotations: readonly Annotation[];
  readonly sentences: readonly Sentence[];
  readonly speakers: readonly Speaker[];
  readonly turns: readonly Turn[];
  readonly sections: readonly Section[];
  readonly facts: CallFacts;
  readonly figures: readonly Figure[];
  readonly problems: readonly ParseProblem[];
}

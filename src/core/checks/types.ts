import type { Span } from '../text/span';
import type { TranscriptModel } from '../model/types';

export type Category = 'repeats' | 'numbers' | 'structure';
export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** What a user may set per check: a severity, or off. */
export type SeveritySetting = Severity | 'off';

/** A plain text edit in document offsets; fixes are data, applied the same way by the editor and the CLI. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly Edit[];
  /** Safe fixes are applied by fix-all (`source.fixAll`, `--fix`, Clean Transcript); the others only one by one. */
  readonly safe: boolean;
}

export interface Related {
  readonly span: Span;
  readonly message: string;
}

export interface Finding {
  readonly checkId: string;
  readonly span: Span;
  readonly message: string;
  readonly related: readonly Related[];
  readonly fixes: readonly Fix[];
  /** 'unnecessary' fades the text in the editor (loops, noise, duplicates). */
  readonly tags?: readonly 'unnecessary'[];
}

export interface CheckContext {
  /** Names the user says are right (settings / config): never flagged as variants. */
  readonly knownNames: readonly string[];
}

export interface Check {
  /** Stable kebab-case id; also the anchor in docs/checks.md. */
  readonly id: string;
  readonly category: Category;
  /** One line, shown in docs, SARIF rule metadata and settings. */
  readonly summary: string;
  readonly defaultSeverity: Severity;
  run(model: TranscriptModel, context: CheckContext): Finding[];
}

import { analyze, type Analysis } from '../../src/core/analyze';
import type { LensConfig } from '../../src/core/config';
import { describeInput } from './gen';

/**
 * Counts the generated cases a property file ran and remembers the slowest analysis, for the summary line each
 * file prints at the end (docs/robustness.md quotes them). Timing is only reported, never asserted.
 */
export class CaseStats {
  cases = 0;
  analyses = 0;
  private slowestMs = 0;
  private slowestInput = '';

  constructor(private readonly file: string) {}

  /** analyze() with its time recorded against `label`. */
  analyze(label: string, text: string, config: LensConfig = {}): Analysis {
    const t0 = performance.now();
    const analysis = analyze(text, config);
    const ms = performance.now() - t0;
    this.analyses++;
    if (ms > this.slowestMs) {
      this.slowestMs = ms;
      this.slowestInput = describeInput(label, text);
    }
    return analysis;
  }

  summary(): string {
    const slowest = this.slowestInput ? `; slowest analysis ${this.slowestMs.toFixed(0)} ms on ${this.slowestInput}` : '';
    return `[property] ${this.file}: ${this.cases} generated cases, ${this.analyses} analyses${slowest}`;
  }
}

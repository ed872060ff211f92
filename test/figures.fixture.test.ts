import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadFixture, scoreFixture } from '../scripts/figures-score';

const root = join(__dirname, '..');

describe('figure recogniser against the hand-labelled seed fixture', () => {
  const report = scoreFixture(root);

  it('the fixture labels at least 300 figures from all three seeds, English and Chinese, plus must-not-match cases', () => {
    const { records } = loadFixture(root);
    const figures = records.filter((r) => !('none' in r));
    expect(figures.length).toBeGreaterThanOrEqual(300);
    const seeds = new Set(figures.map((r) => r.seed));
    for (const s of ['000_57a37ca2e05f9c53', '002_c10d7f1c76de8547', '004_9af29ef9ab041140']) expect(seeds.has(s)).toBe(true);
    expect(figures.some((r) => /[\u4e00-\u9fff]/.test(r.text))).toBe(true);
    expect(records.filter((r) => 'none' in r).length).toBeGreaterThanOrEqual(30);
  });

  it('recall is at least 95% and precision at least 98% (right place, kind and value)', () => {
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.98);
  });

  it('the hand-written calls in other formats (labelled before the recogniser ran) score as well as the seeds', () => {
    for (const file of ['unseen-formats', 'unseen-zh']) {
      expect(report.perSeed[file].expected, file).toBeGreaterThan(10);
      expect(report.perSeed[file].recall, file).toBeGreaterThanOrEqual(0.9);
      expect(report.perSeed[file].precision, file).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('no must-not-match text (years, dates, sections, phone prompts, ordinals) is read as a figure', () => {
    expect(report.negativesViolated.map((n) => `${n.seed}:${n.line} ${n.text}`)).toEqual([]);
  });

  it('currency, unit and scale are right on at least 98% of found figures; change, period, metric on at least 90%', () => {
    for (const field of ['currency', 'unit', 'scale'] as const) {
      expect(report.perField[field].precision, field).toBeGreaterThanOrEqual(0.98);
      expect(report.perField[field].recall, field).toBeGreaterThanOrEqual(0.98);
    }
    for (const field of ['change', 'period', 'metric', 'approximation'] as const) {
      expect(report.perField[field].precision, field).toBeGreaterThanOrEqual(0.9);
      expect(report.perField[field].recall, field).toBeGreaterThanOrEqual(0.9);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { checks } from '../../../src/core/checks/registry';
import { parseTranscript } from '../../../src/core/model/parse';
import { fixture } from './support';

const REPEAT_CHECKS = ['repeated-phrase', 'duplicate-passage', 'name-variant', 'speaker-roster', 'noise-token'];

function repeatFindings(text: string) {
  const model = parseTranscript(text);
  return checks
    .filter((c) => REPEAT_CHECKS.includes(c.id))
    .flatMap((c) => c.run(model, { knownNames: [] }).map((f) => ({ check: c.id, text: text.slice(f.span.start, f.span.end) })));
}

describe('no repeat findings on clean calls in other formats (false-positive budget: zero)', () => {
  // Speech repeats on purpose in these: "very, very", "grew, grew, and grew", "lower costs, lower costs, and lower costs",
  // "Thank you. Thank you.", "No, no, no", the operator's instructions twice, many firm and person names.
  for (const name of ['clean-dash-dash.txt', 'clean-inline.txt', 'clean-names.txt']) {
    it(name, () => {
      expect(repeatFindings(fixture(name))).toEqual([]);
    });
  }

  it('reports no name when the call spells it two ways equally often', () => {
    const text = fixture('clean-inline.txt').replace('welcome to the Northwind Traders first', 'welcome to the Norwind Traders first');
    expect(repeatFindings(text)).toEqual([]);
  });

  it('still finds the garbles once they are put into the inline format', () => {
    const garbled = fixture('clean-inline.txt')
      .replace('Margins were, you know, very, very strong.', 'Margins were, you know, very, very, very, very, very strong.')
      .replace('Northwind Traders had its best quarter.', 'Northwind Traders had its best quarter. you Thank you. [Music]')
      .replace('Thanks, Tom. Cash was', 'Thanks, Tom. Northwind Traders ended with cash of')
      .replace('Good afternoon and welcome to the Northwind Traders first', 'Good afternoon and welcome to the Norwind Traders first');
    expect(repeatFindings(garbled)).toEqual([
      { check: 'repeated-phrase', text: 'very, very, very, very' },
      { check: 'name-variant', text: 'Norwind Traders' },
      { check: 'noise-token', text: 'you' },
      { check: 'noise-token', text: '[Music]' },
    ]);
  });
});

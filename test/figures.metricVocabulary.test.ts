import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../src/core/model/parse';

const metrics = (text: string) => parseTranscript(text).figures.map((f) => [f.text, f.metric]);

// Retailers report sales, banks interest income, software companies ARR: a figure with no metric is never compared.
describe('metrics named the way other industries name them', () => {
  it('reads net sales and comparable store sales (a retailer)', () => {
    expect(metrics('Fourth quarter net sales were $512 million, an increase of 9% compared to $470 million. Comparable store sales grew 4.5%.')).toEqual([
      ['$512 million', 'net sales'],
      ['9%', 'net sales'],
      ['$470 million', 'net sales'],
      ['4.5%', 'Comparable store sales'],
    ]);
  });

  it('reads the whole name of a bank or software metric, not a shorter one inside it', () => {
    expect(metrics('Net interest income was $4.2 billion. Annual recurring revenue reached $1.3 billion. Net debt was $650 million.')).toEqual([
      ['$4.2 billion', 'Net interest income'],
      ['$1.3 billion', 'Annual recurring revenue'],
      ['$650 million', 'Net debt'],
    ]);
  });

  it('keeps cash read as cash when deposits are named with it', () => {
    expect(metrics('We had cash and cash equivalents, term deposits of RMB1.97 billion.')).toEqual([['RMB1.97 billion', 'cash and cash equivalents']]);
  });
});

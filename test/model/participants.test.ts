import { describe, expect, it } from 'vitest';
import { readParticipants } from '../../src/core/model/participants';
import { splitSentences } from '../../src/core/model/sentences';

const read = (text: string) => readParticipants(splitSentences(text, 0, text.length, 0, 'en'));

describe('the people a host lists on the call, with their titles', () => {
  it.each([
    ["On today's call are Jane Doe, our CEO, and John Roe, our CFO.", [{ name: 'Jane Doe', role: 'CEO' }, { name: 'John Roe', role: 'CFO' }]],
    ['Joining me is our CEO, Tom Becker, and our CFO, Lisa Grant.', [{ name: 'Tom Becker', role: 'CEO' }, { name: 'Lisa Grant', role: 'CFO' }]],
    ["I'm joined today by our Chief Executive Officer, Tom Becker, and our Chief Financial Officer, Lisa Grant.", [{ name: 'Tom Becker', role: 'Chief Executive Officer' }, { name: 'Lisa Grant', role: 'Chief Financial Officer' }]],
    ['With me this morning are Tom Becker, President and CEO; and Lisa Grant, CFO.', [{ name: 'Tom Becker', role: 'President and CEO' }, { name: 'Lisa Grant', role: 'CFO' }]],
    ['We are joined on the call by Tom Becker, our Chief Executive Officer.', [{ name: 'Tom Becker', role: 'Chief Executive Officer' }]],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    'I was joined by many customers at our event, and they loved it.',
    'Revenue is joined by strong margins this quarter.',
    'With me is the feeling that we can do better.',
  ])('no one listed: %s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/core/model/parse';
import { readParticipants, selfIntroduction } from '../../src/core/model/participants';
import { splitSentences } from '../../src/core/model/sentences';

const read = (text: string) => readParticipants(splitSentences(text, 0, text.length, 0, 'en'));

describe('the people a host lists on the call, with their titles', () => {
  it.each([
    ["On today's call are Jane Doe, our CEO, and John Roe, our CFO.", [{ name: 'Jane Doe', role: 'CEO' }, { name: 'John Roe', role: 'CFO' }]],
    ['Joining me is our CEO, Tom Becker, and our CFO, Lisa Grant.', [{ name: 'Tom Becker', role: 'CEO' }, { name: 'Lisa Grant', role: 'CFO' }]],
    ["I'm joined today by our Chief Executive Officer, Tom Becker, and our Chief Financial Officer, Lisa Grant.", [{ name: 'Tom Becker', role: 'Chief Executive Officer' }, { name: 'Lisa Grant', role: 'Chief Financial Officer' }]],
    ['With me this morning are Tom Becker, President and CEO; and Lisa Grant, CFO.', [{ name: 'Tom Becker', role: 'President and CEO' }, { name: 'Lisa Grant', role: 'CFO' }]],
    ['We are joined on the call by Tom Becker, our Chief Executive Officer.', [{ name: 'Tom Becker', role: 'Chief Executive Officer' }]],
    ["I'm very pleased to have with us today Amy Hood, CFO of Contoso.", [{ name: 'Amy Hood', role: 'CFO of Contoso' }]],
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

describe('a numbered speaker who says who they are', () => {
  it.each([
    ["Good morning. I'm Priya Raman, head of investor relations.", { name: 'Priya Raman', role: 'head of investor relations' }],
    ['Hi everyone, my name is Priya Raman.', { name: 'Priya Raman' }],
    ['This is Tom Becker, our Chief Executive Officer, speaking.', { name: 'Tom Becker', role: 'Chief Executive Officer' }],
  ])('%s', (sentence, expected) => {
    expect(selfIntroduction(sentence)).toEqual(expected);
  });

  it.each(["I'm Very Glad to be here.", 'This is Northwind Logistics, a great company.', "I'm sure revenue will grow."])('nobody: %s', (sentence) => {
    expect(selfIntroduction(sentence)).toBeUndefined();
  });

  it('is shown by name with the label the text uses, and the title read from it', () => {
    const m = parseTranscript(
      [
        "Speaker 1 (00:00:03): Good morning and welcome to Contoso's second quarter 2026 results call. I'm Priya Raman, head of investor relations.",
        'Speaker 2 (00:00:15): Thanks, Priya. Revenue was $310 million.',
        'Speaker 1 (00:00:40): Thank you. Operator, please open the line.',
      ].join('\n'),
    );
    expect(m.turns.map((t) => t.speaker.name)).toEqual(['Priya Raman (Speaker 1)', 'Speaker 2', 'Priya Raman (Speaker 1)']);
    expect(m.speakers.find((s) => s.id === m.turns[0].speaker.id)).toMatchObject({ role: 'head of investor relations', category: 'management' });
  });
});

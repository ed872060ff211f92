import { describe, expect, it } from 'vitest';
import { handoffIn } from '../../src/core/model/inference';

// What a speaker says when handing the floor over: who speaks next, with what role.
describe('hand-offs', () => {
  it.each([
    ['I will now hand it over to Amir Khan, our Chief Executive Officer.', { name: 'Amir Khan', role: 'Chief Executive Officer' }],
    ['Our first speaker today is Chief Executive Officer Amir Khan.', { name: 'Amir Khan', role: 'Chief Executive Officer', category: 'management' }],
    ['Next, we will hear from Jane Doe, our CFO.', { name: 'Jane Doe', role: 'CFO', category: 'management' }],
    ["We'll now hear from our Head of Investor Relations Sam Ortiz.", { name: 'Sam Ortiz', role: 'Head of Investor Relations' }],
    ['Our first question comes from Julia Park with Barclays.', { name: 'Julia Park', firm: 'Barclays', category: 'analyst' }],
  ])('%s', (text, expected) => {
    expect(handoffIn(text)).toMatchObject(expected);
  });

  it.each(['We will hear from customers next year.', 'Our next step is Europe.', 'Thank you all for joining.'])('nobody: %s', (text) => {
    expect(handoffIn(text)).toBeUndefined();
  });
});

describe('hand-offs in lower-case ASR (no capital marks a name)', () => {
  it.each([
    ['i would now like to hand the call over to our chief executive officer mark davis', { name: 'Mark Davis', role: 'chief executive officer', category: 'management' }],
    ['now i will hand over to our cfo linda park', { name: 'Linda Park', role: 'cfo', category: 'management' }],
    ['our first question comes from kevin li with jp morgan', { name: 'Kevin Li', firm: 'jp morgan', category: 'analyst' }],
    ['i would now like to hand the call over to james porter chief financial officer', { name: 'James Porter', role: 'chief financial officer', category: 'management' }],
    ['let me turn it over to dana lee our head of investor relations please go ahead', { name: 'Dana Lee', role: 'head of investor relations', category: 'management' }],
  ])('%s', (text, expected) => {
    expect(handoffIn(text)).toEqual(expected);
  });

  it('takes no name from words that are no name', () => {
    expect(handoffIn('now i will hand over to our ceo and the team')).toBeUndefined();
    expect(handoffIn('i will hand the call over to the team chief financial officer')).toBeUndefined();
  });
});

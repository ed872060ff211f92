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

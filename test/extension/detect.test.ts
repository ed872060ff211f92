import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectTranscript, looksLikeTranscript } from '../../src/extension/detect';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

describe('plain-text files that look like a call are recognised', () => {
  it.each(['000_57a37ca2e05f9c53.txt', '002_c10d7f1c76de8547.txt', '004_9af29ef9ab041140.txt'])('seed %s', (name) => {
    expect(looksLikeTranscript(seed(name))).toBe(true);
  });

  it('an inline-speaker call with timestamps', () => {
    const text = [
      '[00:00:05] Operator: Good morning, and welcome to the Acme Corp Q3 2024 earnings call.',
      '[00:00:20] Operator: All participants are in a listen-only mode.',
      '[00:01:02] Jane Doe: Thank you. Revenue grew 12% year over year.',
      '[00:02:10] John Smith: Thanks, Jane. Gross margin was 41.2%.',
    ].join('\n');
    expect(looksLikeTranscript(text)).toBe(true);
  });

  it('"Name -- Title" headers and a Q&A session', () => {
    const text = [
      'Acme Corp (ACME) Q2 2024 Earnings Call Transcript',
      'Prepared Remarks:',
      'Operator',
      'Good day, and thank you for standing by. Welcome to the second quarter conference call.',
      'Jane Doe -- Chief Financial Officer',
      'Thank you. Revenue was $1.2 billion.',
      'Questions & Answers:',
    ].join('\n');
    expect(detectTranscript(text).isTranscript).toBe(true);
  });
});

describe('ordinary text files are left alone', () => {
  it('a README', () => {
    const text = '# Project\n\nInstall: npm install\n\nUsage: run the conference room booking tool.\n\nLicense: MIT\n';
    expect(looksLikeTranscript(text)).toBe(false);
  });

  it('a chat log with speaker-like lines but no call', () => {
    const text = ['Alice: hi', 'Bob: hello', 'Alice: lunch?', 'Bob: sure', 'Carol: me too', 'Alice: noon then'].join('\n');
    expect(looksLikeTranscript(text)).toBe(false);
  });

  it('a news paragraph that mentions earnings once', () => {
    const text = 'Shares rose on Tuesday after the company reported earnings above expectations. Analysts said the fourth quarter looked strong.';
    expect(looksLikeTranscript(text)).toBe(false);
  });

  it('an empty file', () => {
    expect(looksLikeTranscript('')).toBe(false);
  });

  it('reads only the opening: call words far down a long file do not count', () => {
    const text = 'lorem ipsum dolor sit amet\n'.repeat(1000) + 'Operator\nWelcome to the earnings conference call. Thank you for standing by.\n';
    expect(looksLikeTranscript(text)).toBe(false);
  });
});

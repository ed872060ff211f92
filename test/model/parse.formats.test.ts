import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { parseTranscript } from '../../src/core/model/parse';
import { analysisViolations } from '../property/invariants';
import type { TranscriptModel } from '../../src/core/model/types';

// Formats the seeds do not have, written in the layouts transcript sites and ASR services use.
const fixture = (name: string) => parseTranscript(readFileSync(`test/fixtures/formats/${name}`, 'utf8'));

const outline = (m: TranscriptModel) => m.sections.map((s) => `${s.kind}: ${s.turns.map((t) => t.speaker.name).join(', ')}`);

describe('one header per turn, "Name -- Title" and "Name -- Firm -- Analyst"', () => {
  const m = fixture('fool-dash-dash.txt');

  it('reads roles and firms from the header and keeps the trailing participants list out of the turns', () => {
    expect(outline(m)).toEqual([
      'opening: Operator, Dana Ruiz',
      'prepared: Marcus Hale, Priya Natarajan',
      'qa: Operator, Ben Okafor, Priya Natarajan, Marcus Hale, Operator, Lena Fischer, Marcus Hale',
      'closing: Operator, Marcus Hale, Operator',
    ]);
    const ben = m.speakers.find((s) => s.name === 'Ben Okafor');
    expect(ben).toMatchObject({ role: 'Analyst', firm: 'Morgan Stanley', category: 'analyst' });
    const last = m.turns[m.turns.length - 1];
    expect(m.lines[last.endLine].text).toContain('You may now disconnect');
    expect(m.facts.company?.name).toBe('Northwind Robotics');
    expect(m.facts.period?.label).toBe('Q3 2024');
  });

  it('groups each question with the answers that follow it', () => {
    const qa = m.sections.find((s) => s.kind === 'qa')!;
    expect(qa.exchanges.map((e) => [e.question.speaker.name, e.answers.map((a) => a.speaker.name)])).toEqual([
      ['Ben Okafor', ['Priya Natarajan', 'Marcus Hale']],
      ['Lena Fischer', ['Marcus Hale']],
    ]);
  });
});

describe('"Name: text" lines with timestamps', () => {
  const m = fixture('inline-timestamps.txt');

  it('starts a turn on every labelled line, with the text after the label as speech', () => {
    expect(m.format).toBe('inline-speaker');
    expect(m.turns.map((t) => t.speaker.name)).toEqual([
      'Operator', 'Sam Ortiz', 'Clara Weiss', 'Tom Becker', 'Operator', 'Mia Chen', 'Clara Weiss', 'Operator',
    ]);
    expect(m.turns.every((t) => !t.inferred)).toBe(true);
    const first = m.sentences.find((s) => s.line === 2)!;
    expect(first.text).toBe('Thanks, Sam.');
    expect(m.speakers.find((s) => s.name === 'Sam Ortiz')?.role).toBe('Head of Investor Relations');
    expect(m.speakers.find((s) => s.name === 'Mia Chen')).toMatchObject({ category: 'analyst', firm: 'Jefferies' });
  });
});

describe('participants list before the call, bare name headers', () => {
  const m = fixture('sa-participants.txt');

  it('keeps the participants lists as boilerplate and starts turns at the bare names', () => {
    expect(m.turns[0].speaker.name).toBe('Operator');
    expect(m.turns[0].startLine).toBe(13);
    expect(m.speakers.find((s) => s.name === 'Victor Lang')?.role).toBe('President & Chief Executive Officer');
    expect(m.speakers.find((s) => s.name === 'Henry Adams')).toMatchObject({ category: 'analyst', firm: 'Cowen' });
    expect(outline(m)).toEqual([
      'opening: Operator, Rachel Green',
      'prepared: Victor Lang, Olivia Park',
      'qa: Operator, Henry Adams, Victor Lang, Operator, Sofia Rossi, Olivia Park',
      'closing: Operator, Victor Lang, Operator',
    ]);
  });
});

describe('headerless, one sentence per line', () => {
  const m = fixture('sentence-per-line.txt');

  it('keeps "Please go ahead." with the operator and hands over to the named speaker', () => {
    expect(m.turns.map((t) => [t.speaker.name, t.startLine, t.endLine, t.inferred])).toEqual([
      ['Operator', 0, 4, true],
      ['Alan Brooks', 5, 8, true],
    ]);
    expect(m.speakers.find((s) => s.name === 'Alan Brooks')?.role).toBe('Chief Executive Officer');
  });
});

describe('a capitalised short line is not a header without evidence', () => {
  it('reads "Thank You" and "Great Quarter" on their own lines as speech', () => {
    const m = parseTranscript('Operator\nWelcome to the call.\nThank You\nGreat Quarter\nWe grew.\n');
    expect(m.lines.map((l) => l.kind)).toEqual(['header', 'speech', 'speech', 'speech', 'speech', 'blank']);
    expect(m.turns).toHaveLength(1);
  });
});

describe('StreetEvents layout: rules, bulleted participants over "Firm - Title", "Name, Firm - Title [n]" headers', () => {
  const m = fixture('streetevents-rules.txt');

  it('reads each bulleted name with the title line below it as one participant, never as a speaker of its own', () => {
    expect(m.speakers.find((s) => s.name === 'Maria Lopez')).toMatchObject({ role: 'Chief Executive Officer', firm: 'Northwind Logistics Inc', category: 'management' });
    expect(m.speakers.find((s) => s.name === 'Emily Chen')).toMatchObject({ role: 'Analyst', firm: 'JPMorgan Chase & Co', category: 'analyst' });
    expect(m.speakers.some((s) => /Northwind/.test(s.name))).toBe(false);
    expect(m.lines.filter((l) => /^=+$|^-+$/.test(l.text)).every((l) => l.kind === 'boilerplate')).toBe(true);
  });

  it('starts turns at the headers with their turn numbers, and Q&A after its heading', () => {
    expect(m.turns[0]).toMatchObject({ startLine: 23, inferred: false });
    expect(outline(m)).toEqual([
      'opening: Operator, Priya Raman',
      'prepared: Maria Lopez, Daniel Okafor',
      'qa: Operator, Thomas Becker, Maria Lopez, Operator, Emily Chen, Daniel Okafor',
      'closing: Operator',
    ]);
  });
});

describe('"Name (00:00:12):" alone on its line, the speech below', () => {
  const m = fixture('speaker-timestamp-above.txt');

  it('reads the label line as the header of the paragraph under it', () => {
    expect(m.format).toBe('header-per-turn');
    expect(outline(m)).toEqual([
      'opening: Operator, Sam Ortiz',
      'prepared: Ana Silva, Ken Ito',
      'qa: Operator, Julia Park, Ana Silva',
      'closing: Operator',
    ]);
    expect(m.turns.map((t) => [t.startLine, t.endLine])[2]).toEqual([6, 7]);
  });
});

describe('subtitles', () => {
  it('SRT: cue numbers and timings are not speech; turns come from the hand-offs in the text', () => {
    const m = fixture('subtitles.srt.txt');
    expect(m.lines.filter((l) => /^\d+$|-->/.test(l.text)).every((l) => l.kind === 'boilerplate')).toBe(true);
    expect(m.sentences.some((s) => /-->/.test(s.text))).toBe(false);
    expect(m.turns.map((t) => [t.speaker.name, t.inferred])).toEqual([['Operator', true], ['Lena Fischer', true]]);
  });

  it("WebVTT: a voice tag names the cue's speaker, and one speaker's consecutive cues are one turn", () => {
    const m = fixture('subtitles.vtt.txt');
    expect(m.turns.map((t) => [t.speaker.name, t.startLine, t.endLine])).toEqual([
      ['Operator', 3, 6],
      ['Lena Fischer', 9, 12],
      ['Operator', 15, 15],
      ['Raj Patel', 18, 18],
      ['Lena Fischer', 21, 21],
    ]);
    const firstSentence = m.sentences.find((s) => s.line === 3)!;
    expect(firstSentence.text.startsWith('Good morning')).toBe(true);
  });
});

describe('markdown "**Name:** text" labels', () => {
  const m = fixture('markdown-labels.txt');

  it('reads the emphasised labels, keeps the title out of the turns and joins one speaker\'s paragraphs', () => {
    expect(m.format).toBe('inline-speaker');
    expect(outline(m)).toEqual(['opening: Operator', 'prepared: Nora Quinn', 'qa: Operator, Leo Grant, Nora Quinn', 'closing: Operator']);
    expect(m.turns[1]).toMatchObject({ startLine: 4, endLine: 6 });
    expect(m.sentences.find((s) => s.line === 4)!.text.startsWith('Thank you.')).toBe(true);
  });
});

describe('diarization labels "SPEAKER_00 (00:00:01): text"', () => {
  const m = fixture('diarized-speaker-ids.txt');

  it('tells operator, management and analyst apart by what they say and whom they are handed to', () => {
    expect(m.speakers.map((s) => [s.name, s.category])).toEqual([
      ['SPEAKER_00', 'operator'],
      ['SPEAKER_01', 'management'],
      ['SPEAKER_02', 'analyst'],
    ]);
    expect(outline(m)).toEqual([
      'opening: SPEAKER_00',
      'prepared: SPEAKER_01',
      'qa: SPEAKER_00, SPEAKER_02, SPEAKER_01',
      'closing: SPEAKER_00',
    ]);
  });
});

describe('FactSet layout: the title on the line under the name, shouted section headings', () => {
  const m = fixture('factset-title-below.txt');

  it('reads the line under a name as its title and firm, not as speech', () => {
    expect(m.speakers.find((s) => s.name === 'Hannah Berg')).toMatchObject({ role: 'Vice President-Investor Relations', firm: 'Litware Inc.' });
    expect(m.speakers.find((s) => s.name === 'Ravi Shah')).toMatchObject({ role: 'Analyst', category: 'analyst' });
    expect(m.lines[9].kind).toBe('boilerplate');
    expect(m.sentences.some((s) => s.text.startsWith('Chief Executive Officer'))).toBe(false);
    expect(outline(m)).toEqual([
      'opening: Operator, Hannah Berg',
      'prepared: Carlos Mendes, Yuki Tanaka',
      'qa: Operator, Ravi Shah, Carlos Mendes',
      'closing: Operator',
    ]);
  });
});

describe('FactSet/CallStreet: participants lists, "Name" / "Title, Firm" headers and "Q" / "A" marks', () => {
  const m = fixture('callstreet-participants-qa-markers.txt');

  it('keeps the listed participants out of the turns, and a "Q" or "A" under a header is no speaker', () => {
    expect(outline(m)).toEqual([
      'opening: Operator, Sarah Lindqvist',
      'prepared: Marcus Oyelaran, Priya Raman',
      'qa: Operator, Daniel Whitcombe, Priya Raman, Operator, Elena Petrova, Marcus Oyelaran',
      'closing: Operator',
    ]);
    expect(m.speakers.map((s) => s.name)).not.toContain('Q');
    expect(m.speakers.find((s) => s.name === 'Elena Petrova')).toMatchObject({ role: 'Analyst', firm: 'Jefferies LLC', category: 'analyst' });
    expect(m.sentences.some((s) => /^[QA]\b/.test(s.text))).toBe(false);
  });

  it('pairs each marked question with its answer', () => {
    const qa = m.sections.find((s) => s.kind === 'qa')!;
    expect(qa.exchanges.map((e) => [e.question.speaker.name, ...e.answers.map((t) => t.speaker.name)])).toEqual([
      ['Daniel Whitcombe', 'Priya Raman'],
      ['Elena Petrova', 'Marcus Oyelaran'],
    ]);
  });
});

describe('labels in capitals: "RAFAEL COSTA, CHIEF EXECUTIVE OFFICER: text"', () => {
  const m = fixture('shouted-labels.txt');

  it('shows each person once, in the case the call writes the name in, else in title case; a host who reports results opens the remarks', () => {
    expect(m.speakers.map((s) => [s.name, s.category])).toEqual([
      ['Aisha Bello', 'management'],
      ['Operator', 'operator'],
      ['Rafael Costa', 'management'],
      ['Lucas Meyer', 'analyst'],
    ]);
    expect(m.speakers.find((s) => s.name === 'Rafael Costa')?.role).toBe('CHIEF EXECUTIVE OFFICER');
    // "LUCAS MEYER, UBS:" names the analyst and the firm (this line once ran into the operator's turn).
    expect(outline(m)).toEqual(['opening: Operator', 'prepared: Rafael Costa, Aisha Bello', 'qa: Operator, Lucas Meyer, Rafael Costa, Lucas Meyer, Aisha Bello', 'closing: Operator']);
    expect(m.speakers.find((s) => s.name === 'Lucas Meyer')?.firm).toBe('UBS');
  });

  it('reads labels in capitals alone on their line as speakers, not as shouted headings', () => {
    const text = [
      'OPERATOR:',
      'Welcome to the Alder & Finch full year 2025 results call.',
      '',
      'EMMA-LOUISE CARTWRIGHT:',
      'Good morning. Revenue grew 3 per cent.',
      '',
      'PIETER VAN DER BERG:',
      'Thank you, Emma-Louise. Cash was strong.',
      '',
      'EMMA-LOUISE CARTWRIGHT:',
      'Thank you, Pieter.',
    ].join('\n');
    expect(parseTranscript(text).turns.map((t) => t.speaker.name)).toEqual(['Operator', 'Emma-Louise Cartwright', 'Pieter Van Der Berg', 'Emma-Louise Cartwright']);
  });

  it('keeps ids written in capitals as they are', () => {
    expect(parseTranscript('SPEAKER_01: Good morning.\nSPEAKER_02: Thanks.').speakers.map((s) => s.name)).toEqual(['SPEAKER_01', 'SPEAKER_02']);
  });
});

describe('caption fragments: "0:03" above each short unpunctuated line (a video site\'s transcript)', () => {
  const m = fixture('caption-fragments.txt');

  it('reads a hand-off and an amount that run on across timing lines', () => {
    expect(outline(m)).toEqual(['opening: Operator', 'prepared: James Porter']);
    expect(m.facts.period?.label).toBe('Q3 2025');
    expect(m.figures.map((f) => [f.text, f.value, f.metric])).toEqual([
      ['four hundred and twelve million dollars', '412000000', 'revenue'],
      ['eight percent', '8', 'revenue'],
      ['three hundred and eighty one million dollars', '381000000', 'revenue'],
      ['sixty two percent', '62', 'gross margin'],
    ]);
  });

  it('keeps every range sound (the invariants the property tests check)', () => {
    expect(analysisViolations(m.text, analyze(m.text))).toEqual([]);
  });

  it('keeps the timings out of the sentences they run across, at their offsets in the document', () => {
    const s = m.sentences.find((x) => x.text.includes('four hundred'))!;
    expect(s.text).not.toMatch(/\d:\d\d/);
    expect(s.text).toHaveLength(s.span.end - s.span.start);
    expect(m.text.slice(s.span.start, s.span.end).replace(/\d:\d\d/g, (t) => ' '.repeat(t.length))).toBe(s.text);
  });

  it('joins punctuated subtitle cues where the sentence goes on, not where it ends', () => {
    const srt = ['1', '00:00:01,000 --> 00:00:04,000', 'Thank you. Revenue was two point four', '', '2', '00:00:04,000 --> 00:00:07,000', 'billion dollars, up fifteen percent.', '',
      '3', '00:00:07,000 --> 00:00:10,000', 'Gross margin was sixty two percent.', '', '4', '00:00:10,000 --> 00:00:13,000', 'Thank you, Lena.'].join('\n');
    const p = parseTranscript(srt);
    expect(p.figures.map((f) => [f.text, f.value])).toEqual([
      ['two point four billion dollars', '2400000000'],
      ['fifteen percent', '15'],
      ['sixty two percent', '62'],
    ]);
    expect(p.sentences.map((x) => x.text.replace(/\s+/g, ' '))).toEqual(['Thank you.', 'Revenue was two point four billion dollars, up fifteen percent.', 'Gross margin was sixty two percent.', 'Thank you, Lena.']);
  });

  it('joins cues that repeat the same speaker\'s label (Zoom, Teams), blanking the label, never across speakers', () => {
    const cue = (n: number, label: string, text: string) => [`${n}`, `00:00:0${n}.000 --> 00:00:0${n + 1}.000`, `${label}: ${text}`, ''];
    const vtt = [
      'WEBVTT', '',
      ...cue(1, 'John Smith', 'Thank you. Revenue was two point four'),
      ...cue(2, 'John Smith', 'billion dollars, up ten percent.'),
      ...cue(3, 'John Smith', 'Margin was forty'),
      ...cue(4, 'Mary Jones', 'one question, please.'),
    ].join('\n');
    const p = parseTranscript(vtt);
    expect(p.figures.map((f) => [f.text, f.value])).toEqual([
      ['two point four billion dollars', '2400000000'],
      ['ten percent', '10'],
    ]);
    expect(p.sentences.map((x) => x.text.replace(/\s+/g, ' '))).toEqual([
      'Thank you.', 'Revenue was two point four billion dollars, up ten percent.', 'Margin was forty', 'one question, please.',
    ]);
    expect(p.turns.map((t) => t.speaker.name)).toEqual(['John Smith', 'Mary Jones']);
    const voiced = parseTranscript(['WEBVTT', '', '00:00:01.000 --> 00:00:04.000', '<v John Smith>Revenue was two point four', '',
      '00:00:04.000 --> 00:00:07.000', '<v John Smith>billion dollars.', '', '00:00:07.000 --> 00:00:09.000', '<v Mary Jones>Thanks.'].join('\n'));
    expect(voiced.figures.map((f) => [f.text, f.value])).toEqual([['two point four billion dollars', '2400000000']]);
    expect(analysisViolations(voiced.text, analyze(voiced.text))).toEqual([]);
  });

  it('leaves unpunctuated speech one utterance per line where no timing line cuts it', () => {
    const a = fixture('asr-unpunctuated.txt');
    expect(a.sentences.every((x) => !x.text.includes('\n'))).toBe(true);
  });
});

describe('Bloomberg: "Name {BIO 12345678 <GO>}" headers, "Q - " / "A - " in Q&A, bulleted participants', () => {
  const m = fixture('bloomberg-bio-tags.txt');

  it('reads the header past its profile link and keeps the participants lists out of the turns', () => {
    expect(outline(m)).toEqual([
      'opening: Operator',
      'prepared: Helen Park, Omar Said',
      'qa: Operator, Tom Reed, Omar Said',
      'closing: Operator',
    ]);
    expect(m.speakers.find((s) => s.name === 'Tom Reed')).toMatchObject({ role: 'Analyst', firm: 'Barclays', category: 'analyst' });
    expect(m.sentences.some((s) => s.text.includes('<GO>'))).toBe(false);
  });
});

describe('section headings', () => {
  it('"QUESTION AND ANSWER SECTION" starts Q&A at the first turn after it, whatever the cues say', () => {
    const text = [
      'MANAGEMENT DISCUSSION SECTION',
      'Operator: Good morning, and welcome to the Fabrikam call. I will now hand over to Ana Silva, Chief Executive Officer.',
      'Ana Silva: Thank you. Revenue was $842 million.',
      'QUESTION AND ANSWER SECTION',
      'Ana Silva: Before we start, one more thing on margins.',
      'Operator: Our first question comes from Julia Park with Barclays.',
      'Julia Park: Thanks. How is demand?',
      'Ana Silva: Demand is strong.',
    ].join('\n');
    const m = parseTranscript(text);
    expect(m.lines[3].kind).toBe('boilerplate');
    expect(outline(m)).toEqual(['opening: Operator', 'prepared: Ana Silva', 'qa: Ana Silva, Operator, Julia Park, Ana Silva']);
  });
});

describe('"Name: text" labels', () => {
  it('in a document labelled throughout, a full name that speaks once is a speaker', () => {
    const m = parseTranscript([
      'WEBVTT', '', '1', '00:00:01.000 --> 00:00:05.000', 'John Smith: Good morning everyone, and thank you for joining.', '',
      '2', '00:00:05.000 --> 00:00:09.000', 'John Smith: Revenue was $88 million, up 10% from $80 million.', '',
      '3', '00:00:09.000 --> 00:00:12.000', 'Mary Jones: Thanks. Margins were 31%.',
    ].join('\n'));
    expect(m.turns.map((t) => [t.speaker.name, t.startLine, t.endLine])).toEqual([['John Smith', 4, 8], ['Mary Jones', 12, 12]]);
  });

  it('a lone label-like phrase in unlabelled speech stays speech', () => {
    const m = parseTranscript(['Good morning and welcome to the call.', 'Capital Allocation: we bought back shares worth $50 million.', 'Thank you.'].join('\n'));
    expect(m.lines[1].kind).toBe('speech');
    expect(m.turns.every((t) => t.inferred)).toBe(true);
  });
});

describe('a call transcribed twice in a headed layout', () => {
  it('shows two calls: the operator\'s welcome after the goodbye opens the second (the header line does not hide it)', () => {
    const once = readFileSync('test/fixtures/formats/fool-dash-dash.txt', 'utf8');
    const m = parseTranscript(`${once}\n${once}`);
    const kinds = m.sections.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'opening')).toHaveLength(2);
    expect(kinds).toEqual([...kinds.slice(0, kinds.length / 2), ...kinds.slice(0, kinds.length / 2)]);
  });
});

describe('a call transcribed twice in "[time] Name: text" lines', () => {
  it('shows two calls though the operator closes the first and opens the second in consecutive labels', () => {
    const once = readFileSync('test/fixtures/formats/inline-timestamps.txt', 'utf8').trimEnd().split('\n');
    // The second transcription has its own clock.
    const again = once.map((l) => l.replace(/^\[00:(\d\d):(\d\d)\]/, (_, m: string, s: string) => `[00:${String(+m + 30)}:${s}]`));
    const m = parseTranscript([...once, ...again].join('\n'));
    const kinds = m.sections.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'opening')).toHaveLength(2);
    expect(kinds).toEqual([...kinds.slice(0, kinds.length / 2), ...kinds.slice(0, kinds.length / 2)]);
    expect(m.sections[kinds.length / 2].startLine).toBe(once.length);
  });
});

describe('meeting exports: the name, then a timestamp line, then the speech', () => {
  const m = fixture('meeting-timestamp-below.txt');

  it('reads the name as a header and the timestamp line as furniture', () => {
    expect(m.turns.map((t) => [t.speaker.name, t.startLine, t.endLine])).toEqual([
      ['John Smith', 0, 1],
      ['Jane Doe', 3, 4],
      ['John Smith', 6, 8],
      ['Jane Doe', 10, 12],
    ]);
    expect(m.lines[7].kind).toBe('boilerplate');
    expect(m.speakers.find((s) => s.name === 'Jane Doe')).toMatchObject({ role: 'CFO', category: 'management' });
    expect(m.sentences.some((s) => /^0:\d\d$/.test(s.text))).toBe(false);
  });
});

describe('sentences wrapped over lines (ASR and caption exports)', () => {
  const m = parseTranscript(
    ['Operator: Welcome to the call.', 'Jane Roe (CFO): Revenue was $1.2 billion, up 12% from', '$1.07 billion last year, and margins', 'improved to 31%.', 'Thank you.'].join('\n'),
  );

  it('reads a sentence whole across the lines it wraps over, from the line it starts on', () => {
    const s = m.sentences.find((x) => x.text.startsWith('Revenue'))!;
    expect(s.text).toBe('Revenue was $1.2 billion, up 12% from\n$1.07 billion last year, and margins\nimproved to 31%.');
    expect(s.line).toBe(1);
    expect(m.sentences.find((x) => x.text === 'Thank you.')!.line).toBe(4);
  });

  it('so a change and its prior on two lines are one relation', () => {
    const prior = m.figures.find((f) => f.text === '$1.07 billion')!;
    expect(prior.metric).toBe('Revenue');
  });

  it('never joins a finished sentence, a capitalised next line, a label or a translation', () => {
    const n = parseTranscript(['Operator: Welcome to the call', 'Jane Roe (CFO): thanks', 'Our revenue grew', 'In China it fell'].join('\n'));
    expect(n.sentences.map((x) => x.line)).toEqual([0, 1, 2, 3]);
  });
});

describe('a webcast the IR head moderates (no operator)', () => {
  const m = fixture('ir-moderated-webcast.txt');

  it('takes the questioners the IR head introduces for analysts, and starts Q&A at the introduction', () => {
    expect(m.speakers.find((s) => s.name === 'Victor Hu')).toMatchObject({ category: 'analyst', firm: 'Nomura' });
    expect(outline(m)).toEqual([
      'opening: Sam Ortiz',
      'prepared: Ana Silva, Ken Ito',
      'qa: Sam Ortiz, Julia Park, Ana Silva, Sam Ortiz, Victor Hu, Ken Ito',
      'closing: Sam Ortiz',
    ]);
    const qa = m.sections.find((s) => s.kind === 'qa')!;
    expect(qa.exchanges.map((e) => [e.question.speaker.name, e.answers.map((a) => a.speaker.name)])).toEqual([
      ['Julia Park', ['Ana Silva']],
      ['Victor Hu', ['Ken Ito']],
    ]);
  });
});

describe('a PDF export: wrapped lines, page footers and running page headers', () => {
  const m = fixture('pdf-export-wrapped.txt');

  it('keeps page furniture out of the speech and reads wrapped sentences whole', () => {
    expect(m.lines.filter((l) => /^Page \d/.test(l.text)).every((l) => l.kind === 'boilerplate')).toBe(true);
    expect(m.lines[10].kind).toBe('boilerplate');
    expect(m.sentences.some((s) => /Page \d|Earnings Call$/.test(s.text))).toBe(false);
    expect(m.figures.find((f) => f.text === '$745 million')?.metric).toBe('Revenue');
    expect(outline(m)).toEqual(['opening: Operator', 'prepared: Lee Chan', 'qa: Operator, Kim Li, Lee Chan', 'closing: Operator']);
  });
});

describe('figures of a wrapped sentence', () => {
  it('each keep the line they start on, whatever the line breaks', () => {
    for (const br of ['\n', '\r\n', '\r']) {
      const m = parseTranscript(['Operator: Welcome to the call.', 'Jane Roe (CFO): Revenue was $1.2 billion, up 12% from', '$1.07 billion last year.'].join(br));
      expect(m.figures.map((f) => [f.text, f.line])).toEqual([
        ['$1.2 billion', 1],
        ['12%', 1],
        ['$1.07 billion', 2],
      ]);
    }
  });
});

describe('headerless, one sentence per line, through Q&A', () => {
  const m = fixture('sentence-per-line-qa.txt');

  it("keeps an analyst's question over its lines until it is asked, and the answer and the goodbye apart", () => {
    expect(m.turns.map((t) => [t.speaker.name, t.startLine + 1, t.endLine + 1])).toEqual([
      ['Operator', 1, 3],
      ['Maya Brooks', 4, 6],
      ['Daniel Reyes', 7, 12],
      ['Olivia Hart', 13, 17],
      ['Operator', 18, 18],
      ['Peter Lang', 19, 20],
      ['Management', 21, 22],
      ['Operator', 23, 24],
    ]);
    expect(m.facts.period?.label).toBe('Q1 2025');
    const qa = m.sections.find((s) => s.kind === 'qa')!;
    expect(qa.exchanges.map((e) => [e.question.speaker.name, e.answers.map((a) => a.speaker.name)])).toEqual([['Peter Lang', ['Management']]]);
  });
});

describe('"Name, Title" headers, and "Name, Firm" for the analysts', () => {
  const m = fixture('name-comma-firm.txt');

  it('takes "Tom Hardy, Barclays" for a header in a call whose other headers are "Name, Title"', () => {
    expect(outline(m)).toEqual([
      'prepared: Olivia Grant, Rahul Mehta',
      'qa: Tom Hardy, Olivia Grant, Isabel Moreno, Rahul Mehta, Olivia Grant',
    ]);
    expect(m.speakers.find((s) => s.name === 'Tom Hardy')).toMatchObject({ firm: 'Barclays', category: 'analyst' });
    expect(m.speakers.find((s) => s.name === 'Isabel Moreno')).toMatchObject({ firm: 'Morgan Stanley & Co', category: 'analyst' });
  });

  it('without "Name, Title" headers around it, a lone "Name, Firm" line is not a speaker', () => {
    const text = ['Operator: Welcome to the call.', 'Kevin Price, Northwind', 'We saw good demand this quarter.', 'Operator: Thank you.'].join('\n');
    expect(parseTranscript(text).speakers.map((s) => s.name)).toEqual(['Operator']);
  });
});

describe('unpunctuated lower-case ASR, one utterance per line', () => {
  const m = fixture('asr-unpunctuated.txt');

  it('reads each line as one sentence (none is joined to the next) and names the speakers the lower-case hand-offs name', () => {
    expect(m.sentences.map((s) => s.line)).toEqual(m.lines.filter((l) => l.kind === 'speech').map((l) => l.index));
    expect(outline(m)).toEqual(['opening: Operator', 'prepared: Mark Davis, Linda Park', 'qa: Operator, Kevin Li, Management']);
    expect(m.speakers.find((s) => s.name === 'Kevin Li')).toMatchObject({ firm: 'jp morgan', category: 'analyst' });
    expect(m.speakers.find((s) => s.name === 'Linda Park')).toMatchObject({ role: 'cfo', category: 'management' });
    expect(m.figures.find((f) => f.text === 'two hundred forty million dollars')?.metric).toBe('revenue');
  });
});

describe('rolling captions (each cue repeats the line before its new one)', () => {
  const cue = (n: number, lines: string[]) => `${n}\n00:00:0${n},000 --> 00:00:0${n + 1},000\n${lines.join('\n')}\n`;
  const srt = [
    cue(1, ['good morning and welcome to the']),
    cue(2, ['good morning and welcome to the', 'Contoso third quarter earnings call']),
    cue(3, ['Contoso third quarter earnings call', 'revenue grew twenty percent']),
    cue(4, ['revenue grew twenty percent', 'to one hundred twenty million dollars']),
    cue(5, ['to one hundred twenty million dollars', 'thank you all for joining']),
  ].join('\n');

  it('reads each line once: the repeated line is display, not speech', () => {
    const m = parseTranscript(srt);
    const spoken = m.lines.filter((l) => l.kind === 'speech').map((l) => l.text);
    expect(spoken).toEqual(['good morning and welcome to the', 'Contoso third quarter earnings call', 'revenue grew twenty percent', 'to one hundred twenty million dollars', 'thank you all for joining']);
    expect(m.figures.map((f) => f.text)).toEqual(['twenty percent', 'one hundred twenty million dollars']);
  });

  it('keeps a line said again once in plain subtitles', () => {
    const plain = [cue(1, ['Thank you.']), cue(2, ['Thank you.']), cue(3, ['Revenue grew 20%.'])].join('\n');
    expect(parseTranscript(plain).lines.filter((l) => l.kind === 'speech').map((l) => l.text)).toEqual(['Thank you.', 'Thank you.', 'Revenue grew 20%.']);
  });
});

describe('a Chinese call labelled "姓名：text"', () => {
  it('reads the labels as speakers, the host as the operator', () => {
    const m = parseTranscript(
      ['金山云2023年第四季度业绩电话会议', '', '主持人：女士们、先生们，欢迎参加金山云2023年第四季度业绩电话会议。', '王宇：谢谢。本季度总收入为人民币18.0亿元。', '何海建：谢谢王宇。经调整净亏损为人民币1.5亿元。', '王宇：谢谢大家。'].join('\n'),
    );
    expect(m.turns.map((t) => t.speaker.name)).toEqual(['主持人', '王宇', '何海建', '王宇']);
    expect(m.speakers.find((s) => s.name === '主持人')?.category).toBe('operator');
    expect(m.sentences.find((s) => s.line === 3)?.text).toBe('谢谢。');
  });
});

describe('labels that name no one', () => {
  it('still tell the asking side from the answering side, so Q&A pairs questions with answers', () => {
    const m = parseTranscript(
      [
        'Operator: Welcome to the Contoso Q3 2025 earnings call. Our first question comes from the line of Participant 1.',
        'Participant 1: Thanks. Can you talk about margins?',
        'Executive: Sure. Gross margin was 40%, up from 38%.',
        'Q: What about free cash flow?',
        'A: Free cash flow was $120 million.',
        'Unidentified Analyst: One more on capex?',
        'Company Representative: Capex was $40 million.',
      ].join('\n'),
    );
    expect(m.speakers.map((s) => [s.name, s.category])).toEqual([
      ['Operator', 'operator'], ['Participant 1', 'analyst'], ['Executive', 'management'], ['Q', 'analyst'], ['A', 'management'],
      ['Unidentified Analyst', 'analyst'], ['Company Representative', 'management'],
    ]);
    const qa = m.sections.find((s) => s.kind === 'qa')!;
    expect(qa.exchanges.map((e) => [e.question.speaker.name, e.answers.map((a) => a.speaker.name)])).toEqual([
      ['Participant 1', ['Executive']],
      ['Q', ['A']],
      ['Unidentified Analyst', ['Company Representative']],
    ]);
  });
});

describe('bilingual calls whose header is written in both languages', () => {
  const m = parseTranscript(
    ['Li Wei - Chief Financial Officer', '李伟 - 首席财务官', 'Revenue was one point two billion yuan, up twenty percent.', '收入为人民币12亿元，同比增长20%。', '', 'Operator', '主持人', 'Thank you. This concludes the call.', '谢谢。会议到此结束。'].join('\n'),
  );

  it('reads the translated header as the twin of the English one: one turn, one speaker', () => {
    expect(m.format).toBe('bilingual-doubled-headers');
    expect(m.turns.map((t) => [t.speaker.name, t.headerLines])).toEqual([
      ['Li Wei', [0, 1]],
      ['Operator', [5, 6]],
    ]);
    expect(m.lines[3]).toMatchObject({ kind: 'translation', translationOf: 2 });
  });
});

describe('a header line repeated word for word', () => {
  it('is read for each line: the same label indented differently starts its speech where its own line has it', () => {
    const text = 'Jane Doe: Revenue grew.\n   Jane Doe: Revenue grew.\nJohn Roe: Margins held.\n\tJohn Roe: Margins held.\n';
    const m = parseTranscript(text);
    expect(m.sentences.map((s) => text.slice(s.span.start, s.span.end))).toEqual(['Revenue grew.', 'Revenue grew.', 'Margins held.', 'Margins held.']);
    expect(m.speakers.map((s) => s.name)).toEqual(['Jane Doe', 'John Roe']);
  });
});

describe('markdown: "##" section headings, "###" speaker headers, titles in square brackets', () => {
  const m = fixture('markdown-headings.txt');

  it('reads the headings as sections and the "###" lines as speakers, a generational suffix kept in the name', () => {
    expect(outline(m)).toEqual([
      'opening: Operator, Dana Whitfield',
      'prepared: Robert Smith Jr., Elena Ortiz',
      'qa: Operator, Sam Keller, Robert Smith Jr.',
      'closing: Operator',
    ]);
    expect(m.speakers.find((s) => s.name === 'Dana Whitfield')).toMatchObject({ role: 'Head of Investor Relations', category: 'management' });
    expect(m.speakers.find((s) => s.name === 'Sam Keller')).toMatchObject({ firm: 'Baird', category: 'analyst' });
  });

  it("takes titles from the host's introduction, and the company without its possessive", () => {
    expect(m.speakers.find((s) => s.name === 'Robert Smith Jr.')).toMatchObject({ role: 'CEO', category: 'management' });
    expect(m.speakers.find((s) => s.name === 'Elena Ortiz')).toMatchObject({ role: 'Chief Financial Officer', category: 'management' });
    expect(m.facts.company?.name).toBe('Adventure Works');
    expect(m.facts.period?.label).toBe('Q2 2025');
  });

  it('holds the analysis invariants and reports nothing on its consistent figures', () => {
    const a = analyze(m.text);
    expect(analysisViolations(m.text, a)).toEqual([]);
    expect(a.diagnostics).toEqual([]);
  });
});

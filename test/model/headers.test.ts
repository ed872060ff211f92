import { describe, expect, it } from 'vitest';
import { parseAffiliation, parseHeaderLine } from '../../src/core/model/headers';

// One line at a time, in the layouts transcript sites, transcription services and diarizers write.
const read = (line: string) => {
  const h = parseHeaderLine(line);
  return h && { ...h, speech: h.contentStart === undefined ? undefined : line.slice(h.contentStart) };
};

describe('speaker labels on their own line', () => {
  it.each([
    ['John Smith -- Chief Executive Officer', { name: 'John Smith', role: 'Chief Executive Officer' }],
    ['John Smith - Acme Corp. - CEO', { name: 'John Smith', role: 'CEO', firm: 'Acme Corp.' }],
    ['John Smith (Chief Executive Officer)', { name: 'John Smith', role: 'Chief Executive Officer' }],
    ['John Smith (Morgan Stanley)', { name: 'John Smith', firm: 'Morgan Stanley' }],
    ['Maria Lopez,  Northwind Logistics Inc - Chief Executive Officer   [3]', { name: 'Maria Lopez', role: 'Chief Executive Officer', firm: 'Northwind Logistics Inc' }],
    ['Operator   [1]', { name: 'Operator' }],
    ['- John Smith - Chief Executive Officer', { name: 'John Smith', role: 'Chief Executive Officer' }],
    ['Q - John Smith', { name: 'John Smith', role: 'Analyst' }],
    ['A - Jane Doe', { name: 'Jane Doe' }],
    ['JOHN SMITH, CHIEF EXECUTIVE OFFICER:', { name: 'JOHN SMITH', role: 'CHIEF EXECUTIVE OFFICER' }],
    ['Sam Ortiz (00:00:12):', { name: 'Sam Ortiz' }],
    ['Robert Smith, Jr. - Chief Executive Officer', { name: 'Robert Smith, Jr.', role: 'Chief Executive Officer' }],
    ['Robert Smith Jr., Chief Executive Officer', { name: 'Robert Smith Jr.', role: 'Chief Executive Officer' }],
    ['John Smith [CEO]', { name: 'John Smith', role: 'CEO' }],
    ['Jean-Luc Moreau (Northwind Logistics) - Chief Executive Officer', { name: 'Jean-Luc Moreau', role: 'Chief Executive Officer', firm: 'Northwind Logistics' }],
    ['**Dr. Klaus-Dieter Brenner** – Chief Executive Officer (via interpreter)', { name: 'Dr. Klaus-Dieter Brenner', role: 'Chief Executive Officer' }],
    ['**Operator** – Chorus Call', { name: 'Operator' }],
    ['Second Operator', { name: 'Second Operator' }],
    ['Tomasz Wiśniewski — Analyst, Jefferies', { name: 'Tomasz Wiśniewski', role: 'Analyst', firm: 'Jefferies' }],
    ['### John Smith, Chief Executive Officer', { name: 'John Smith', role: 'Chief Executive Officer' }],
  ])('%s', (line, expected) => {
    expect(read(line)).toMatchObject({ ...expected, bare: false, speech: undefined });
  });

  it('a bilingual header: the translation after the English is neither title nor firm', () => {
    expect(read('Li Wei - Chief Financial Officer 李伟 - 首席财务官')).toEqual({ name: 'Li Wei', role: 'Chief Financial Officer', bare: false, speech: undefined });
    expect(read('Operator 操作员')).toEqual({ name: 'Operator', bare: false, speech: undefined });
    expect(read('Operator: 女士们、先生们，欢迎参加会议。')).toMatchObject({ name: 'Operator', speech: '女士们、先生们，欢迎参加会议。' });
    expect(read('Revenue was RMB1 billion 收入为人民币10亿元')).toBeUndefined();
  });

  it('Chinese labels with the full-width colon: a surname-led name, a generic label, a title or firm in brackets', () => {
    expect(read('王宇：谢谢。本季度总收入为人民币18.0亿元。')).toMatchObject({ name: '王宇', speech: '谢谢。本季度总收入为人民币18.0亿元。' });
    expect(read('主持人：欢迎参加会议。')).toMatchObject({ name: '主持人', speech: '欢迎参加会议。' });
    expect(read('何海建（首席财务官）：谢谢。')).toMatchObject({ name: '何海建', role: '首席财务官', speech: '谢谢。' });
    expect(read('李明（中金公司）：谢谢管理层。')).toMatchObject({ name: '李明', firm: '中金公司' });
    // Not a name: a phrase before a colon in Chinese speech.
    expect(read('具体来说：收入增长了。')).toBeUndefined();
    expect(read('总收入：人民币18.0亿元。')).toBeUndefined();
  });

  it('labels that name no one: generic forms, and "Q:" / "A:" for the asking and the answering side', () => {
    for (const label of ['Participant 1', 'Unidentified Analyst', 'Unidentified Company Representative', 'Caller 3', 'Executive', 'Conference Operator', 'Presenter']) {
      expect(read(`${label}: Thank you.`), label).toMatchObject({ name: label, speech: 'Thank you.' });
    }
    expect(read('Q: What about free cash flow?')).toMatchObject({ name: 'Q', role: 'Analyst', speech: 'What about free cash flow?' });
    expect(read('A: It was $120 million.')).toMatchObject({ name: 'A', role: 'Management', speech: 'It was $120 million.' });
  });

  it('a bare name or an emphasised one waits for the document to confirm it', () => {
    expect(read('**John Smith**')).toMatchObject({ name: 'John Smith', bare: true });
    expect(read('Sam Ortiz:')).toMatchObject({ name: 'Sam Ortiz', bare: true });
  });

  it('a generational suffix ends a name, not a sentence, and its comma is not the one before a firm', () => {
    for (const name of ['J. Robert Smith Jr.', 'Robert Smith Sr.', 'Robert Smith, Jr.', 'John Doe III']) {
      expect(read(name), name).toMatchObject({ name, bare: true, speech: undefined });
    }
    expect(read('Robert Smith, Jr.: Thank you.')).toMatchObject({ name: 'Robert Smith, Jr.', speech: 'Thank you.' });
    // A sentence that ends in "Jr." is still no name: it is not made of name words.
    expect(read('We thank Dr. Martin Luther King Jr.')).toBeUndefined();
  });
});

describe('labels before the speech on the same line', () => {
  it.each([
    ['[00:00:05] Jane Doe: Good morning.', 'Jane Doe', 'Good morning.'],
    ['Speaker 1 (00:12): Hello there.', 'Speaker 1', 'Hello there.'],
    ['SPEAKER_01: hello there everyone', 'SPEAKER_01', 'hello there everyone'],
    ['**John Smith:** Thank you.', 'John Smith', 'Thank you.'],
    ['**John Smith**: Thank you.', 'John Smith', 'Thank you.'],
    ['>> JOHN SMITH: Thank you.', 'JOHN SMITH', 'Thank you.'],
    ['<v Lena Fischer>Thank you.', 'Lena Fischer', 'Thank you.'],
    ['Ann Lee, Morgan Stanley & Co.: Hi, thanks.', 'Ann Lee', 'Hi, thanks.'],
    ['Q: Laura Chen - Cowen: Congrats on the quarter.', 'Laura Chen', 'Congrats on the quarter.'],
    ['A: Hannah Lindqvist: Sure.', 'Hannah Lindqvist', 'Sure.'],
    ['Hiroshi Takamori [Japanese, interpreted]: Thank you.', 'Hiroshi Takamori', 'Thank you.'],
    ['Participant 1 (Nomura Securities, Yamada): Thank you.', 'Participant 1', 'Thank you.'],
  ])('%s', (line, name, speech) => {
    expect(read(line)).toMatchObject({ name, speech, bare: false });
  });
});

describe('lines that are not labels', () => {
  it.each([
    'Revenue: $5.2 million, up 10%.',
    '- revenue grew 10% in the quarter',
    'At 10:30 we announced the deal.',
    'Here are the highlights:',
    'Thank you.',
    '>> Thank you.',
    '00:00:01,000 --> 00:00:05,200',
    'Technology - Software',
    'It was founded by his son, Jr.',
    'Rheintal Maschinenbau AG',
    'Société Lumière Énergies SA — H1 2025 results conference call',
    'John Smith [inaudible]',
  ])('%s', (line) => {
    expect(read(line)).toBeUndefined();
  });
});

describe('affiliation lines under a name', () => {
  it.each([
    ['Northwind Logistics Inc - Chief Executive Officer', { role: 'Chief Executive Officer', firm: 'Northwind Logistics Inc' }],
    ['Chief Executive Officer, Litware Inc.', { role: 'Chief Executive Officer', firm: 'Litware Inc.' }],
    ['Analyst, Sanford C. Bernstein & Co. LLC', { role: 'Analyst', firm: 'Sanford C. Bernstein & Co. LLC' }],
    ['Chief Financial Officer', { role: 'Chief Financial Officer' }],
  ])('%s', (line, expected) => {
    expect(parseAffiliation(line)).toEqual(expected);
  });

  it.each(['President Biden, the tariffs are hurting us', 'Thank you, operator.', 'We grew revenue 10% this quarter', 'Q3 2025 Results – Analyst and Investor Call'])('not: %s', (line) => {
    expect(parseAffiliation(line)).toBeUndefined();
  });
});

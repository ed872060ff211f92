#!/usr/bin/env node
// Builds syntaxes/transcript.tmLanguage.json (scopeName text.transcript) from named regex fragments.
// Why a generator: TextMate grammars have no variables, and the same pieces (a person's name, a role
// phrase, a timestamp, a currency) recur in several rules; writing them once keeps the rules consistent.
//   node syntaxes/buildTranscriptGrammar.mjs          writes the JSON
//   node syntaxes/buildTranscriptGrammar.mjs --check  exits 1 when the committed JSON is stale
//
// Regex rules of thumb (Oniguruma, lines of 5 KB and more):
// - every repetition is bounded or runs over a class disjoint from what follows it, so a failed
//   match costs at most a few passes over a short window, never a quadratic backtrack;
// - fragments use only non-capturing groups; captures are numbered in the rules below.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const alt = (words) => `(?:${words.join('|')})`;
/** A word from `words` that is not the start of a longer word (works for CJK-adjacent text too). */
const word = (words) => `${alt(words)}(?![\\p{L}\\p{N}'’_-])`;

// ---------------------------------------------------------------- timestamps
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?!\d)`;
/** "[00:01:23]", "(01:02)", "00:01:23", "00:00:01,000 --> 00:00:04,000". */
const TIMESTAMP = String.raw`(?:\[${CLOCK}\]|\(${CLOCK}\)|${CLOCK}(?:\s*-->\s*${CLOCK})?)`;
/** Optional timestamp before a header or a "Name:" label; capture 1 of each rule that uses it. */
const TS_PREFIX = String.raw`^\s*(?:(${TIMESTAMP})\s*(?:[-–—|]\s+)?)?(?:#{1,6}\s+)?`;
/** Marks before a label: a caption's speaker-change ">>", markdown emphasis ("**Jane Doe:**"). */
const LABEL_LEAD = String.raw`(?:>>\s*)?(?:\*\*|__)?`;
/** Header line end: an optional timestamp ("Tim Cook  0:05") or speaker index ("Operator [1]"); two captures. */
const HEADER_END = String.raw`(?:\s+(${TIMESTAMP}))?(?:\s+(\[\d{1,3}\]))?(?:\s+\{BIO \d+ <GO>\})?\s*$`;

// ---------------------------------------------------------------- names and roles
/** Words that open sentences, greetings or labels: a line starting with one is not a name. */
const NOT_A_NAME = word([
  'Good', 'Thank', 'Thanks', 'Hello', 'Hi', 'Hey', 'Yes', 'Yeah', 'No', 'Okay', 'OK', 'Ok', 'So', 'And', 'But',
  'Or', 'The', 'This', 'That', 'These', 'Those', 'There', 'Here', 'Next', 'Well', 'Great', 'Sure', 'Right',
  'Now', 'Ladies', 'Welcome', 'Please', 'We', 'I', 'You', 'They', 'It', 'Our', 'My', 'Your', 'In', 'On', 'At',
  'As', 'For', 'With', 'From', 'To', 'By', 'Of', 'If', 'When', 'What', 'Why', 'How', 'Let', 'Dear', 'Also',
  'Then', 'Got', 'Understood', 'Very', 'Perfect', 'Absolutely', 'Exactly', 'Excellent', 'Congratulations',
  'Congrats', 'Morning', 'Afternoon', 'Evening', 'Question', 'Questions', 'Answer', 'Answers', 'Note', 'Notes',
  'Source', 'Sources', 'Example', 'Re', 'Subject', 'Date', 'Time', 'Location', 'Ticker', 'Agenda', 'Update',
  'Summary', 'Highlights', 'Important', 'Warning', 'Caution', 'Reminder', 'Total', 'Net', 'Gross', 'Adjusted',
  'Operating', 'Revenue', 'Revenues', 'Income', 'Margin', 'Margins', 'Cash', 'Guidance', 'Outlook', 'Key',
  'Disclaimer', 'Topic', 'Topics', 'Translation', 'Original', 'Transcript', 'Table', 'Figure', 'Chart',
  'Slide', 'Step', 'Part', 'Section', 'Chapter', 'Item', 'Market', 'Earnings', 'Quarter', 'Fiscal', 'Free',
  'Diluted', 'Basic', 'Overall', 'First', 'Second', 'Third', 'Fourth', 'Finally', 'Lastly', 'Secondly',
  'Firstly', 'Thirdly', 'Fourthly', 'Before', 'After', 'Following', 'Turning', 'Moving', 'Looking', 'Going',
  'Duration', 'Contents', 'Image', 'Photo', 'Published', 'Updated', 'Posted', 'Author', 'Tags', 'Company', 'Event',
  'Period', 'Call', 'Operator', 'Copyright', 'Tel', 'Phone', 'Fax', 'Email', 'E-mail', 'Web', 'Website', 'URL',
  'Link', 'Replay', 'Passcode', 'Webcast', 'Dial-in', 'Access', 'Contact', 'Contacts',
]);
/** Lower-case particles inside names: "Ana de Souza", "Jan van Dijk". */
const PARTICLE = word(['van', 'von', 'de', 'da', 'del', 'der', 'di', 'du', 'la', 'le', 'bin', 'al', 'dos', 'das']);
/**
 * Capitalised words that are topics, products, places or page labels, never parts of a person's name:
 * "Greater China", "Vision Pro", "Services Revenue", "Long Term Growth" are slide titles, not speakers.
 * (Words that are also names, such as Max, West, Price, Banks, Long or Young, are left out on purpose.)
 */
const NOT_NAME_WORD = word([
  'Growth', 'Revenues?', 'Services?', 'Margins?', 'Flow', 'Term', 'Intelligence', 'Pro', 'Plus', 'Mini',
  'Mainland', 'Greater', 'Summary', 'Remarks', 'Outlook', 'Guidance', 'Results', 'Highlights', 'Overview',
  'Business', 'Businesses', 'Segments?', 'Financials?', 'Quarter', 'Quarterly', 'Update', 'Updates', 'Products?',
  'Markets?', 'Americas?', 'Europe', 'European', 'Asia', 'Pacific', 'Japan', 'China', 'Chinese', 'India', 'Rest',
  'World', 'Total', 'Operating', 'Operations', 'Expenses', 'Income', 'Profit', 'Loss', 'Net', 'Gross', 'Balance',
  'Sheet', 'Dividends?', 'Strategy', 'Strategic', 'Cloud', 'Data', 'Platforms?', 'Technology', 'Technologies',
  'International', 'Digital', 'Key', 'Other', 'Holdings', 'Limited', 'Corporation', 'Securities', 'Research',
  'Management', 'Investments?', 'Assets?', 'Equity', 'Funds?', 'Earnings', 'Call', 'Conference', 'Transcripts?',
  'Session', 'Participants', 'Statements?', 'Information', 'Performance', 'Sales', 'Marketing', 'Customers?',
  'Users', 'Subscriptions?', 'Advertising', 'Gaming', 'Games', 'Video', 'Mobile', 'Software', 'Hardware',
  'Solutions', 'Systems', 'Network', 'Enterprise', 'Public', 'Private', 'Industry', 'Sector', 'Economy',
  'Economic', 'Inflation', 'Interest', 'Rates?', 'Currency', 'Exchange', 'Foreign', 'Language', 'Instructions',
  'Forward', 'Looking', 'Safe', 'Harbor', 'Harbour', 'Year', 'Years', 'Annual', 'Fiscal', 'Full', 'Half',
  'Wearables', 'Accessories', 'Costs?', 'Pricing', 'Supply', 'Demand', 'Inventory', 'Capex', 'Buybacks?',
  'Shares', 'Stock', 'Repurchases?', 'Debt', 'Liquidity', 'Trends', 'Opportunity', 'Opportunities', 'Risks?',
  'Factors', 'Closing', 'Opening', 'Introduction', 'Appendix', 'Reconciliation', 'GAAP', 'Non-GAAP', 'EBITDA',
  'Region', 'America', 'Latin', 'Middle', 'Africa', 'Kingdom', 'States',
  'Everyone', 'Everybody', 'All', 'Welcome', 'Questions?', 'Answers?', 'Q&A', 'Presentation', 'Agenda',
]);
/** One word of a person's name: "Shan-Nen", "O'Brien", "J.", "J.P.", "Jr.". */
const NAME_WORD = String.raw`(?!${NOT_NAME_WORD})(?:(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}\p{M}'’-]*\.?)`;
/** 1-5 words, the first capitalised and not a sentence opener. */
const NAME = String.raw`(?!${NOT_A_NAME})${NAME_WORD}(?:\s+(?:${NAME_WORD}|${PARTICLE})){0,4}`;
/** A proper-case word (capital then lower case): bare name lines use only these. */
const PROPER_WORD = String.raw`(?!${NOT_NAME_WORD})\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*`;

/** Generic speakers, written alone or as "Operator:". */
const GENERIC_SPEAKER = String.raw`(?i:(?:conference\s+)?operator|moderator|coordinator|host|interpreter|translator|presenter|unidentified(?:\s+(?:company|corporate))?(?:\s+(?:analyst|speaker|participant|representative|executive|male|female|caller|person))?|unknown(?:\s+(?:analyst|speaker|participant|caller))?|company\s+representative|executive|(?:speaker|participant|caller|analyst|questioner|executive)[\s_]*#?\d{1,3})(?![\p{L}\p{N}])|操作[員员]|主持人|接[線线][員员]|翻[譯译]|口[譯译][員员]`;

/** Words that qualify a role: "Senior", "Group", "Managing" (Director), "Research" (Analyst). */
const ROLE_MODIFIER = word([
  'Senior', 'Sr\\.', 'Group', 'Deputy', 'Executive', 'Interim', 'Acting', 'Joint', 'Assistant', 'Associate',
  'Global', 'Regional', 'Corporate', 'Independent', 'Non-Executive', 'Lead', 'Principal', 'Former', 'Managing',
  'General', 'Research', 'Equity', 'Portfolio', 'Finance', 'Financial', 'Company', 'Country', 'Division',
]);
/** The head of a role phrase; a name never contains one of these. */
const ROLE_CORE = word([
  'Chief', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'President', 'Vice[- ]President', 'Vice[- ]Chairman',
  'Vice[- ]Chair', 'Director', 'Directors', 'Head', 'Manager', 'Officer', 'Investor\\s+Relations', 'IR', 'Analyst',
  'Founder', 'Co-Founder', 'Cofounder', 'Treasurer', 'Controller', 'Secretary', 'Partner', 'Counsel', 'CEO', 'CFO',
  'COO', 'CTO', 'CIO', 'CMO', 'CSO', 'CAO', 'CCO', 'CRO', 'CHRO', 'EVP', 'SVP', 'VP', 'GM', 'MD', 'Spokesperson',
  'Spokesman', 'Spokeswoman', 'Representative', 'Strategist', 'Economist', 'Board\\s+Member',
]);
/** Words that open a title even when a hyphen follows ("Vice President-Investor Relations"): never a name. */
const TITLE_START = String.raw`${alt(['Chief', 'Vice', 'Senior', 'Executive', 'Head', 'Managing', 'General', 'Deputy', 'Group'])}(?![\p{L}\p{N}'’_])`;
/** A word in a title or company name: "Goldman", "Sachs", "&", "of", "Co.", "J.P.", "LLC". */
const TITLE_WORD = String.raw`(?:(?:\p{Lu}\.){1,3}|${alt(['Inc', 'Co', 'Ltd', 'Corp', 'Jr', 'Sr', 'Plc', 'Bhd', 'St', 'Cos'])}\.|\p{Lu}[\p{L}\p{M}\p{N}'’&-]*|\p{N}[\p{L}\p{N}]*|&|of|and|the|for|at|in|on|de|y)`;
const TITLE_GAP = String.raw`(?:\s+|\s*[,/&]\s*|\s[-–—]\s)`;
/** "Chief Executive Officer", "Head of Investor Relations", "Chairman of the Board & CEO". */
const ROLE_PHRASE = String.raw`(?:${ROLE_MODIFIER}\s+){0,3}${ROLE_CORE}(?:${TITLE_GAP}${TITLE_WORD}){0,12}`;
/** After "Name, ": a role or a firm in title case ("Analyst", "Goldman Sachs & Co."), no sentence end. */
const TITLE_PHRASE = String.raw`(?=\p{Lu}|\p{N})${TITLE_WORD}(?:${TITLE_GAP}${TITLE_WORD}){0,12}`;
/** After "Name - ": anything in title position up to the line end that does not read as a sentence. */
const DASH_ROLE = String.raw`(?=[\p{Lu}\p{N}&])(?![^\n]*?[.?!]\s+\p{Lu}\p{Ll}*\s+\p{Ll})[^?!:\n]{0,160}[^\s?!:;,]`;
const DASH = String.raw`(?:-{1,2}|[–—])`;
/** A title in capitals after "NAME, " in a label: "RAFAEL COSTA, CHIEF EXECUTIVE OFFICER: text". */
const SHOUTED_ROLE = String.raw`\p{Lu}[\p{Lu}&'’.-]*(?:\s+[\p{Lu}&][\p{Lu}&'’.-]*){0,8}(?![\p{Ll}])`;

// ---------------------------------------------------------------- figures
const CURRENCY_BEFORE = alt([
  'US\\$', 'HK\\$', 'NT\\$', 'S\\$', 'A\\$', 'C\\$', 'RMB¥', 'RMB', 'USD', 'HKD', 'CNY', 'EUR', 'GBP', 'JPY',
  'R\\$', 'Rs\\.?', 'INR', 'CHF', 'SGD', 'AUD', 'CAD', 'TWD', 'KRW', 'SEK', 'NOK', 'DKK', 'BRL', 'MXN', 'ZAR', 'NZD',
  '\\$', '€', '£', '¥', '￥', '₹', '₩', '人民幣', '人民币', '美元', '港元', '港幣', '港币',
]);
/** Chinese amounts end in 元 and often restate the currency: "1,500萬元人民幣". */
const CURRENCY_AFTER_CJK = String.raw`${alt(['元', '美元', '港元', '港幣', '港币', '日元', '歐元', '欧元', '人民幣', '人民币'])}(?:人民幣|人民币)?`;
const CURRENCY_AFTER_WORD = word(['dollars?', 'yuan', 'renminbi', 'RMB', 'USD', 'HKD', 'CNY', 'euros?', 'yen', 'Swiss\\s+francs', 'rupees', 'pounds\\s+sterling', 'cents?', 'pence']);
const SCALE_WORDS = ['million', 'billion', 'thousand', 'trillion', 'mln', 'bln', 'mn', 'bn', 'MM', 'mm', 'crores?', 'lakhs?'];
/** Scales written as words or CJK characters, attached or after one space: "million", "bn", 萬, 億, 百萬. */
const SCALE_SPACED = String.raw`(?:${word(SCALE_WORDS)}|${alt(['百萬', '百万', '千萬', '千万', '十億', '十亿', '萬', '万', '億', '亿'])})`;
/** One-letter scales only when attached: "5m", "2.3B". */
const SCALE_LETTER = String.raw`[mMbBkK](?![\p{L}\p{N}])`;
/** Units that may follow a space or not: "15%", "8.6 %", "5個百分點", "3倍". */
const UNIT_SYMBOL = alt(['[%％]', '個百分點', '个百分点', '百分點', '百分点', '倍']);
/** Units written as words, after a space: "10.6 percentage points", "50 basis points", "2.5 times". */
const UNIT_WORD = word(['percentage\\s+points?', 'percent', 'per\\s?cent', 'pct', 'basis\\s+points?', 'bps', 'bp', 'ppts?', 'pp', 'times']);
/** Units written attached: "25bps", "3pp", "3.6x". */
const UNIT_ATTACHED = String.raw`${alt(['bps', 'bp', 'ppts?', 'pp', 'x'])}(?![\p{L}\p{N}])`;
/** The tail of an amount, one capture per scoped part: scale, currency after, unit. */
const AMOUNT_PARTS = String.raw`(?:\s?(${SCALE_SPACED})|(${SCALE_LETTER}))?(?:(${CURRENCY_AFTER_CJK})|\s(${CURRENCY_AFTER_WORD}))?(?:\s?(${UNIT_SYMBOL})|\s(${UNIT_WORD})|(${UNIT_ATTACHED}))?`;
const amountCaptures = (first) => {
  const names = ['keyword.other.unit.scale', 'keyword.other.unit.scale', 'constant.language.currency', 'constant.language.currency', 'keyword.other.unit.measure', 'keyword.other.unit.measure', 'keyword.other.unit.measure'];
  return Object.fromEntries(names.map((n, i) => [first + i, { name: S(n) }]));
};
/** A number with thousands separators and decimals: "4,880", "1.415", "170". */
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
/** A number may not start inside a word or another number ("Q4", "FY2023", "21E", "1.5"). */
const NUMBER_START = String.raw`(?<![A-Za-z0-9_])(?<!\d[.,])(?<![A-Za-z]-)`;
const NUMBER_END = String.raw`(?![A-Za-z0-9_])(?![.,]\d)`;
/** Anything that turns a 4-digit number into an amount rather than a year. */
const AMOUNT_TAIL = String.raw`(?:\s?${SCALE_SPACED}|${SCALE_LETTER}|${CURRENCY_AFTER_CJK}|\s${CURRENCY_AFTER_WORD}|\s?${UNIT_SYMBOL}|\s${UNIT_WORD}|${UNIT_ATTACHED})`;

const NUM_WORD = alt([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty',
  'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'half', 'a',
]) + String.raw`(?![\p{L}\p{N}])`; // "-" may follow: "twenty-five"
const WORD_UNIT = word([
  'million', 'billion', 'thousand', 'trillion', 'percentage\\s+points?', 'percent', 'per\\s?cent', 'basis\\s+points?',
  'dollars?', 'yuan', 'renminbi', 'times',
]);

// ---------------------------------------------------------------- dates and CJK
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const CJK = String.raw`[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]`;
const NOT_CJK = String.raw`[^\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\n]`;

// ---------------------------------------------------------------- annotations
const ANNOTATION_WORDS = String.raw`(?i:operator\s+instructions?|inaudible|indiscernible|unintelligible|unclear|foreign\s+language(?:\s+spoken)?|speaks?\s+(?:in\s+)?foreign\s+language|speaking\s+(?:in\s+)?(?:chinese|mandarin|cantonese|japanese|foreign\s+language)|in\s+(?:chinese|mandarin|cantonese)|interpreted|translated|through\s+(?:an\s+)?interpreter|technical\s+difficult(?:y|ies)|audio\s+gap|break\s+in\s+audio|audio\s+cuts\s+out|crosstalk|cross-talk|laughter|laughs|laughing|chuckles?|applause|music|pause|silence|background\s+noise|ph|sic|phonetic)`;
const CJK_ANNOTATION = alt([
  '操作[員员](?:指示|說明|说明)', '主持人(?:指示|說明|说明)', '聽不清楚?', '听不清楚?', '聽不見', '听不见', '音[頻频]不清',
  '外[語语]', '笑聲', '笑声', '掌聲', '掌声', '音樂', '音乐', '停頓', '停顿', '翻[譯译]', '口[譯译]',
]);

// ---------------------------------------------------------------- boilerplate
const EXCHANGE = word(['NASDAQ', 'Nasdaq', 'NYSE', 'NYSE American', 'NYSEAMERICAN', 'AMEX', 'HKEX', 'HKSE', 'SEHK', 'TSX', 'LSE', 'ASX', 'OTC', 'OTCQX', 'SSE', 'SZSE', 'STAR']);
const MARKET_LABEL = String.raw`(?i:market\s+cap(?:italization)?|p/e(?:\s+ratio)?|eps(?:\s+\(ttm\))?|dividend(?:\s+yield)?|div\.?\s+yield|volume|avg\.?\s+volume|52[- ]week\s+(?:range|high|low)|beta|previous\s+close|prev\.?\s+close|day'?s?\s+range|shares\s+outstanding|image|photo|logo|advertisement|share|print|email|menu|search|read\s+more|all\s+transcripts|transcripts?|earnings\s+call\s+transcripts?)`;
const DISCLAIMER_START = String.raw`(?:(?i:this\s+(?:conference\s+call\s+|earnings\s+call\s+|event\s+)?transcript\s+(?:was|is|has\s+been|may)|the\s+information\s+contained\s+in\s+this\s+transcript|copyright|all\s+rights\s+reserved|disclaimer|transcript\s+provided\s+by|source:)|©|使用警語|使用警语|免責聲明|免责声明|版權所有|版权所有)`;
const SECTION_HEADING = String.raw`(?i:presentation|prepared\s+remarks|management\s+(?:discussion|remarks)|opening\s+remarks|closing\s+remarks|question[- ]and[- ]answers?(?:\s+session)?|questions?\s+(?:and|&)\s+answers?(?:\s+session)?|q\s?&\s?a(?:\s+session)?|corporate\s+participants|company\s+participants|conference\s+call\s+participants|call\s+participants|other\s+participants|participants|executives|analysts|forward[- ]looking\s+statements|safe\s+harbou?r\s+statement|問答環節|问答环节|問答|问答)(?i:\s+(?:section|portion))?`;

// ---------------------------------------------------------------- rules
const S = (name) => `${name}.transcript`;
const SPEAKER = S('entity.name.function.speaker');
const ROLE = S('storage.type.role');
const SEP = S('punctuation.separator.speaker');
const timestampCapture = { name: S('meta.timestamp'), patterns: [{ include: '#timestamp-parts' }] };
const roleCapture = { name: ROLE, patterns: [{ include: '#role-separators' }] };
const bracketCaptures = { 1: { name: S('punctuation.definition.comment.begin') }, 2: { name: S('punctuation.definition.comment.end') } };
const headerEnd = (first) => ({ [first]: timestampCapture, [first + 1]: { name: S('comment.block.annotation.index') } });

const repository = {
  boilerplate: {
    comment: 'Page furniture, disclaimers, tickers, prices and date-only lines: not part of the call.',
    patterns: [
      { name: S('comment.line.boilerplate.disclaimer'), match: String.raw`^\s*${DISCLAIMER_START}.*$` },
      { name: S('comment.line.boilerplate.furniture'), match: String.raw`^\s*${MARKET_LABEL}\s*:?\s*$` },
      {
        comment: 'Shouted page titles: "EARNINGS CALL TRANSCRIPT 2020 - Q1".',
        name: S('comment.line.boilerplate.furniture'),
        match: String.raw`^\s*(?=[^\n]{0,60}\b(?:TRANSCRIPTS?|EARNINGS)\b)[\p{Lu}\p{N}\s&/:.,'’()-]{3,120}$`,
      },
      {
        comment: 'Page titles: "Kingsoft Cloud (KC) Q1 2020 Earnings Call Transcript".',
        name: S('comment.line.boilerplate.furniture'),
        match: String.raw`^[^\n]{0,150}\b(?i:earnings|conference)\s+(?i:call)\s+(?i:transcript)\b[^.?!\n]{0,40}$`,
      },
      {
        comment: 'Sector and listing: "Technology - Software - Application - NASDAQ - CN", "NASDAQ: KC".',
        name: S('comment.line.boilerplate.furniture'),
        match: String.raw`^\s*(?:(?=[^\n]{0,150}${EXCHANGE})[\p{L}&,. ]{1,40}(?:\s[-–|]\s[\p{L}&,. ]{1,40}){1,6}|\(?${EXCHANGE}\s*:\s*[A-Z.]{1,8}\)?)\s*$`,
      },
      {
        comment: 'FactSet/CallStreet marks each Q&A turn with "Q" or "A" alone under the speaker header.',
        name: S('comment.line.boilerplate.furniture'),
        match: String.raw`^\s*[QA]\s*$`,
      },
      {
        comment: 'PDF page footers: "Page 1 of 3", "Page 12".',
        name: S('comment.line.boilerplate.furniture'),
        match: String.raw`^\s*(?i:page)\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$`,
      },
      {
        comment: 'Running page headers of a PDF export, in title case: "Adventure Works Cycles (AWC)   Q2 2024 Earnings Call".',
        name: S('comment.line.boilerplate.furniture'),
        match: String.raw`^\s*(?:(?:\p{Lu}[\p{L}&'’.-]*|\(\p{Lu}{1,6}\)|Q[1-4]|\d{4}|of|and|the|&|-|–)\s+){1,14}(?:Earnings|Conference|Results|Analyst)\s+Call\s*$`,
      },
      {
        comment: 'Rules drawn with punctuation: "=====", "-----".',
        name: S('comment.line.boilerplate.rule'),
        match: String.raw`^\s*[-=_*~#]{3,}\s*$`,
      },
      {
        comment: 'Quarter pickers: "2023 Q-4 Q-3 Q-2 Q-1" (also when the next line was glued on).',
        name: S('comment.line.boilerplate.furniture'),
        match: String.raw`^\s*${YEAR}(?:\s+Q-?[1-4]){1,4}`,
      },
      {
        comment: 'Tickers and prices with no words: "$ 5.05", "8.6 %", "$ 1.28 B", "-4.86", "+0.12 (2.4%)".',
        name: S('comment.line.boilerplate.price'),
        match: String.raw`^\s*[+\-−–]?\s?${CURRENCY_BEFORE}?\s?[+\-−]?\d[\d,]*(?:\.\d+)?\s?(?:[%％]|[KMBT]|bn|mn)?(?:\s+\(?[+\-−]?\d[\d,]*(?:\.\d+)?\s?%?\)?)?\s*$`,
      },
      {
        comment: 'Date-only lines: "3/20/2024", "2024-03-20", "March 20, 2024 8:00 AM ET", "2024年3月20日".',
        name: S('comment.line.boilerplate.date'),
        match: String.raw`^\s*(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+${YEAR}|\d{1,2}\s+${MONTH}\s+${YEAR}|${YEAR}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\s*$`,
      },
    ],
  },
  'section-heading': {
    comment: 'Headings that open a part of the call: "Presentation", "Questions and Answers", "## Q&A", "**Prepared Remarks**".',
    match: String.raw`^\s*(?:#{1,6}\s+)?(?:\*\*|__)?(${SECTION_HEADING})\s*:?(?:\*\*|__)?\s*:?\s*$`,
    captures: { 1: { name: S('markup.heading.section') } },
  },
  'speaker-header': {
    comment: 'A line that only names who speaks next (optionally with a role and a timestamp).',
    patterns: [
      {
        comment: '"Operator", "Unidentified Analyst", "Speaker 2:".',
        name: S('meta.speaker-header'),
        match: String.raw`${TS_PREFIX}(${GENERIC_SPEAKER})\s*(:)?${HEADER_END}`,
        captures: { 1: timestampCapture, 2: { name: S('entity.name.function.speaker.generic') }, 3: { name: SEP }, ...headerEnd(4) },
      },
      {
        comment: 'Bloomberg\'s Q&A headers: "Q - Tom Reed", "A - Omar Said".',
        name: S('meta.speaker-header'),
        match: String.raw`${TS_PREFIX}([QA])\s+(${DASH})\s+(${NAME})${HEADER_END}`,
        captures: { 1: timestampCapture, 2: { name: S('keyword.other.question-answer') }, 3: { name: SEP }, 4: { name: SPEAKER }, ...headerEnd(5) },
      },
      {
        comment: '"Weidong Luo - Chairman of the Board & CEO", "Jane Doe -- Goldman Sachs -- Analyst", "Li Wei – CFO".',
        name: S('meta.speaker-header'),
        match: String.raw`${TS_PREFIX}(${NAME})\s+(${DASH})\s+(${DASH_ROLE})${HEADER_END}`,
        captures: { 1: timestampCapture, 2: { name: SPEAKER }, 3: { name: SEP }, 4: roleCapture, ...headerEnd(5) },
      },
      {
        comment: '"Nicole Shan, Investor Relations", "John Smith, Goldman Sachs": two or more name words, no sentence end.',
        name: S('meta.speaker-header'),
        match: String.raw`${TS_PREFIX}((?!${NOT_A_NAME}|${ROLE_MODIFIER}|${ROLE_CORE}|${TITLE_START})${NAME_WORD}(?:\s+(?:${NAME_WORD}|${PARTICLE})){1,3})(,)\s*(?!(?:Jr|Sr)\.\s*$)(${TITLE_PHRASE})${HEADER_END}`,
        captures: { 1: timestampCapture, 2: { name: SPEAKER }, 3: { name: SEP }, 4: roleCapture, ...headerEnd(5) },
      },
      {
        comment: '"Nicole Shan Investor Relations Officer": no separator, so the role must be a known role phrase.',
        name: S('meta.speaker-header'),
        match: String.raw`${TS_PREFIX}((?!${NOT_A_NAME})(?!${ROLE_MODIFIER}|${ROLE_CORE})${NAME_WORD}(?:\s+(?!${ROLE_MODIFIER}|${ROLE_CORE})(?:${NAME_WORD}|${PARTICLE})){0,3}?)\s+(${ROLE_PHRASE})${HEADER_END}`,
        captures: { 1: timestampCapture, 2: { name: SPEAKER }, 3: roleCapture, ...headerEnd(4) },
      },
      {
        comment: '"Yulin Wang", "Haijian He", "J. Robert Smith Jr.": 2-4 proper-case words alone on a line, and a generational suffix.',
        name: S('meta.speaker-header'),
        match: String.raw`${TS_PREFIX}((?!${NOT_A_NAME}|${ROLE_MODIFIER}|${ROLE_CORE})(?:\p{Lu}\.\s+)?${PROPER_WORD}(?:\s+(?:${PROPER_WORD}|${PARTICLE}|\p{Lu}\.)){1,3}(?:,?\s+(?:Jr|Sr)\.|\s+(?:II|III|IV))?)${HEADER_END}`,
        captures: { 1: timestampCapture, 2: { name: SPEAKER }, ...headerEnd(3) },
      },
    ],
  },
  'affiliation-line': {
    comment: 'A title (and firm) alone on the line under a name: "Chief Executive Officer, Litware Inc.", "Vice President-Investor Relations".',
    match: String.raw`^\s*(${ROLE_PHRASE})\s*$`,
    captures: { 1: roleCapture },
  },
  'speaker-label': {
    comment:
      '"John Smith: text", "Operator: text", "[00:01:23] Jane Doe (CFO): text", "Tim Cook (00:02:15):", "**Jane Doe:** text", ">> JANE DOE: text", "Jane Doe, Chief Financial Officer: text", "JANE DOE, CFO: text": only the label is scoped.',
    match: String.raw`${TS_PREFIX}${LABEL_LEAD}(?:(${GENERIC_SPEAKER})|(${NAME}))(?:\s+(${TIMESTAMP}))?(?:\s+(\()([^()\n]{1,60})(\))|\s+(${DASH})\s+(\p{Lu}[\p{L}\p{M}\p{N}&.,'’ -]{0,60}?)|(,)\s+(${ROLE_PHRASE}|${SHOUTED_ROLE}))?(?:\*\*|__)?\s*([:：])(?:\*\*|__)?(?=\s|$|(?<=：))`,
    name: S('meta.speaker-label'),
    captures: {
      1: timestampCapture,
      2: { name: S('entity.name.function.speaker.generic') },
      3: { name: SPEAKER },
      4: timestampCapture,
      5: { name: S('punctuation.definition.role.begin') },
      6: roleCapture,
      7: { name: S('punctuation.definition.role.end') },
      8: { name: SEP },
      9: roleCapture,
      10: { name: SEP },
      11: roleCapture,
      12: { name: SEP },
    },
  },
  'voice-tag': {
    comment: 'A WebVTT voice tag naming the speaker of a cue: "<v Lena Fischer>Thank you."',
    match: String.raw`^\s*(<)(v)(?:\.[\w.-]+)?\s+(?:(${GENERIC_SPEAKER})|(${NAME}))\s*(>)`,
    name: S('meta.speaker-label'),
    captures: {
      1: { name: S('punctuation.definition.tag.begin') },
      2: { name: S('entity.name.tag.voice') },
      3: { name: S('entity.name.function.speaker.generic') },
      4: { name: SPEAKER },
      5: { name: S('punctuation.definition.tag.end') },
    },
  },
  'participant-entry': {
    comment: 'A bulleted participant over an indented affiliation line: " * Maria Lopez" / "   Northwind Inc - Chief Executive Officer".',
    begin: String.raw`^\s*([*•·])\s+(${NAME})\s*$`,
    beginCaptures: { 1: { name: S('punctuation.definition.list.begin') }, 2: { name: SPEAKER } },
    while: String.raw`^\s{2,}(?![*•·\s])`,
    name: S('meta.participant'),
    patterns: [
      {
        match: String.raw`(\S[^\n]*?)\s+(${DASH})\s+(${DASH_ROLE})\s*$`,
        captures: { 1: { name: S('entity.name.type.organization') }, 2: { name: SEP }, 3: roleCapture },
      },
    ],
  },
  'line-timestamp': {
    comment: 'A timestamp that opens a line of speech.',
    match: String.raw`^\s*(${TIMESTAMP})`,
    captures: { 1: timestampCapture },
  },
  'timestamp-parts': {
    patterns: [
      { name: S('punctuation.definition.timestamp'), match: String.raw`[\[\]()]|-->` },
      { name: S('constant.numeric.time'), match: CLOCK },
    ],
  },
  'role-separators': {
    patterns: [{ name: SEP, match: String.raw`(?<=\s)${DASH}(?=\s)|,|(?<=\s)[|/](?=\s)` }],
  },
  translation: {
    comment:
      'A line made mostly of CJK characters: its first eight CJK characters come with gaps of at most 40 other characters.',
    name: `${S('meta.translation')} ${S('string.unquoted.translation')}`,
    begin: String.raw`^(?=(?:${NOT_CJK}{0,40}${CJK}){8})`,
    end: '$',
    patterns: [{ include: '#speaker-label' }, { include: '#inline' }],
  },
  inline: {
    patterns: [
      { include: '#inline-timestamp' },
      { include: '#clock-time' },
      { include: '#annotation' },
      { include: '#date' },
      { include: '#year' },
      { include: '#figure' },
      { include: '#figure-words' },
      { include: '#currency-code' },
    ],
  },
  'inline-timestamp': {
    match: String.raw`(\[${CLOCK}\])`,
    captures: { 1: timestampCapture },
  },
  'clock-time': {
    comment: 'Clock times in speech ("8:00 AM"): their digits are not figures.',
    name: S('meta.time'),
    match: String.raw`(?<![\d:.,])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])(?:\s?(?:[AaPp]\.?[Mm]\.?)(?![\p{L}]))?`,
  },
  annotation: {
    comment: 'Transcriber notes: "[Foreign Language]", "(Operator Instructions)", "(inaudible)", "(Christian Arnell)", "(操作員指示)".',
    patterns: [
      { comment: 'The same notes alone on a line, unbracketed.', name: S('comment.block.annotation'), match: String.raw`^\s*${ANNOTATION_WORDS}\s*$` },
      {
        name: S('comment.block.annotation'),
        match: String.raw`(\[)[^\[\]\n]{1,80}(\])`,
        captures: bracketCaptures,
      },
      {
        name: S('comment.block.annotation'),
        match: String.raw`(【)[^【】\n]{1,40}(】)`,
        captures: bracketCaptures,
      },
      {
        name: S('comment.block.annotation'),
        match: String.raw`([(（])\s?(?:${ANNOTATION_WORDS}|${CJK_ANNOTATION})\s?([)）])`,
        captures: bracketCaptures,
      },
      {
        comment: 'A name in parentheses is a transcriber\'s guess or gloss; EBITDA-style acronyms are not (proper case only).',
        name: S('comment.block.annotation.name'),
        match: String.raw`([(（])(?!${word(['Inc', 'Ltd', 'Note', 'See', 'Net', 'Total', 'Adjusted', 'Gross'])})${PROPER_WORD}(?:\s${PROPER_WORD}){1,2}([)）])`,
        captures: bracketCaptures,
      },
    ],
  },
  date: {
    comment: 'Calendar dates: their digits are not figures.',
    patterns: [
      {
        name: S('meta.date'),
        match: String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+${YEAR})?(?![\d,.]?\d)|\b${MONTH}\s+${YEAR}\b|(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:,?\s+${YEAR})?\b`,
      },
      {
        name: S('meta.date'),
        match: String.raw`(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])|(?<!\d)${YEAR}-\d{2}-\d{2}(?!\d)`,
      },
      {
        name: S('meta.date'),
        match: String.raw`(?<![A-Za-z0-9_])(?:${YEAR}\s?年(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?)?|\d{1,2}\s?月\s?\d{1,2}\s?日)`,
      },
    ],
  },
  year: {
    comment: 'A bare 19xx/20xx with no currency, scale or unit is a year, not an amount.',
    name: S('meta.date.year'),
    match: String.raw`${NUMBER_START}${YEAR}${NUMBER_END}(?!${AMOUNT_TAIL})`,
  },
  figure: {
    comment: 'Currency + number + scale + currency + unit, each part optional except the number.',
    patterns: [
      {
        match: String.raw`(?<![A-Za-z0-9_])(${CURRENCY_BEFORE})\s?(${NUMBER})${AMOUNT_PARTS}${NUMBER_END}`,
        name: S('meta.figure'),
        captures: {
          1: { name: S('constant.language.currency') },
          2: { name: S('constant.numeric.figure') },
          ...amountCaptures(3),
        },
      },
      {
        match: String.raw`${NUMBER_START}(${NUMBER})${AMOUNT_PARTS}${NUMBER_END}`,
        name: S('meta.figure'),
        captures: { 1: { name: S('constant.numeric.figure') }, ...amountCaptures(2) },
      },
    ],
  },
  'figure-words': {
    comment: 'Numbers in words, only when a scale or unit follows: "three percentage points", "twenty-five million dollars".',
    match: String.raw`(?<![\p{L}\p{N}])((?i:${NUM_WORD}(?:(?:-|\s+(?:and\s+)?)${NUM_WORD}){0,6}))(?=\s+${WORD_UNIT})(?:\s+(${word(SCALE_WORDS.slice(0, 4))}))?(?:\s+(${word(['dollars?', 'yuan', 'renminbi', 'RMB', 'USD'])}))?(?:\s+(${word(['percentage\\s+points?', 'percent', 'per\\s?cent', 'basis\\s+points?', 'times'])}))?`,
    name: S('meta.figure'),
    captures: {
      1: { name: S('constant.numeric.figure.words') },
      2: { name: S('keyword.other.unit.scale') },
      3: { name: S('constant.language.currency') },
      4: { name: S('keyword.other.unit.measure') },
    },
  },
  'currency-code': {
    name: S('constant.language.currency'),
    match: String.raw`(?<![\p{L}\p{N}_])${word(['RMB', 'USD', 'HKD', 'CNY', 'renminbi', 'Renminbi'])}`,
  },
};

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Transcript',
  scopeName: 'text.transcript',
  comment: 'GENERATED by syntaxes/buildTranscriptGrammar.mjs; edit that file and run it. Scopes: docs/grammar.md.',
  fileTypes: ['transcript'],
  patterns: [
    { include: '#boilerplate' },
    { include: '#section-heading' },
    { include: '#participant-entry' },
    { include: '#speaker-header' },
    { include: '#affiliation-line' },
    { include: '#voice-tag' },
    { include: '#translation' },
    { include: '#speaker-label' },
    { include: '#line-timestamp' },
    { include: '#inline' },
  ],
  repository,
};

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, 'transcript.tmLanguage.json');
const text = `${JSON.stringify(grammar, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (current !== text) {
    console.error(`${target} is stale: run node syntaxes/buildTranscriptGrammar.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}

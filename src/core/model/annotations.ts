import type { Span } from '../text/span';
import type { Annotation } from './types';

const KINDS: ReadonlyArray<[Annotation['kind'], RegExp]> = [
  ['instruction', /^(?:operator instructions?|操作員(?:指示|說明)|操作员(?:指示|说明)|主持人(?:指示|說明|说明))$/i],
  ['foreign-language', /^(?:foreign language|foreign language spoken|chinese|mandarin|cantonese|interpreted|外語|外语|中文)$/i],
  [
    'inaudible',
    /^(?:indiscernible|inaudible|unintelligible|crosstalk|technical difficulty|technical difficulties|audio gap|break in audio|ph|sic|聽不清楚|听不清楚|聽不清|听不清)$/i,
  ],
  ['other', /^(?:laughter|laughs|music|applause|silence|pause|background noise|audio cuts out|speaker changes?)$/i],
];

/** "(Christian Arnell)": a transcriber's guess at a name. */
const NAME_GUESS = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u;

/** Opening brackets; found by the regex engine, which skips plain text far faster than a loop over characters. */
const OPENER = /[([（]/g;

/** Finds bracketed annotations in text[from, to): each bracket pair of at most 60 characters is read once. */
export function findAnnotations(text: string, from: number, to: number): Annotation[] {
  const found: Annotation[] = [];
  // Searched within the line only, so a line without brackets never scans the rest of the document.
  const line = text.slice(from, to);
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(line); m !== null; m = OPENER.exec(line)) {
    const i = from + m.index;
    const open = text.charCodeAt(i);
    const close = open === 0x28 ? ')' : open === 0x5b ? ']' : '）';
    const end = text.slice(i + 1, Math.min(to, i + 63)).indexOf(close) + i + 1;
    if (end <= i) continue;
    const inner = text.slice(i + 1, end).trim();
    const kind = annotationKind(inner);
    if (kind) {
      const span: Span = { start: i, end: end + 1 };
      found.push({ span, text: text.slice(i, end + 1), kind });
      OPENER.lastIndex = end + 1 - from;
    }
  }
  return found;
}

function annotationKind(inner: string): Annotation['kind'] | undefined {
  for (const [kind, re] of KINDS) if (re.test(inner)) return kind;
  if (NAME_GUESS.test(inner) && !/^(?:Inc|Ltd|Note|See)\b/.test(inner)) return 'name-guess';
  return undefined;
}

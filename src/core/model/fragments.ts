import { isTimingLine } from './furniture';
import type { Span } from '../text/span';
import type { Line, Sentence } from './types';

/**
 * Caption exports (a video site's "0:03 / text" transcript, SRT and WebVTT cues) cut speech into short timed
 * fragments for display, so a sentence, a name or an amount runs on across the timing lines: "quarter was four
 * hundred and twelve" / "0:21" / "million dollars". A habit, never one line: at least half of the speech lines
 * sit right under a timing line, and they are short.
 */
export function isCuedFragments(lines: readonly Line[], trimmed: (line: number) => string): boolean {
  let speech = 0;
  let timed = 0;
  let chars = 0;
  let previous: Line | undefined;
  for (const l of lines) {
    if (l.kind === 'blank') continue;
    if (l.kind === 'speech') {
      speech++;
      chars += trimmed(l.index).length;
      if (previous?.kind === 'boilerplate' && isTimingLine(trimmed(previous.index))) timed++;
    }
    previous = l;
  }
  return timed >= 3 && timed * 2 >= speech && chars <= speech * MAX_FRAGMENT_CHARS;
}

/** Caption lines are cut to fit the screen (about 40 characters a line, two lines a cue); paragraphs are longer. */
const MAX_FRAGMENT_CHARS = 80;

/** The speech line after `line` in a cued layout: past blank lines and timing lines only. */
export function nextFragment(lines: readonly Line[], line: Line, trimmed: (line: number) => string): Line | undefined {
  for (let i = line.index + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'blank' || (l.kind === 'boilerplate' && isTimingLine(trimmed(i)))) continue;
    return l;
  }
  return undefined;
}

/**
 * Unpunctuated captions have no sentence ends to go by; a fragment runs on into the next where the phrase is
 * visibly unfinished: it ends in a word that needs what follows (an article, a preposition, a verb of being, a
 * number word, a title's first half, a hand-off verb), or the next starts with what completes an amount or a title.
 */
const OPEN_END =
  /(?:^|\s)(?:the|a|an|of|to|and|or|was|were|is|are|our|your|their|its|for|in|with|from|by|at|up|down|than|about|approximately|around|roughly|nearly|over|under|point|hundred|thousand|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|chief|vice|executive|financial|operating|investor|senior|head|turn|hand|pass|like|welcome)$/i;
const CLOSING_START = /^(?:(?:earnings |results |conference )?(?:call|conference|webcast)|million|billion|trillion|thousand|hundred|percent|per cent|percentage|basis points?|points?|dollars?|cents?|euros?|pounds?|yuan|renminbi|rmb|yen|officer|president|relations)\b/i;

export function runsOn(line: string, next: string): boolean {
  return OPEN_END.test(line) || CLOSING_START.test(next);
}

/**
 * A sentence read across cues holds the timing lines (and repeated speaker labels) between its fragments: they are
 * blanked out of its text (same length, so offsets into the text stay offsets into the document).
 */
export function withoutTimingLines(s: Sentence, gaps: readonly Span[]): Sentence {
  let text: string | undefined;
  for (const g of gaps) {
    const a = Math.max(g.start, s.span.start);
    const b = Math.min(g.end, s.span.end);
    if (a >= b) continue;
    text = (text ?? s.text).slice(0, a - s.span.start) + ' '.repeat(b - a) + (text ?? s.text).slice(b - s.span.start);
  }
  return text === undefined ? s : { ...s, text };
}

/**
 * A sentence read across wrapped lines or caption cues keeps their line breaks (and blanked timings); the cue
 * patterns read words one space apart.
 */
export function singleSpaced(text: string): string {
  return text.includes('\n') || text.includes('  ') ? text.replace(/\s+/g, ' ') : text;
}

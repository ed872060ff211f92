import type { Check, Finding } from '../types';
import { wholeCue } from './cue';
import type { TranscriptModel } from '../../model/types';
import { linesOfKinds, speechStarts } from './spokenLines';

/**
 * Words speech recognisers emit for silence, music and hold tones (Whisper's "you", YouTube's "music"),
 * and bare hesitation sounds. They are noise only where they stand between sentences: "you" inside a
 * sentence is a word, so a run counts only when it starts a sentence in lower case and the next word
 * starts a new sentence (capital letter) or the line ends.
 */
const NOISE_WORDS = new Set(['you', 'music', 'um', 'uh', 'umm', 'uhm', 'hmm', 'mm', 'mhm', 'applause']);
/** Hesitation sounds that are noise even capitalised, when they make a whole sentence ("Um."). */
const FILLERS = new Set(['um', 'uh', 'umm', 'uhm', 'hmm', 'mm', 'mhm']);
/** Bracketed non-speech markers written by captioners: "[Music]", "(applause)", "[BLANK_AUDIO]". */
const MARKER_TEXT = String.raw`[[(](?:music|applause|noise|silence|blank[_ ]audio|background noise)[\])]`;
const MARKER = new RegExp(`^${MARKER_TEXT}$`, 'i');
/** A marker anywhere in a line: the lines that may hold one, without splitting every line with a bracket into words. */
const MARKER_IN_LINE = new RegExp(MARKER_TEXT, 'i');

interface Word {
  start: number;
  end: number;
  text: string;
}

export function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  return out;
}

/** A whitespace-separated word as a noise token: its bare form and whether it ends a sentence. */
function asNoise(w: Word): { ends: boolean; capital: boolean } | undefined {
  if (MARKER.test(w.text)) return { ends: false, capital: false };
  const m = /^([A-Za-z]+)([.?!]?)$/.exec(w.text);
  if (!m) return undefined;
  const lower = m[1].toLowerCase();
  if (!NOISE_WORDS.has(lower)) return undefined;
  const capital = m[1] !== lower;
  // "You", "Music" capitalised are words starting a sentence; only hesitation sounds stay noise capitalised.
  if (capital && !FILLERS.has(lower)) return undefined;
  return { ends: m[2] !== '', capital };
}

/**
 * Whether a line may hold noise: a marker, or a noise word standing first or after a word that ends a
 * sentence, where findNoise starts a run. Most lines have neither and are skipped without being split into
 * words; this only narrows the lines findNoise reads, never decides. A bracket is looked for before the marker
 * regex (most lines have none), and regexes that each start with something rare (the line start, an end mark,
 * a bracket) scan faster than one alternation.
 */
const anyCase = (word: string) => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
/**
 * A noise word as asNoise takes it: the others in lower case only, hesitation sounds in any case. "You" and
 * "Music" after a full stop are words starting a sentence, common in speech: matched case-blind, they sent a
 * line in every few to be split into words for nothing.
 */
const NOISE_WORD = `(?:${[...NOISE_WORDS].map((w) => (FILLERS.has(w) ? anyCase(w) : w)).join('|')})[.?!]?(?=\\s|$)`;
const NOISE_FIRST = new RegExp(`^\\s*${NOISE_WORD}`);
const NOISE_AFTER_END = new RegExp(`[.?!。？！]["”’)]?\\s+${NOISE_WORD}`);

export const mayHoldNoise = (line: string) =>
  ((line.includes('[') || line.includes('(')) && MARKER_IN_LINE.test(line)) || NOISE_FIRST.test(line) || NOISE_AFTER_END.test(line);

const endsSentence = (w: Word) => /[.?!。？！]["”’)]?$/.test(w.text);
const startsSentence = (w: Word) => /^["“‘(]?\p{Lu}/u.test(w.text);

export interface NoiseRun {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Noise runs in one line's words. */
export function findNoise(ws: readonly Word[]): Array<{ from: number; to: number }> {
  const runs: Array<{ from: number; to: number }> = [];
  let i = 0;
  while (i < ws.length) {
    if (i > 0 && !endsSentence(ws[i - 1])) {
      i++;
      continue;
    }
    let j = i;
    let capitalFiller = false;
    let closed = false;
    while (j < ws.length) {
      const n = asNoise(ws[j]);
      if (!n) break;
      if (n.capital) capitalFiller = true;
      j++;
      if (n.ends) {
        closed = true;
        break;
      }
    }
    if (j > i) {
      const nextStarts = j >= ws.length || startsSentence(ws[j]);
      const bracketsOnly = ws.slice(i, j).every((w) => MARKER.test(w.text));
      // A capitalised "Um" is noise only as a whole sentence ("Um." / "Um" ending the line).
      const ok = bracketsOnly || (nextStarts && (!capitalFiller || closed || j >= ws.length));
      if (ok) runs.push({ from: i, to: j });
      i = j;
    } else i++;
  }
  // Bracketed markers are noise wherever they stand.
  for (let k = 0; k < ws.length; k++) {
    if (MARKER.test(ws[k].text) && !runs.some((r) => k >= r.from && k < r.to)) runs.push({ from: k, to: k + 1 });
  }
  return runs.sort((a, b) => a.from - b.from);
}

export const noiseToken: Check = {
  id: 'noise-token',
  category: 'repeats',
  summary: 'A recogniser noise token between sentences ("you", "music music", "[Music]", a lone "Um.").',
  defaultSeverity: 'info',
  run(model: TranscriptModel): Finding[] {
    const findings: Finding[] = [];
    const text = model.text;
    // "[00:00:09] Operator: you": the label is not speech, and the noise after it is the line's whole speech.
    const speechFrom = speechStarts(model);
    for (const line of linesOfKinds(model, ['speech', 'annotation'])) {
      const from = speechFrom[line.index];
      const speech = from > line.start ? line.text.slice(from - line.start) : line.text;
      if (!mayHoldNoise(speech)) continue;
      const ws = words(speech, from);
      for (const r of findNoise(ws)) {
        const wholeLine = r.from === 0 && r.to === ws.length;
        const noise = text.slice(ws[r.from].start, ws[r.to - 1].end);
        // A line that is only noise is the finding whole, its label included: the fix removes the line.
        const span = { start: wholeLine ? line.start : ws[r.from].start, end: ws[r.to - 1].end };
        let del: { start: number; end: number };
        if (wholeLine) {
          // The whole line is noise: remove it with its line break, or its whole subtitle cue.
          const next = line.index + 1 < model.index.lineCount ? model.index.lineStarts[line.index + 1] : undefined;
          del =
            wholeCue(model, line.index) ??
            (next !== undefined ? { start: line.start, end: next } : { start: line.index > 0 ? model.index.lineEnds[line.index - 1] : line.start, end: line.end });
        } else if (r.to < ws.length) del = { start: span.start, end: ws[r.to].start };
        else del = { start: ws[r.from - 1].end, end: span.end };
        findings.push({
          checkId: 'noise-token',
          span,
          message: `"${noise}" stands between sentences and is not speech: recogniser noise for silence, music or a hold tone.`,
          related: [],
          fixes: [{ title: `Remove "${noise}"`, edits: [{ ...del, newText: '' }], safe: true }],
          tags: ['unnecessary'],
        });
      }
    }
    return findings;
  },
};

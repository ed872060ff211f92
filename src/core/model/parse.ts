import { LineIndex } from '../text/lineIndex';
import type { TranscriptModel } from './types';

/** Placeholder until the structural parser lands: lines only. */
export function parseTranscript(text: string): TranscriptModel {
  const index = new LineIndex(text);
  return {
    text,
    index,
    format: text.trim() ? 'headerless' : 'empty',
    lines: index.lineStarts.map((start, i) => ({ index: i, start, end: index.lineEnds[i], text: index.lineText(i), kind: 'speech', lang: 'en' })),
    annotations: [],
    sentences: [],
    speakers: [],
    turns: [],
    sections: [],
    facts: {},
    figures: [],
    problems: [],
  };
}

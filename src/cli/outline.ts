import type { Range } from '../core/text/span';
import type { Section, SectionKind, SpeakerCategory, TranscriptFormat, TranscriptModel, Turn } from '../core/model/types';

/** The call's structure as data: what `transcript-lens outline --format json` prints. Ranges are LSP-style, 0-based. */
export interface OutlineJson {
  readonly format: TranscriptFormat;
  readonly company: string | null;
  readonly period: string | null;
  readonly currency: string | null;
  readonly participants: readonly { name: string; role: string | null; firm: string | null; category: SpeakerCategory; spellings: readonly string[] }[];
  readonly sections: readonly {
    kind: SectionKind;
    range: Range;
    turns: readonly { speaker: string; role: string | null; range: Range; inferred: boolean }[];
  }[];
}

/** A turn's range starts at its header line (or its first spoken character when it has none). */
function turnRange(model: TranscriptModel, turn: Turn): Range {
  const start = turn.headerLines.length > 0 ? model.index.lineStarts[turn.headerLines[0]] : turn.span.start;
  return model.index.rangeOf({ start: Math.min(start, turn.span.start), end: turn.span.end });
}

export function buildOutline(model: TranscriptModel): OutlineJson {
  return {
    format: model.format,
    company: model.facts.company?.name ?? null,
    period: model.facts.period?.label ?? null,
    currency: model.facts.currency?.code ?? null,
    participants: model.speakers.filter((s) => !s.placeholder).map((s) => ({ name: s.name, role: s.role ?? null, firm: s.firm ?? null, category: s.category, spellings: s.spellings })),
    sections: model.sections.map((section: Section) => ({
      kind: section.kind,
      range: model.index.rangeOf(section.span),
      turns: section.turns.map((t) => ({ speaker: t.speaker.name, role: t.role ?? t.speaker.role ?? null, range: turnRange(model, t), inferred: t.inferred })),
    })),
  };
}

const SECTION_TITLES: Record<SectionKind, string> = { opening: 'Opening', prepared: 'Prepared remarks', qa: 'Questions and answers', closing: 'Closing' };

function lines(range: Range): string {
  const a = range.start.line + 1;
  const b = range.end.line + 1;
  return a === b ? `line ${a}` : `lines ${a}-${b}`;
}

/** The same outline as an indented tree for people. */
export function formatOutlineText(outline: OutlineJson): string {
  const out: string[] = [];
  const title = [outline.company, outline.period].filter(Boolean).join(' - ') || '(company and period not found)';
  out.push(`${title}${outline.currency ? ` (figures in ${outline.currency})` : ''}`);
  out.push(`format: ${outline.format}`);
  if (outline.participants.length) {
    out.push('participants:');
    for (const p of outline.participants) {
      const what = [p.role, p.firm].filter(Boolean).join(', ');
      out.push(`  ${p.name}${what ? ` - ${what}` : ''} (${p.category})`);
    }
  }
  for (const s of outline.sections) {
    out.push(`${SECTION_TITLES[s.kind]} (${lines(s.range)})`);
    for (const t of s.turns) {
      out.push(`  ${t.speaker}${t.role ? ` - ${t.role}` : ''}  ${lines(t.range)}${t.inferred ? '  [inferred]' : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}

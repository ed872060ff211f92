/**
 * Does a plain-text file look like an earnings-call transcript? A cheap heuristic on the first few KB, used only
 * to OFFER the switch to the `transcript` language, so it leans to silence: several independent signals must agree.
 * Pure (no vscode import) so it is unit-tested and could run anywhere.
 */

/** How much of the file is read: enough for the opening and the first turns, cheap on huge files. */
export const DETECTION_WINDOW = 8 * 1024;

/** Phrases that belong to the opening of a call; each counts once. */
const CALL_PHRASES: readonly RegExp[] = [
  /\bearnings\s+(?:conference\s+)?call\b/i,
  /\bconference\s+call\b/i,
  /\bthank\s+you\s+for\s+standing\s+by\b/i,
  /\b(?:question[- ]and[- ]answer|Q\s?&\s?A)\s+session\b/i,
  /\blisten[- ]only\s+mode\b/i,
  /\b(?:this|today's)\s+(?:conference|call)\s+is\s+being\s+recorded\b/i,
  /\bforward[- ]looking\s+statements\b/i,
  /\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b|\bQ[1-4]\s*(?:FY)?\s*'?\d{2,4}\b/i,
  /\b(?:turn|hand)\s+(?:the\s+)?(?:call|conference)\s+(?:over|back)\s+to\b/i,
  /\bearnings\s+call\s+transcript\b/i,
  /(?:電話會議|财报|財報|业绩|業績)/,
];

/** "Operator" alone on a line, or as an inline speaker label. */
const OPERATOR_LINE = /^\s*(?:Operator|OPERATOR)\s*(?::.*)?$/m;

/**
 * Speaker header shapes seen across sources: "Jane Doe - CFO", "Jane Doe -- Chief Financial Officer",
 * "Jane Doe: text", "[00:01:02] Jane Doe:". Counted, not trusted alone: lists and logs share these shapes.
 */
const HEADER_LINE =
  /^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\p{L}'.-]+(?:\s+[A-Z][\p{L}'.-]+){0,3}\s*(?:--?|–|—|:)\s*\S/mu;

export interface DetectionResult {
  readonly isTranscript: boolean;
  readonly score: number;
  readonly signals: readonly string[];
}

export function detectTranscript(fullText: string): DetectionResult {
  const text = fullText.slice(0, DETECTION_WINDOW);
  const signals: string[] = [];
  for (const re of CALL_PHRASES) if (re.test(text)) signals.push(re.source);
  let score = signals.length;
  if (OPERATOR_LINE.test(text)) {
    signals.push('operator line');
    score += 2;
  }
  let headers = 0;
  const lines = text.split(/\r?\n/);
  for (const line of lines) if (line.length < 200 && HEADER_LINE.test(line)) headers++;
  if (headers >= 3) {
    signals.push(`${headers} speaker-like lines`);
    score += 1;
  }
  // A call opening always names the call; without "call"/"conference"/"earnings" nothing else is enough.
  const namesACall = /\b(?:call|conference|earnings)\b|電話會議/i.test(text);
  return { isTranscript: namesACall && score >= 3, score, signals };
}

export function looksLikeTranscript(text: string): boolean {
  return detectTranscript(text).isTranscript;
}

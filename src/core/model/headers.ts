import { GENERIC_SPEAKER, isNameLike, looksLikeRole, ROLE_START, stripHonorific } from './names';

/** A speaker label found on a line. */
export interface HeaderMatch {
  readonly name: string;
  readonly role?: string;
  readonly firm?: string;
  /** Index in the line where speech starts, for "Name: text" lines; undefined when the whole line is the label. */
  readonly contentStart?: number;
  /** A name alone on its line with no role: a header only if the document confirms it (see parse). */
  readonly bare: boolean;
}

const MAX_HEADER_LENGTH = 160;
/** "00:01:23", "[00:01:23]", "(01:02)", "0:00:05.2" */
export const TIMESTAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?$/;
const LEADING_TIMESTAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?\s+/;
const TRAILING_TIMESTAMP = /\s+[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?$/;
/** The turn number some services put after a header: "Maria Lopez, Northwind Inc - CEO   [3]". */
const TRAILING_TURN_NUMBER = /\s+\[\d{1,4}\]$/;
/** A WebVTT voice tag opening a cue's text: "<v Lena Fischer>Thank you." */
const VOICE_TAG = /^<v(?:\.[\w.-]+)?\s+([^>]{1,80})>\s*/;
/** Separators between name, firm and role: " - ", " -- ", " – ", " — ", " | ". */
const SEPARATOR = /\s+(?:-{1,2}|–|—|\|)\s+/;

/** Splits what follows a name into firm and role: the role is the part that reads as one. */
function firmAndRole(parts: readonly string[]): { role?: string; firm?: string } | undefined {
  const cleaned = parts.map((p) => p.trim()).filter((p) => p.length > 0);
  if (cleaned.length === 0 || cleaned.length > 3) return undefined;
  if (cleaned.some((p) => p.split(/\s+/).length > 12 || /[.?!]$/.test(p.replace(/\b(?:Inc|Ltd|Co|Corp|L\.P|LLC|S\.A)\.$/, '')))) {
    return undefined;
  }
  const roleIndex = cleaned.findIndex((p) => looksLikeRole(p));
  if (roleIndex < 0) return cleaned.length === 1 ? { firm: cleaned[0] } : undefined;
  const firm = cleaned.filter((_, i) => i !== roleIndex).join(', ') || undefined;
  return { role: cleaned[roleIndex], firm };
}

/** "Northwind Logistics Inc - Chief Executive Officer": an affiliation line under a listed name. */
export function parseAffiliation(text: string): { role: string; firm?: string } | undefined {
  const rest = firmAndRole(text.split(SEPARATOR));
  return rest?.role !== undefined ? { role: rest.role, ...(rest.firm ? { firm: rest.firm } : {}) } : undefined;
}

function splitNameTitle(text: string): { name: string; role: string } | undefined {
  // "Nicole Shan Investor Relations Officer": the title starts at the first role word after 1..4 name tokens.
  const tokens = text.split(/\s+/);
  for (let i = 1; i <= Math.min(4, tokens.length - 1); i++) {
    if (ROLE_START.test(tokens[i])) {
      const name = tokens.slice(0, i).join(' ');
      const role = tokens.slice(i).join(' ');
      if (isNameLike(name) && /^[\p{Lu}&,.'’()\s-]|^(?:of|and|the|for|&)$/u.test(role) && !/[.?!]$/.test(role)) {
        const roleWordsOk = role.split(/\s+/).every((w) => /^(?:\p{Lu}|of|and|the|for|&|-|\()/u.test(w));
        if (roleWordsOk) return { name, role };
      }
      return undefined;
    }
  }
  return undefined;
}

/** The label part of "label: speech". */
function parseLabel(label: string): { name: string; role?: string; firm?: string } | undefined {
  const withoutTime = label.replace(TRAILING_TIMESTAMP, '').trim();
  if (GENERIC_SPEAKER.test(withoutTime)) return { name: withoutTime };
  const paren = /^(.*?)\s*\(([^()]{1,80})\)$/.exec(withoutTime); // "John Smith (CEO)"
  if (paren && isNameLike(paren[1], 2)) {
    return looksLikeRole(paren[2]) ? { name: paren[1], role: paren[2] } : { name: paren[1], firm: paren[2] };
  }
  const parts = withoutTime.split(SEPARATOR);
  if (parts.length > 1 && isNameLike(parts[0], 2)) return { name: parts[0], ...firmAndRole(parts.slice(1)) };
  const comma = withoutTime.indexOf(', ');
  if (comma > 0 && isNameLike(withoutTime.slice(0, comma), 2) && looksLikeRole(withoutTime.slice(comma + 2))) {
    return { name: withoutTime.slice(0, comma), role: withoutTime.slice(comma + 2) };
  }
  if (isNameLike(withoutTime, 2)) return { name: withoutTime };
  return undefined;
}

/**
 * Reads a line as a speaker label, in any of the layouts transcripts use. The caller decides with
 * document context whether a bare name is a header; everything else here is decided by the line alone.
 */
export function parseHeaderLine(line: string): HeaderMatch | undefined {
  const lead = LEADING_TIMESTAMP.exec(line);
  const offset = lead ? lead[0].length : 0;
  const text = line.slice(offset).trim();
  if (text.length === 0 || TIMESTAMP.test(text)) return undefined;

  const voice = VOICE_TAG.exec(text);
  if (voice) {
    const label = parseLabel(voice[1].trim());
    // The caller passes a trimmed line, so `text` starts at `offset`.
    if (label) return { ...label, contentStart: offset + voice[0].length, bare: false };
  }
  // "Name: speech" (also "[00:01:02] Name: speech", "Name (00:01:02): speech").
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= 80 && /^\s+\S/.test(text.slice(colon + 1, colon + 3)) && !/\d$/.test(text.slice(0, colon))) {
    const label = parseLabel(text.slice(0, colon));
    if (label) {
      const rest = line.indexOf(':', offset) + 1;
      const contentStart = rest + (line.slice(rest).length - line.slice(rest).trimStart().length);
      return { ...label, contentStart, bare: false };
    }
  }
  // "Name (00:00:12):" or "Name:" alone on its line, the speech below (transcription-service exports).
  if (text.endsWith(':') && text.length <= 100) {
    const labelText = text.slice(0, -1).trim();
    const label = parseLabel(labelText);
    if (label) {
      const timed = TRAILING_TIMESTAMP.test(labelText);
      return { ...label, bare: !timed && label.role === undefined && label.firm === undefined && !GENERIC_SPEAKER.test(label.name) };
    }
  }
  if (text.length > MAX_HEADER_LENGTH || /[.?!;:,]$/.test(text)) return undefined;
  const bareText = text.replace(TRAILING_TURN_NUMBER, '').replace(TRAILING_TIMESTAMP, '').trim();
  if (GENERIC_SPEAKER.test(bareText)) return { name: bareText, bare: false };

  const parts = bareText.split(SEPARATOR);
  if (parts.length > 1) {
    // "Name, Firm - Role": the firm rides with the name before the separator.
    const comma = parts[0].indexOf(', ');
    if (comma > 0 && !isNameLike(stripHonorific(parts[0]), 1) && isNameLike(stripHonorific(parts[0].slice(0, comma)), 2)) {
      parts.splice(0, 1, parts[0].slice(0, comma), parts[0].slice(comma + 2));
    }
    const name = stripHonorific(parts[0]);
    const rest = firmAndRole(parts.slice(1));
    // A one-word name needs a role to be told apart from a heading ("Technology - Software").
    if (rest && isNameLike(name, 1) && (rest.role || isNameLike(name, 2))) return { name: parts[0].trim(), ...rest, bare: false };
    return undefined;
  }
  const comma = bareText.indexOf(', ');
  if (comma > 0 && isNameLike(bareText.slice(0, comma), 2) && looksLikeRole(bareText.slice(comma + 2))) {
    return { name: bareText.slice(0, comma), role: bareText.slice(comma + 2), bare: false };
  }
  const titled = splitNameTitle(bareText);
  if (titled) return { ...titled, bare: false };
  if (isNameLike(bareText, 1) && bareText.split(/\s+/).length <= 4) return { name: bareText, bare: true };
  return undefined;
}

import { GuardedPattern } from '../text/guarded';
import { GENERIC_SPEAKER, isHanName, isNameLike, looksLikeRole, nameComma, ROLE_START, stripHonorific } from './names';

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
/** A label alone on its line ends without punctuation (but for a name's "Jr." or "Sr."); speech ends with it. */
const ENDS_AS_SPEECH = /(?:[?!;:,]|(?<!\b[JS][r])\.)$/;
/** "00:01:23", "[00:01:23]", "(01:02)", "0:00:05.2" */
export const TIMESTAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?$/;
const LEADING_TIMESTAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?\s+/;
const TRAILING_TIMESTAMP = /\s+[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?$/;
/** The turn number some services put after a header: "Maria Lopez, Northwind Inc - CEO   [3]". */
const TRAILING_TURN_NUMBER = /\s+\[\d{1,4}\]$/;
/** Marks before a label: a bullet ("- ", "* "), a caption's speaker-change ">>", a markdown heading ("### "), emphasis ("**"). */
const DECORATION = /^(?:>>\s*|[-*•·]\s+|#{1,6}\s+)?(?:\*\*|__)?/;
/** Emphasis closing a label ("**John Smith**", "**John Smith**:"). */
const EMPHASIS_END = /(?:\*\*|__)$/;
/** After a label's colon: emphasis closing it ("**John Smith:** text") and the space before the speech. */
const EMPHASIS_AFTER_COLON = /^(?:\*\*|__)?\s*/;
/** How every name or generic label begins: a capital, or an ASCII letter (case-blind labels, honorifics). */
const NAME_START = /^[\p{Lu}a-z]/u;
/** Bloomberg's question and answer marks before a header: "Q - John Smith", "A - Jane Doe". */
const QUESTION_PREFIX = /^([QA])\s*[-–—:]\s+/;

/** The colon that ends a label: the first one that is not inside a time ("Speaker 1 (00:12): Hello"). */
function labelColon(text: string): number {
  for (let i = text.indexOf(':'); i >= 0 && i <= 80; i = text.indexOf(':', i + 1)) {
    if (!(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) return i;
  }
  // Chinese text writes the full-width colon: "王宇：谢谢。"
  const wide = text.indexOf('：');
  return wide > 0 && wide <= 30 ? wide : -1;
}

/** Chinese titles in a label's brackets: "王宇（首席执行官）". */
const HAN_ROLE = /首席|总裁|總裁|董事|执行官|執行官|财务官|財務官|投资者关系|投資者關係|总监|總監|经理|經理|主席|创始人|創始人|CEO|CFO/;

/** A Chinese header line: "主持人", "李伟 - 首席财务官", "王宇（首席执行官）". A bare name alone is not enough. */
function hanHeader(text: string): { name: string; role?: string; firm?: string } | undefined {
  if (!/^[\u4e00-\u9fff]/.test(text)) return undefined;
  if (GENERIC_SPEAKER.test(text)) return { name: text };
  const parts = text.split(SEPARATOR);
  if (parts.length === 2 && isHanName(parts[0])) return hanNamed(parts[0], parts[1]);
  const label = hanLabel(text);
  return label && (label.role !== undefined || label.firm !== undefined) ? label : undefined;
}

/** "王宇", "王宇（首席执行官）", "李明（中金公司）": a Chinese name, with a title or firm in brackets. */
function hanLabel(text: string): { name: string; role?: string; firm?: string } | undefined {
  const m = /^(\S{2,4}?)\s*(?:[（(]([^）)]{1,30})[）)])?$/u.exec(text);
  if (!m || !isHanName(m[1])) return undefined;
  return m[2] === undefined ? { name: m[1] } : hanNamed(m[1], m[2]);
}

/** What is said with a Chinese name is its title when it reads as one, else the firm. */
function hanNamed(name: string, what: string): { name: string; role?: string; firm?: string } {
  return HAN_ROLE.test(what) ? { name, role: what } : { name, firm: what };
}

/** A WebVTT voice tag opening a cue's text: "<v Lena Fischer>Thank you." */
const VOICE_TAG = /^<v(?:\.[\w.-]+)?\s+([^>]{1,80})>\s*/;
/**
 * A header's English part, then its Chinese or Japanese translation with no Latin letter in it. Guarded by the
 * space before the translation: unguarded, the pattern reads every line to its end, a Unicode class at a time.
 */
const TRANSLATED_TAIL = new GuardedPattern(/^([^\u3000-\u9fff\uff00-\uffef]*?[\p{L}\p{N})\]])\s+[\u3400-\u9fff][^A-Za-z]*$/u, [/\s[\u3400-\u9fff]/]);

/** The marks of a label followed by its speech on the same line: a colon ("Name: text") or a voice tag ("<v Name>"). */
function mayHoldInlineLabel(line: string): boolean {
  return line.includes(':') || line.includes('：') || line.includes('<v');
}

/** A firm's name after "Name, ": capitalised words with connectors ("Morgan Stanley & Co", "Bank of America"). */
const FIRM_NAME = /^\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|&|of|and|the|de))*$/u;

/** The event a page title names ("Q3 2025 Results – Analyst and Investor Call"): no one's title. */
const EVENT_TITLE = /\b(?:call|conference|results|earnings|webcast|presentation|transcript)\b/i;

/** Words in brackets after a name that say how the speaker is heard, not who they are: "[Japanese, interpreted]". */
const HEARD_VIA = /\binterpret|\btranslat|\bvia\b|\bsimultaneous/i;
const HEARD_VIA_NOTE = /\s*[([][^()[\]]*(?:interpret|translat)[^()[\]]*[)\]]$/i;

/** Separators between name, firm and role: " - ", " -- ", " – ", " — ", " | ". */
const SEPARATOR = /\s+(?:-{1,2}|–|—|\|)\s+/;

/** Splits what follows a name into firm and role: the role is the part that reads as one. */
function firmAndRole(parts: readonly string[]): { role?: string; firm?: string } | undefined {
  // "Chief Executive Officer (via interpreter)": how the speaker is heard is no part of the title.
  const cleaned = parts.map((p) => p.trim().replace(HEARD_VIA_NOTE, '')).filter((p) => p.length > 0);
  if (cleaned.length === 0 || cleaned.length > 3) return undefined;
  if (cleaned.some((p) => p.split(/\s+/).length > 12 || /[.?!]$/.test(p.replace(/\b(?:Inc|Ltd|Co|Corp|L\.P|LLC|S\.A)\.$/, '')))) {
    return undefined;
  }
  const roleIndex = cleaned.findIndex((p) => looksLikeRole(p));
  if (roleIndex < 0) return cleaned.length === 1 ? { firm: cleaned[0] } : undefined;
  const firm = cleaned.filter((_, i) => i !== roleIndex).join(', ') || undefined;
  // "Tomasz Wiśniewski — Analyst, Jefferies": the role part may carry the firm after a comma.
  if (firm === undefined) return roleAndFirm(cleaned[roleIndex]);
  return { role: cleaned[roleIndex], firm };
}

/**
 * The affiliation line under a name: "Northwind Logistics Inc - Chief Executive Officer" (firm first),
 * "Chief Executive Officer, Litware Inc." (title first), or a title alone. Undefined unless it names a role.
 */
export function parseAffiliation(text: string): { role: string; firm?: string } | undefined {
  if (text.length > 120 || EVENT_TITLE.test(text)) return undefined;
  const parts = text.split(SEPARATOR);
  const comma = text.indexOf(', ');
  if (parts.length === 1 && comma > 0 && looksLikeRole(text.slice(0, comma))) parts.splice(0, 1, text.slice(0, comma), text.slice(comma + 2));
  // Titles and firm names are capitalised; a line of speech under a name is not.
  if (!parts.every((p) => /^[\p{Lu}\p{N}]/u.test(p.trim()))) return undefined;
  const rest = firmAndRole(parts);
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

/** "John Smith (CEO)", "John Smith (Morgan Stanley)", "John Smith [CEO]" (a capital opens square brackets: "[inaudible]" is no title). */
function parenLabel(text: string): { name: string; role?: string; firm?: string } | undefined {
  const paren = /^(.*?)\s*(?:\(([^()]{1,80})\)|\[(\p{Lu}[^[\]]{0,79})\])$/u.exec(text);
  // "Participant 1 (Nomura Securities, Yamada)": a numbered label with the caller's firm.
  if (!paren || !(isNameLike(paren[1], 2) || GENERIC_SPEAKER.test(paren[1]))) return undefined;
  const said = paren[2] ?? paren[3];
  if (HEARD_VIA.test(said)) return { name: paren[1] };
  return looksLikeRole(said) ? { name: paren[1], role: said } : { name: paren[1], firm: said };
}

/** The label part of "label: speech". */
function parseLabel(label: string): { name: string; role?: string; firm?: string } | undefined {
  const withoutTime = label.replace(TRAILING_TIMESTAMP, '').trim();
  if (GENERIC_SPEAKER.test(withoutTime)) return { name: withoutTime };
  // "Q: ..." / "A: ...": question and answer transcripts that name no one.
  if (withoutTime === 'Q') return { name: 'Q', role: 'Analyst' };
  if (withoutTime === 'A') return { name: 'A', role: 'Management' };
  const han = hanLabel(withoutTime);
  if (han) return han;
  const paren = parenLabel(withoutTime);
  if (paren) return paren;
  const parts = withoutTime.split(SEPARATOR);
  if (parts.length > 1 && isNameLike(parts[0], 2)) return { name: parts[0], ...firmAndRole(parts.slice(1)) };
  const comma = nameComma(withoutTime);
  if (comma > 0 && isNameLike(withoutTime.slice(0, comma), 2)) {
    const rest = withoutTime.slice(comma + 2);
    if (looksLikeRole(rest)) return { name: withoutTime.slice(0, comma), role: rest };
    // "Ann Lee, UBS: ..." names the analyst's firm.
    if (FIRM_NAME.test(rest)) return { name: withoutTime.slice(0, comma), firm: rest };
  }
  if (isNameLike(withoutTime, 2)) return { name: withoutTime };
  return undefined;
}

/** "Analyst, Barclays": a role, then the firm it is held at. */
function roleAndFirm(text: string): { role: string; firm?: string } {
  const comma = text.lastIndexOf(', ');
  if (comma < 0) return { role: text };
  const [role, firm] = [text.slice(0, comma), text.slice(comma + 2)];
  return looksLikeRole(role) && !looksLikeRole(firm) && FIRM_NAME.test(firm) ? { role, firm } : { role: text };
}

/** Bloomberg's profile link after a speaker's name: "{BIO 12345678 <GO>}". */
const BLOOMBERG_TAG = /\s*\{BIO \d+ <GO>\}$/;

/**
 * Reads a line as a speaker label, in any of the layouts transcripts use. The caller decides with
 * document context whether a bare name is a header; everything else here is decided by the line alone.
 */
export function parseHeaderLine(line: string): HeaderMatch | undefined {
  // "Li Wei - Chief Financial Officer 李伟 - 首席财务官": a bilingual header carries its translation after the
  // English; the translation is neither firm nor title.
  // "Helen Park {BIO 12345678 <GO>}": Bloomberg's link to the speaker's profile.
  const bio = line.endsWith('<GO>}') ? BLOOMBERG_TAG.exec(line) : null;
  if (bio) {
    const h = parseHeaderLine(line.slice(0, bio.index).trimEnd());
    return h?.contentStart === undefined ? h : undefined;
  }
  const translated = TRANSLATED_TAIL.exec(line);
  if (translated) {
    const h = parseHeaderLine(translated[1]);
    return h?.contentStart === undefined ? h : undefined;
  }
  // Most lines are speech ending as a sentence does, and without an inline label such a line is no header (see
  // the end test below, which the steps before it cannot pass by): decided before any of them.
  if (ENDS_AS_SPEECH.test(line) && !mayHoldInlineLabel(line)) return undefined;
  const lead = LEADING_TIMESTAMP.exec(line);
  const decoration = DECORATION.exec(line.slice(lead ? lead[0].length : 0))![0];
  // The caller passes a trimmed line, so `text` starts at `offset`.
  const offset = (lead ? lead[0].length : 0) + decoration.length;
  const text = line.slice(offset).trim();
  if (text.length === 0 || TIMESTAMP.test(text)) return undefined;
  const asked = QUESTION_PREFIX.exec(text);
  if (asked) {
    const colon = asked[0].includes(':');
    const h = parseHeaderLine(text.slice(asked[0].length));
    // "Q: Laura Chen - Cowen: text": the mark, then a label and its speech (the colon form only).
    if (h && (h.contentStart === undefined || colon)) {
      const at = h.contentStart !== undefined ? { contentStart: offset + asked[0].length + h.contentStart } : {};
      return asked[1] === 'Q' ? { ...h, ...at, role: h.role ?? 'Analyst', bare: false } : { ...h, ...at, bare: false };
    }
    // "Q: What about ...?" names no one: the plain "Q" label, read below.
    if (!colon) return undefined;
  }

  const voice = VOICE_TAG.exec(text);
  if (voice) {
    const label = parseLabel(voice[1].trim());
    if (label) return { ...label, contentStart: offset + voice[0].length, bare: false };
  }
  // "Name: speech" (also "[00:01:02] Name: speech", "Name (00:01:02): speech", "**Name:** speech").
  const colon = labelColon(text);
  const after = colon > 0 ? EMPHASIS_AFTER_COLON.exec(text.slice(colon + 1))![0] : '';
  const labelText = colon > 0 ? text.slice(0, colon).replace(EMPHASIS_END, '') : '';
  const labelOk = colon > 0 && colon <= 80 && (!/\d$/.test(labelText) || GENERIC_SPEAKER.test(labelText));
  if (labelOk && colon + 1 + after.length < text.length && (after.length > 0 || text[colon] === '：')) {
    const label = parseLabel(labelText);
    if (label) return { ...label, contentStart: offset + colon + 1 + after.length, bare: false };
  }
  // "Name (00:00:12):" or "Name:" alone on its line, the speech below (transcription-service exports).
  if (labelOk && colon + 1 + after.length === text.length && text.length <= 100) {
    const label = parseLabel(labelText);
    if (label) {
      const timed = TRAILING_TIMESTAMP.test(labelText);
      return { ...label, bare: !timed && label.role === undefined && label.firm === undefined && !GENERIC_SPEAKER.test(label.name) };
    }
  }
  if (text.length > MAX_HEADER_LENGTH || ENDS_AS_SPEECH.test(text)) return undefined;
  // Every label below starts as a name does (a capital: isNameLike's first token) or as a generic label or
  // honorific does (an ASCII letter); the rest only cuts the end. A line of Chinese or of figures stops here.
  const han = hanHeader(text);
  if (han) return { ...han, bare: false };
  if (!NAME_START.test(text)) return undefined;
  const bareText = text.replace(EMPHASIS_END, '').replace(TRAILING_TURN_NUMBER, '').replace(TRAILING_TIMESTAMP, '').trim();
  if (GENERIC_SPEAKER.test(bareText)) return { name: bareText, bare: false };
  const paren = parenLabel(bareText);
  if (paren) return { ...paren, bare: false };

  const parts = bareText.split(SEPARATOR);
  if (parts.length > 1) {
    // "Name, Firm - Role": the firm rides with the name before the separator.
    const comma = nameComma(parts[0]);
    if (comma > 0 && !isNameLike(stripHonorific(parts[0]), 1) && isNameLike(stripHonorific(parts[0].slice(0, comma)), 2)) {
      parts.splice(0, 1, parts[0].slice(0, comma), parts[0].slice(comma + 2));
    }
    // "**Dr. Klaus-Dieter Brenner** – Chief Executive Officer": emphasis closes the name.
    parts[0] = parts[0].replace(EMPHASIS_END, '');
    // "Operator – Chorus Call": the conference service's name says nothing of the speaker.
    if (GENERIC_SPEAKER.test(parts[0].trim())) return { name: parts[0].trim(), bare: false };
    // "Jean-Luc Moreau (Northwind Logistics) - Chief Executive Officer": the firm rides in brackets.
    const bracketed = /^(.*?)\s*\(([^()]{1,60})\)$/.exec(parts[0]);
    if (bracketed && isNameLike(stripHonorific(bracketed[1]), 2)) parts.splice(0, 1, bracketed[1], bracketed[2]);
    const name = stripHonorific(parts[0]);
    const rest = firmAndRole(parts.slice(1));
    // A one-word name needs a role to be told apart from a heading ("Technology - Software").
    if (rest && isNameLike(name, 1) && (rest.role || isNameLike(name, 2))) return { name: parts[0].trim(), ...rest, bare: false };
    return undefined;
  }
  const comma = nameComma(bareText);
  if (comma > 0 && isNameLike(bareText.slice(0, comma), 2)) {
    const rest = bareText.slice(comma + 2);
    if (looksLikeRole(rest)) return { name: bareText.slice(0, comma), ...roleAndFirm(rest), bare: false };
    // "Tom Hardy, Barclays": a firm alone says less than a title, so the document must vouch for it (bare).
    if (FIRM_NAME.test(rest)) return { name: bareText.slice(0, comma), firm: rest, bare: true };
  }
  const titled = splitNameTitle(bareText);
  if (titled) return { ...titled, bare: false };
  if (isNameLike(bareText, 1) && bareText.split(/\s+/).length <= 4) return { name: bareText, bare: true };
  return undefined;
}

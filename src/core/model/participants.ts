import { GuardedPattern } from '../text/guarded';
import { isNameLike, looksLikeRole, stripHonorific } from './names';
import type { Sentence } from './types';

export interface Participant {
  readonly name: string;
  readonly role?: string;
  readonly firm?: string;
}

/**
 * Sentences in which the host lists who is on the call. Guarded by the words every listing holds: the pattern,
 * case-blind over many alternatives, costs several times the one search for them, and few sentences list anyone.
 */
const LISTING = new GuardedPattern(/\b(?:(?:also )?on (?:the|today's|today’s) call(?: today)?(?: from [^,]{2,40})?,? (?:are|is|we have|will be)|joining (?:us|me)(?: on (?:the|today's|today’s) call)?(?: today| this (?:morning|afternoon|evening))? (?:are|is)|(?:here )?with me (?:on the call |here )?(?:today |this (?:morning|afternoon|evening) )?(?:are|is)|(?:we have|are) with us today|(?:pleased|happy|delighted|glad) to have with (?:us|me)(?: here)?(?: today)?|(?:I'm|I’m|I am|we're|we’re|we are) joined (?:here |today |on the call |this (?:morning|afternoon|evening) )*by)\b/i, [
  /with (?:me|us)|joining|joined|on (?:the|today's|today’s) call/i,
]);

/**
 * Reads "Mr. Weidong Luo, Chairman and Chief Executive Officer; Mr. Shan-Nen Bong, Chief Financial Officer"
 * and "our Vice Chairman and CEO, Mr. Zhou Tao, and CFO, Mr. Hongrui He": name and role in either order.
 */
export function readParticipants(sentences: readonly Sentence[]): Participant[] {
  const out: Participant[] = [];
  for (const s of sentences) {
    const m = LISTING.exec(s.text);
    if (!m) continue;
    const tail = s.text.slice(m.index + m[0].length).replace(/[.]$/, '');
    const chunks = tail.split(/;\s*(?:and\s+)?|,\s+and\s+|\s+and\s+(?=(?:Mr|Ms|Mrs|Dr)\.?\s)/);
    for (const chunk of chunks) {
      const parts = chunk.split(/,\s*/).map((p) => p.trim().replace(/^(?:and|our|the)\s+/i, '')).filter(Boolean);
      if (parts.length === 0) continue;
      // A title is capitalised as a name is: "our Chief Executive Officer, Tom Becker" puts the title first.
      const nameFirst = (isNameLike(parts[0], 2) && !looksLikeRole(parts[0])) || /^(?:Mr|Ms|Mrs|Dr)\.?\s/.test(parts[0]);
      if (nameFirst && isNameLike(stripHonorific(parts[0]))) {
        const role = parts.slice(1).join(', ');
        out.push({ name: stripHonorific(parts[0]), ...(role && looksLikeRole(role) ? { role } : {}) });
      } else if (parts.length >= 2 && looksLikeRole(parts[0])) {
        const name = stripHonorific(parts[1]);
        if (isNameLike(name)) out.push({ name, role: parts[0] });
      }
    }
  }
  return out;
}

export interface SelfIntroduction {
  readonly name: string;
  readonly role?: string;
}

/** "My name is Priya Raman", "I'm Priya Raman, head of investor relations", "This is Tom Becker, CEO". */
const SELF_INTRO = /\b([Mm]y name is|I'm|I’m|I am|[Tt]his is)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:\s*,\s*(?:(?:the|our|your)\s+)?([^,.;]{2,60}))?/u;

/** A full name said as one's own: after "my name is" alone, else with a title after it (so "I'm Very Glad" is nobody). */
export function selfIntroduction(text: string): SelfIntroduction | undefined {
  const m = SELF_INTRO.exec(text);
  if (!m || !isNameLike(m[2], 2)) return undefined;
  const role = m[3] && looksLikeRole(m[3]) ? m[3].trim() : undefined;
  if (!role && !/^my name is$/i.test(m[1])) return undefined;
  return { name: m[2], ...(role ? { role } : {}) };
}

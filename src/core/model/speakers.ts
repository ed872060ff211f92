import { GENERIC_SPEAKER, nameKey, nameKeyCache, stripHonorific, titleCase } from './names';
import type { Speaker, SpeakerCategory } from './types';

type MutableSpeaker = { -readonly [K in keyof Speaker]: Speaker[K] } & { spellings: string[] };

const MANAGEMENT_ROLE =
  /\b(?:chief|ceo|cfo|coo|cto|cio|president|chairman|chairwoman|chair|director|officer|investor relations|ir|founder|treasurer|controller|vp|svp|evp|head|manager|secretary|executive|management|company representative)\b/i;

/** A name written in capitals only ("RAFAEL COSTA", "OPERATOR"), as some transcripts label every turn. */
function isShouted(name: string): boolean {
  // Letters only: "SPEAKER_01" is an id, not a shouted name.
  return /^\p{Lu}[\p{Lu}\s'’.-]*\p{Lu}$/u.test(name);
}

/** The name as the outline shows it: a shouted label in title case until the call writes it in its own case. */
function displayed(name: string): string {
  return isShouted(name) ? titleCase(name.toLowerCase()) : name;
}

export function categoryOf(name: string, role: string | undefined, firm: string | undefined): SpeakerCategory {
  if (/^(?:(?:(?:second|new|another|replacement) )?(?:conference )?operator|moderator|coordinator|(?:会议|會議)?主持人|操作[员員]|接[线線][员員])$/i.test(name.trim())) return 'operator';
  // Labels that name no one still say which side speaks: "Unidentified Analyst", "Caller 2", "Executive".
  if (/^(?:分析[师師]|unidentified participant|(?:unidentified |unknown )?(?:analyst|caller|questioner)(?:[ _-]?#?\d{1,3})?)$/i.test(name.trim())) return 'analyst';
  if (/^(?:management|executive(?:[ _-]?#?\d{1,3})?|(?:unidentified )?(?:company|corporate) (?:representative|participant)|unidentified executive)$/i.test(name.trim())) return 'management';
  if (role && /\banalyst\b|分析[师師]/i.test(role)) return 'analyst';
  if (role && MANAGEMENT_ROLE.test(role)) return 'management';
  if (firm && !role) return 'analyst';
  return 'unknown';
}

/**
 * One speaker per person, however the call writes the name: "Shan-Nen Bong - CFO" and "Shan-Nen Bong"
 * share a key; a surname alone ("Mr. Luo") joins the one known person it fits.
 */
export class SpeakerRoster {
  private readonly byKey = new Map<string, MutableSpeaker>();
  private readonly order: MutableSpeaker[] = [];
  /** add() runs for every turn: its keys are remembered. */
  private readonly keyOf = nameKeyCache();
  /** The words of each speaker's key, in `order`: resolveKey compares them for every alias it is asked. */
  private readonly orderTokens: string[][] = [];
  /**
   * resolveKey's answers for keys that are no speaker's own; they hold until a speaker is added (the only
   * change resolveKey reads), since a call repeats its aliases ("Mr. Luo") on many turns.
   */
  private readonly resolved = new Map<string, string>();

  add(name: string, role?: string, firm?: string, category?: SpeakerCategory, placeholder?: true): Speaker {
    const clean = stripHonorific(name.trim()) || name.trim();
    const key = this.resolveKey(this.keyOf(clean) || clean.toLowerCase());
    let s = this.byKey.get(key);
    if (!s) {
      s = { id: key, name: displayed(clean), spellings: [clean], category: category ?? categoryOf(clean, role, firm), ...(placeholder ? { placeholder } : {}) };
      if (role) s.role = role;
      if (firm) s.firm = firm;
      this.byKey.set(key, s);
      this.order.push(s);
      this.orderTokens.push(key.split(' '));
      this.resolved.clear();
      return s;
    }
    // The longest spelling is the fullest form of the name, but a name in capitals only gives way to the same
    // name in its own case ("RAFAEL COSTA:" labels, "Mr. Rafael Costa" in the hand-off). A shown name that is no
    // spelling was title-cased from capitals.
    const nameShouted = !s.spellings.includes(s.name);
    const cleanShouted = isShouted(clean);
    const fuller = cleanShouted === nameShouted ? clean.length > s.name.length : nameShouted;
    if (fuller && !GENERIC_SPEAKER.test(clean)) s.name = displayed(clean);
    if (!s.spellings.includes(clean)) s.spellings.push(clean);
    if (role && !s.role) s.role = role;
    if (firm && !s.firm) s.firm = firm;
    // A known category stays: what the labels say is read only while it is unknown (add runs for every turn).
    if (s.category === 'unknown') {
      const better = category ?? categoryOf(s.name, s.role, s.firm);
      if (better !== 'unknown') s.category = better;
    }
    return s;
  }

  /** Gives a speaker of unknown category one, e.g. an analyst when the operator introduces their question. */
  classify(name: string, category: Exclude<SpeakerCategory, 'unknown'>, firm?: string): void {
    const s = this.byKey.get(this.resolveKey(nameKey(name)));
    if (!s) return;
    if (s.category === 'unknown') s.category = category;
    if (firm && !s.firm) s.firm = firm;
  }

  /** Adds what a hand-off says of someone who speaks in the call ("over to Sam Ortiz, Head of IR"). */
  enrich(name: string, role?: string): void {
    const s = this.byKey.get(this.resolveKey(nameKey(name)));
    if (!s || !role || s.role) return;
    s.role = role;
    if (s.category === 'unknown') s.category = categoryOf(s.name, role, s.firm);
  }

  /**
   * A numbered label ("Speaker 1") whose speaker says who they are: shown as "Priya Raman (Speaker 1)", so the
   * label in the text still finds them, with the title they gave.
   */
  identify(id: string, name: string, role?: string): void {
    const s = this.byKey.get(id);
    if (!s || s.name.includes('(')) return;
    s.name = `${name} (${s.name})`;
    if (!s.spellings.includes(name)) s.spellings.push(name);
    if (role && !s.role) s.role = role;
    if (s.category === 'unknown' && s.role) s.category = categoryOf(name, s.role, s.firm);
  }

  all(): Speaker[] {
    return [...this.order];
  }

  /** A one-word key ("luo") or a full key whose tokens all belong to one known person maps to that person. */
  private resolveKey(key: string): string {
    if (this.byKey.has(key)) return key;
    let r = this.resolved.get(key);
    if (r === undefined) this.resolved.set(key, (r = this.resolveAlias(key)));
    return r;
  }

  private resolveAlias(key: string): string {
    const tokens = key.split(' ');
    if (tokens.length > 2) return key;
    const matches = this.order.filter((_, i) => {
      const known = this.orderTokens[i];
      return known.length > tokens.length && tokens.every((t) => known.includes(t));
    });
    if (matches.length === 1) return matches[0].id;
    if (tokens.length === 1) return key;
    // "Zhou Tao" vs "Tao Zhou": romanised Chinese names come in either order.
    const reversed = [...tokens].reverse().join(' ');
    return this.byKey.has(reversed) ? reversed : key;
  }
}

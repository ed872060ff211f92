/** Speaker names: recognising them in headers, and one key for every spelling of one person. */

const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|professor|sir|madam|mister)\.?\s+/i;

/** "Mr. Shan-Nen Bong" and "Shan-nen bong" share the key "shannen bong". */
export function nameKey(name: string): string {
  return name
    .replace(HONORIFIC, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-'’.‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * nameKey remembered per spelling, for one parse: a call repeats its few speaker names on every header line.
 * Kept per parse (not module-wide) so no document text outlives its parse.
 */
export function nameKeyCache(): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = nameKey(name)));
    return key;
  };
}

export function stripHonorific(name: string): string {
  return name.replace(HONORIFIC, '').trim();
}

/** Words that start sentences or headings and are never a person's name on their own. */
const NOT_NAME_WORDS = new Set(
  (
    'a an and are as at be but by for from good great hello hi how i if in is it its just let me my no not now of ok okay on or ' +
    'our please right so sure thank thanks that the then there these this those to us we well what when where which who why ' +
    'with yes yeah you your question questions answer answers presentation remarks session participants conference call ' +
    'transcript earnings market cap image technology software application disclaimer copyright note source page next previous ' +
    'operator instructions foreign language total revenue revenues income net gross first second third fourth quarter year ' +
    'fiscal results financial highlights outlook guidance summary agenda end all'
  ).split(' '),
);

/** Words that begin a role or title in a header ("Nicole Shan Investor Relations Officer"). */
const ROLE_WORDS =
  'chief|ceo|cfo|coo|cto|cio|cmo|president|vice|vp|svp|evp|chairman|chairwoman|chairperson|chair|director|head|senior|executive|' +
  'managing|general|investor|ir|analyst|manager|officer|founder|co-founder|cofounder|treasurer|secretary|partner|controller|' +
  'associate|interpreter|translator|host|moderator|representative|spokesperson|principal|lead|deputy|independent|board|' +
  'research|strategist|economist|portfolio|equity|head';

export const ROLE_START = new RegExp(`^(?:${ROLE_WORDS})\\b`, 'i');
const ROLE_ANYWHERE = new RegExp(`\\b(?:${ROLE_WORDS}|ir)\\b`, 'i');

export function looksLikeRole(text: string): boolean {
  return ROLE_ANYWHERE.test(text);
}

/** A name token: capitalised (or all caps), letters with inner hyphens/apostrophes, or an initial. */
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u;
const PARTICLE = /^(?:de|da|del|della|der|den|van|von|la|le|bin|al|dos|du|di|y)$/;

/** True when `text` is 1..5 name tokens, with particles inside, and not a common word alone. */
export function isNameLike(text: string, minTokens = 1): boolean {
  const trimmed = stripHonorific(text.trim());
  if (trimmed.length === 0 || trimmed.length > 48) return false;
  const tokens = trimmed.split(/\s+/);
  if (tokens.length < minTokens || tokens.length > 5) return false;
  let names = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (NAME_TOKEN.test(t)) {
      if (NOT_NAME_WORDS.has(t.toLowerCase().replace(/[.']/g, ''))) return false;
      names++;
    } else if (!(i > 0 && i < tokens.length - 1 && PARTICLE.test(t))) {
      return false;
    }
  }
  return names >= minTokens;
}

/** Labels that stand for a speaker without naming a person. */
export const GENERIC_SPEAKER =
  /^(?:operator|moderator|host|interpreter|translator|coordinator|unidentified (?:company )?(?:representative|participant|analyst|speaker|corporate participant)|unknown speaker|speaker[ _-]?\d{1,3}|company representative|management)$/i;

/**
 * A pattern guarded by words it cannot match without. A pattern with many alternatives is tried at every
 * position of the text, several times slower than the search for one literal word, which the regex engine
 * skips through text with. Most sentences hold none of a cue's words, so looking for them first saves the
 * pattern on most of the text, and `test`/`exec` answer exactly as the pattern's own.
 *
 * The contract is on the words: every match of the pattern must contain one of them (under the pattern's own
 * case flags). A key may also be a small pattern of its own ("q-?[1-4]" for "Q3 2024" and "2024 Q-3"), with
 * the same contract: every match of the pattern holds a match of one key. The tests check each guarded
 * pattern against its bare pattern.
 */
export class GuardedPattern {
  /** Every guarded pattern made, so the tests can hold each one to its contract. */
  static readonly all: GuardedPattern[] = [];
  private readonly keys: readonly RegExp[];

  constructor(
    readonly pattern: RegExp,
    words: readonly (string | RegExp)[],
  ) {
    // Only stateless patterns: a global or sticky one would carry lastIndex from call to call.
    if (pattern.global || pattern.sticky) throw new Error('GuardedPattern needs a pattern without g or y');
    // The same case flags, so a word matched inside a match of the pattern is found by its key too.
    const flags = (pattern.ignoreCase ? 'i' : '') + (pattern.unicode ? 'u' : '');
    // The words as one alternation: one search of the text, not one per word (measured on the cues' two- and
    // three-word guards over a call's sentences: about a third faster).
    const literal = words.filter((w): w is string => typeof w === 'string').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const patterns = words.filter((w): w is RegExp => typeof w !== 'string');
    for (const p of patterns) if (p.global || p.sticky) throw new Error('GuardedPattern keys must be without g or y');
    this.keys = [...(literal.length > 0 ? [new RegExp(literal.join('|'), flags)] : []), ...patterns];
    GuardedPattern.all.push(this);
  }

  /** False only when the pattern cannot match: none of its words is in the text. */
  mayMatch(text: string): boolean {
    for (const key of this.keys) if (key.test(text)) return true;
    return false;
  }

  test(text: string): boolean {
    return this.mayMatch(text) && this.pattern.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.mayMatch(text) ? this.pattern.exec(text) : null;
  }
}

/**
 * A pattern anchored only at the end of a text ("..., right?", "did they?", ", kindly explain."):
 * a word, then nothing but closing marks and spaces to the end. A regular expression with no start
 * anchor is tried at every position of the text, the whole of a long message's sentences, though
 * it can only match where the text's last word ends. EndTag looks first at the one letter there:
 * only when it is the last letter of one of the pattern's words is the pattern tried, and then as
 * it is, so what it says is always what the pattern says.
 */
export class EndTag {
  private readonly finals: ReadonlySet<string>;

  /**
   * `finals`: every letter a match of `pattern` can end on before its closing marks (lower case; for
   * a pattern read without case, "s" takes in "ſ", which case folding makes an "s").
   * `closing`: the marks besides spaces that may follow it to the end.
   */
  constructor(
    readonly pattern: RegExp,
    finals: string,
    private readonly closing: string,
  ) {
    // ("$" before a line break, or a search from lastIndex on, would end it elsewhere.)
    if (pattern.multiline || pattern.global || pattern.sticky)
      throw new Error(`EndTag: ${pattern} must end the text`);
    const letters = new Set(finals);
    if (pattern.ignoreCase && letters.has('s')) letters.add('ſ');
    this.finals = letters;
  }

  test(text: string): boolean {
    let end = text.length;
    while (end > 0) {
      const c = text[end - 1] as string;
      if (!this.closing.includes(c) && !SPACE.test(c)) break;
      end--;
    }
    if (end === 0) return false;
    const last = text[end - 1] as string;
    if (!this.finals.has(this.pattern.ignoreCase ? last.toLowerCase() : last)) return false;
    return this.pattern.test(text);
  }
}

/** A space as `\s` reads one (the same characters with or without the `u` flag). */
const SPACE = /\s/;

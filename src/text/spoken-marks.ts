/**
 * Punctuation said aloud: a phone's dictation that does not turn "question mark" into "?" writes
 * the words ("who called the meeting question mark", "what did he say period question mark"). At
 * the end of a sentence such words are the mark; anywhere else, or said of a thing ("a very big
 * question mark", "in that period"), they are words. Pure, no knowledge of the story: the phrases
 * are chat.yaml's spokenMarks.
 */

/** Words before which a spoken mark is a thing named, not punctuation: "a question mark", "that period". */
const NAMING = new Set(
  'a an the this that these those its his her their our my your any no one another each every same whole such some big bigger biggest huge large giant gigantic massive enormous major small little very real serious total complete absolute open'.split(
    ' ',
  ),
);

/** The fewest words a dictated sentence has before its mark. */
const MIN_SENTENCE = 3;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for the marks of one list: made once per list. */
export class SpokenMarks {
  private readonly marks: Map<string, string>;
  /** The phrases, longest first: the first that starts a run is its longest. */
  private readonly longestFirst: string[];
  private readonly run: RegExp | null;
  /**
   * The first word of some phrase, anywhere (as `run` matches, in any case): a text without one
   * holds no run, and is not scanned by `run`, whose look-behind tries every space of it.
   */
  private readonly firstWords: RegExp | null;

  /** `marks`: a phrase said aloud (folded, "question mark") -> its mark ("?"). */
  constructor(marks: Readonly<Record<string, string>>) {
    this.marks = new Map(
      Object.entries(marks).map(([phrase, mark]) => [
        phrase.trim().toLowerCase().split(/\s+/).join(' '),
        mark,
      ]),
    );
    this.longestFirst = [...this.marks.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
    const phrases = this.longestFirst.map((p) => p.split(' ').map(escapeRegExp).join('\\s+'));
    // A run of spoken marks after a word, ending the text or followed by a capitalised word (the
    // next sentence, as dictation writes it).
    this.run =
      phrases.length === 0
        ? null
        : new RegExp(
            `(?<=(\\p{L}+)[\\s,]*)\\s+((?:(?:${phrases.join('|')})(?:\\s+|[\\s.,!?]*$))+)(?=$|\\p{Lu})`,
            'giu',
          );
    const firsts = [...new Set(this.longestFirst.map((p) => p.split(' ')[0] as string))];
    this.firstWords = phrases.length === 0 ? null : new RegExp(firsts.map(escapeRegExp).join('|'), 'iu');
  }

  /** The text with each run of marks said aloud at the end of a sentence written as its mark. */
  apply(text: string): string {
    if (this.run === null || !this.firstWords?.test(text)) return text;
    return text.replace(this.run, (whole, before: string, run: string, at: number) => {
      if (NAMING.has(before.toLowerCase())) return whole;
      const said = run
        .toLowerCase()
        .replace(/[.,!?]/g, ' ')
        .trim()
        .split(/\s+/)
        .join(' ');
      const marks: string[] = [];
      let rest = said;
      while (rest.length > 0) {
        const phrase = this.longestFirst.find((p) => rest === p || rest.startsWith(`${p} `));
        if (phrase === undefined) return whole;
        marks.push(this.marks.get(phrase) as string);
        rest = rest.slice(phrase.length).trim();
      }
      // "period question mark": the sentence asks; "question mark period": it asks too.
      const mark = marks.includes('?') ? '?' : (marks.find((m) => m !== ',') ?? ',');
      // A sentence of a word or two before it ("churkin question mark") may ask about the thing;
      // not a comma with more said after it ("so comma what did they say"): a comma only parts.
      const sentence =
        text
          .slice(0, at)
          .split(/[.!?]\s/)
          .pop() ?? '';
      const parts = mark === ',' && text.slice(at + whole.length).trim() !== '';
      if (!parts && sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < MIN_SENTENCE) return whole;
      return `${mark} `;
    });
  }
}

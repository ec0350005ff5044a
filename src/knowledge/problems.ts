/**
 * A problem found in a knowledge folder, said so that whoever reads it can fix the file from the
 * message alone: a hand editor (file and line) or a moderator in Discord (entry and field).
 */
export interface Problem {
  file: string;
  line?: number;
  /** With a YAML syntax error: the column on that line. */
  column?: number;
  /** With a YAML syntax error: the line as written. */
  excerpt?: string;
  entry?: string;
  field?: string;
  message: string;
}

/**
 * `qa.yaml:88 › entry "duration" › field "answer[0]": unknown sentence id "p4.s9": …`, and for a
 * YAML syntax error `qa.yaml:88:13: not valid YAML: …` with the line under it and a caret.
 */
export function formatProblem(p: Problem): string {
  const at = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  const where = [at, p.entry && `entry "${p.entry}"`, p.field && `field "${p.field}"`]
    .filter(Boolean)
    .join(' › ');
  const text = `${where}: ${p.message}`;
  if (p.excerpt === undefined) return text;
  // Tabs shown as one space, so the caret stands under the right character.
  const shown = p.excerpt.replace(/\t/g, ' ');
  const caret = p.column ? `\n    ${' '.repeat(p.column - 1)}^` : '';
  return `${text}\n    ${shown}${caret}`;
}

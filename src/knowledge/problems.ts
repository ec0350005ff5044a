/**
 * A problem found in a knowledge folder, said so that whoever reads it can fix the file from the
 * message alone: a hand editor (file and line) or a moderator in Discord (entry and field).
 */
export interface Problem {
  file: string;
  line?: number;
  entry?: string;
  field?: string;
  message: string;
}

/** `qa.yaml:88 › entry "duration" › field "answer[0]": unknown sentence id "p4.s9": …` */
export function formatProblem(p: Problem): string {
  const where = [
    p.line ? `${p.file}:${p.line}` : p.file,
    p.entry && `entry "${p.entry}"`,
    p.field && `field "${p.field}"`,
  ]
    .filter(Boolean)
    .join(' › ');
  return `${where}: ${p.message}`;
}

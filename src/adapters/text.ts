/** Plain-text rendering of an Answer, for the terminal chat and `npm run ask`. */
import type { Answer, Quote } from '../engine/answer.ts';
import { plural } from '../text/plural.ts';

export function renderQuoteText(q: Quote): string {
  const who = q.speaker ? q.speaker.label : 'the reporter';
  return `  "${q.text}"\n    - ${who} · ${q.source} [${q.id}]`;
}

export function renderAnswerText(answer: Answer): string {
  if (!answer.answered) {
    const lines = [answer.message ?? "The article doesn't say."];
    if (answer.suggestions.length > 0) {
      lines.push('', 'You could ask:', ...answer.suggestions.map((s) => `  - ${s}`));
    }
    return lines.join('\n');
  }
  const lines: string[] = [];
  if (answer.contested) lines.push(`Sources disagree on this (${answer.contested.topic.toLowerCase()}):`);
  for (const q of answer.quotes) {
    const side = answer.contested?.sides.find((s) => s.quoteIds.includes(q.id));
    if (side) lines.push(`- ${side.label}:`);
    lines.push(renderQuoteText(q));
  }
  if (answer.more.length > 0) lines.push(`(${plural(answer.more.length, 'more related quote')}: type /more)`);
  return lines.join('\n');
}

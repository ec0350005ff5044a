/**
 * wordnet.json (optional, generated): words related to the knowledge's words. The bot answers
 * without it, only less well, so a file it cannot use is a warning, never a reason to refuse the
 * folder: a program whose format moved on, or a file cut short, is rebuilt by knowledge:build.
 */
import { KNOWLEDGE_FILES } from '../model.ts';
import type { Problem } from '../problems.ts';
import { RELATED_WORDS_FORMAT, type RelatedWordsFile, RelatedWordsFileSchema } from '../schema.ts';

export function readRelatedWords(text: string | undefined, warnings: Problem[]): RelatedWordsFile | null {
  if (text === undefined) return null;
  const file = KNOWLEDGE_FILES.wordnet;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    warnings.push({
      file,
      message: `not valid JSON (${(error as Error).message}): run npm run knowledge:build`,
    });
    return null;
  }
  const parsed = RelatedWordsFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const format = (raw as { format?: unknown } | null)?.format;
  warnings.push({
    file,
    message:
      format !== RELATED_WORDS_FORMAT
        ? `written in format ${String(format)}, this program reads format ${RELATED_WORDS_FORMAT}: it is not used; run npm run knowledge:build`
        : `not as knowledge:build writes it (${parsed.error.issues[0]?.message ?? 'invalid'}): it is not used; run npm run knowledge:build`,
  });
  return null;
}

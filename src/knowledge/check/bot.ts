/**
 * bot.yaml (optional): what the bot says about itself, in the words of the story. Whatever it
 * leaves out has a plain default made from article.yaml, so a folder without it still works.
 */
import { type BotTexts, KNOWLEDGE_FILES, type ResolvedQa } from '../model.ts';
import type { Problem } from '../problems.ts';
import type { ParsedFile } from '../reader.ts';
import type { ArticleMeta, Bot } from '../schema.ts';

export function botTexts(
  file: ParsedFile<Bot>,
  meta: ArticleMeta,
  qa: readonly ResolvedQa[],
  warnings: Problem[],
): BotTexts {
  const bot = file.value ?? {};
  const known = new Set(qa.map((q) => q.id));
  const suggestions: string[] = [];
  (bot.suggestions ?? []).forEach((id, k) => {
    if (known.has(id)) suggestions.push(id);
    else
      warnings.push({
        file: KNOWLEDGE_FILES.bot,
        line: file.lineOf(['suggestions', k]),
        field: `suggestions[${k}]`,
        message: `no entry "${id}" in qa.yaml: it is not offered; use an id from qa.yaml`,
      });
  });
  const article = `"${meta.headline}" (${meta.source})`;
  return {
    about:
      bot.about ??
      `I answer questions about the article ${article} with quotes from it. Ask me something about it.`,
    emptyQuestion:
      bot.emptyQuestion ?? `Your question is empty. Ask me something about the article ${article}.`,
    notInArticle: bot.notInArticle ?? "The article doesn't say.",
    otherLanguage:
      bot.otherLanguage ??
      'I read questions in English and in French, and could not read this one: ask it again in English or in French.',
    suggestions,
  };
}

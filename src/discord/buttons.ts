/**
 * The buttons under an answer. Each click carries what it needs in its custom id (see
 * custom-ids.ts) or reads it from the message the button is on, so any bot instance can serve it.
 * Replies are ephemeral: one person's "More" does not fill the channel.
 */
import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { MAX_QUOTES } from '../engine/answer.ts';
import { paragraphOf, sourceOf } from '../engine/browse.ts';
import type { Engine } from '../engine/engine.ts';
import { SENTENCE_IDS_IN_TEXT } from '../text/sentence-id.ts';
import type { CommandContext } from './command.ts';
import { endConversation, inThread } from './conversations.ts';
import { parseCustomId } from './custom-ids.ts';
import { creditsOf, escapeText, renderQuoteList, unescapeText } from './render.ts';

export const STALE_BUTTON =
  'That answer is from an older version of the article notes, so this button no longer works. Please ask again.';
export const FEEDBACK_THANKS = 'Thank you. Your feedback was recorded for the moderators.';
export const NEW_CONVERSATION =
  'New conversation: your next question here starts afresh, not as a follow-up to this one.';

/** "the article", or the source a quote is from: "Reuters, 19 September 2016". */
function whose(engine: Engine, quoteId: string): string {
  const source = sourceOf(engine, quoteId);
  return !source || source.primary ? 'the article' : escapeText(source.quotedAs);
}

export async function handleButton(interaction: ButtonInteraction, context: CommandContext): Promise<void> {
  const action = parseCustomId(interaction.customId);
  if (!action) {
    await interaction.reply({ content: STALE_BUTTON, flags: MessageFlags.Ephemeral });
    return;
  }
  const engine = context.engines.current;
  switch (action.kind) {
    case 'more': {
      const ids = action.quoteIds.filter((id) => engine.kb.passageById.has(id));
      if (ids.length === 0) {
        await interaction.reply({ content: STALE_BUTTON, flags: MessageFlags.Ephemeral });
        return;
      }
      const quotes = ids.map((id) => engine.quote(id));
      await interaction.reply({
        ...renderQuoteList({
          title: 'More quotes',
          quotes,
          // A page of "More" shows as many quotes as an answer.
          perPage: MAX_QUOTES,
          footer: `Quoted verbatim from ${creditsOf(quotes)}`,
        }),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    case 'context': {
      const quotes = paragraphOf(engine, action.quoteId);
      const paragraph = quotes[0]?.paragraph;
      if (quotes.length === 0 || paragraph === undefined) {
        await interaction.reply({ content: STALE_BUTTON, flags: MessageFlags.Ephemeral });
        return;
      }
      await interaction.reply({
        ...renderQuoteList({
          title: `The whole paragraph (paragraph ${paragraph} of ${whose(engine, action.quoteId)})`,
          quotes,
          footer: `Quoted verbatim from ${creditsOf(quotes)}`,
        }),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    case 'feedback': {
      // The question and the quotes are on the message itself: its title and footer.
      const embed = interaction.message.embeds[0];
      const question = unescapeText(embed?.title ?? '');
      const quoteIds = [...new Set(embed?.footer?.text.match(SENTENCE_IDS_IN_TEXT) ?? [])];
      await context.database.recordFeedback({
        userId: interaction.user.id,
        question,
        quoteIds,
        helpful: action.helpful,
        qaId: action.qaId,
        knowledgeVersion: action.knowledgeVersion,
      });
      context.log.info(
        { helpful: action.helpful, qa: action.qaId, quotes: quoteIds, messageId: interaction.message.id },
        'feedback recorded',
      );
      await interaction.reply({ content: FEEDBACK_THANKS, flags: MessageFlags.Ephemeral });
      return;
    }
    case 'new': {
      await endConversation(
        context.database,
        {
          userId: interaction.user.id,
          channelId: interaction.channelId,
          inThread: inThread(interaction, context),
        },
        action.conversationId,
      );
      context.log.info({ conversation: action.conversationId }, 'conversation ended');
      await interaction.reply({ content: NEW_CONVERSATION, flags: MessageFlags.Ephemeral });
      return;
    }
  }
}

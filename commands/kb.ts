/**
 * /kb — moderators keep the knowledge current from Discord: add, edit, remove and undo Q&A
 * entries, look at them and at the sentence ids answers cite, check and reload the folder, and read the to-do lists (unanswered
 * questions, answers marked not helpful). Hidden from members without Manage Server, and
 * guarded at run time by the moderatorOnly precondition. Every reply is ephemeral.
 */
import {
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandStringOption,
} from 'discord.js';
import type { Command, CommandContext } from '../src/discord/command.ts';
import { addEntry, editEntry, reloadKnowledge, removeEntry, undoChange } from '../src/discord/kb/edits.ts';
import { addSource, listSources, removeSource, sourceChoices } from '../src/discord/kb/sources.ts';
import { suggestEntries, suggestSentences } from '../src/discord/kb/suggest.ts';
import {
  checkFolder,
  listEntries,
  showEntry,
  showFeedback,
  showHistory,
  showSentences,
  showUnanswered,
} from '../src/discord/kb/views.ts';
import { moderatorOnly, withPreconditions } from '../src/discord/preconditions.ts';

const entryId = (required: boolean, what: string) => (option: SlashCommandStringOption) =>
  option.setName('id').setDescription(what).setRequired(required).setMaxLength(100).setAutocomplete(true);

const answer = (required: boolean) => (option: SlashCommandStringOption) =>
  option
    .setName('answer')
    .setDescription(
      'Sentence ids or verbatim quotes, comma-separated, best first, e.g. p4.s1, p4.s2 (type to search)',
    )
    .setRequired(required)
    .setMaxLength(1000)
    .setAutocomplete(true);

const paraphrases = (option: SlashCommandStringOption) =>
  option
    .setName('paraphrases')
    .setDescription('Other ways people ask it, separated by | (edit: - removes them all)')
    .setMaxLength(2000);

const note = (option: SlashCommandStringOption) =>
  option
    .setName('note')
    .setDescription('For moderators only, under 300 characters (edit: - removes it)')
    .setMaxLength(300);

type Handler = (interaction: ChatInputCommandInteraction, context: CommandContext) => Promise<void>;

const HANDLERS: Record<string, Handler> = {
  add: addEntry,
  edit: editEntry,
  remove: removeEntry,
  show: showEntry,
  list: listEntries,
  sentences: showSentences,
  check: checkFolder,
  reload: reloadKnowledge,
  history: showHistory,
  undo: undoChange,
  unanswered: showUnanswered,
  feedback: showFeedback,
  'source add': addSource,
  'source list': listSources,
  'source remove': removeSource,
};

/** Ids for the `id` option: entries being served, or for undo and history the entries changed with /kb. */
async function entryChoices(subcommand: string | null, typed: string, context: CommandContext) {
  const served = context.engines.current.kb.qa;
  if (subcommand !== 'undo' && subcommand !== 'history') return suggestEntries(served, typed);
  const changed = new Map<string, string | undefined>();
  for (const row of await context.database.history(null, 200)) {
    if (!row.entryId || changed.has(row.entryId)) continue;
    const question = row.after?.question ?? row.before?.question;
    changed.set(row.entryId, typeof question === 'string' ? question : undefined);
  }
  // A source's changes are undone with /kb source, not /kb undo.
  const entries = [...changed]
    .filter(([id]) => subcommand !== 'undo' || !id.startsWith('source:'))
    .map(([id, question]) => ({ id, question }));
  return suggestEntries(subcommand === 'undo' ? entries : [...entries, ...served], typed);
}

const kb: Command = {
  data: new SlashCommandBuilder()
    .setName('kb')
    .setDescription('Moderators: edit and check the knowledge the bot answers from')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setDescription('Add a Q&A entry: a question answered by sentences of the article')
        .addStringOption((o) =>
          o
            .setName('question')
            .setDescription('The question, as people ask it')
            .setRequired(true)
            .setMaxLength(300),
        )
        .addStringOption(answer(true))
        .addStringOption(paraphrases)
        .addStringOption((o) =>
          o
            .setName('id')
            .setDescription('Short name with hyphens, e.g. death-toll (default: made from the question)')
            .setMaxLength(60),
        )
        .addStringOption(note),
    )
    .addSubcommand((sub) =>
      sub
        .setName('edit')
        .setDescription('Change fields of an entry; fields left empty stay as they are')
        .addStringOption(entryId(true, 'The entry to change'))
        .addStringOption((o) =>
          o.setName('question').setDescription('The new main question').setMaxLength(300),
        )
        .addStringOption(paraphrases)
        .addStringOption(answer(false))
        .addStringOption(note),
    )
    .addSubcommand((sub) =>
      sub
        .setName('remove')
        .setDescription('Remove an entry (/kb undo puts it back)')
        .addStringOption(entryId(true, 'The entry to remove')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('show')
        .setDescription('An entry with its quotes, as the bot serves it')
        .addStringOption(entryId(true, 'The entry to show')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('list')
        .setDescription('Every entry: id and question')
        .addIntegerOption((o) => o.setName('page').setDescription('Page number').setMinValue(1)),
    )
    .addSubcommand((sub) =>
      sub
        .setName('sentences')
        .setDescription('The sentence ids answers can cite, with their text')
        .addIntegerOption((o) =>
          o.setName('paragraph').setDescription('Only this paragraph (1 is the headline)').setMinValue(1),
        )
        .addStringOption((o) =>
          o
            .setName('search')
            .setDescription('Words of the sentence (the start of each is enough), or an id like p4')
            .setMaxLength(100),
        )
        .addIntegerOption((o) => o.setName('page').setDescription('Page number').setMinValue(1)),
    )
    .addSubcommand((sub) =>
      sub.setName('check').setDescription('Validate the knowledge folder now and say what the bot serves'),
    )
    .addSubcommand((sub) =>
      sub.setName('reload').setDescription('Reload the knowledge folder now (after editing files by hand)'),
    )
    .addSubcommand((sub) =>
      sub
        .setName('history')
        .setDescription('Recent changes made with /kb: who, when, what')
        .addStringOption(entryId(false, 'Only the changes of this entry')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('undo')
        .setDescription('Put an entry back as it was before its latest /kb change')
        .addStringOption(entryId(true, 'The entry whose latest change to undo')),
    )
    .addSubcommand((sub) =>
      sub.setName('unanswered').setDescription('Questions the bot could not answer, most asked first'),
    )
    .addSubcommand((sub) =>
      sub.setName('feedback').setDescription('Answers people marked not helpful, with their quotes'),
    )
    .addSubcommandGroup((group) =>
      group
        .setName('source')
        .setDescription('The sources the bot quotes: the article and the coverage that followed')
        .addSubcommand((sub) =>
          sub
            .setName('add')
            .setDescription('Add a source: a .txt file of the report (UTF-8, at most 200 KB)')
            .addAttachmentOption((o) =>
              o
                .setName('file')
                .setDescription('The report as a .txt file, its headline first')
                .setRequired(true),
            )
            .addStringOption((o) =>
              o
                .setName('publisher')
                .setDescription('Who published it, e.g. Reuters')
                .setRequired(true)
                .setMaxLength(100),
            )
            .addStringOption((o) =>
              o
                .setName('date')
                .setDescription('When it was published, e.g. 2016-09-19 or 19 September 2016')
                .setRequired(true)
                .setMaxLength(40),
            )
            .addStringOption((o) =>
              o.setName('url').setDescription('Its web address (not fetched)').setMaxLength(500),
            )
            .addStringOption((o) =>
              o
                .setName('headline')
                .setDescription('Its headline (default: the first line of the text)')
                .setMaxLength(200),
            )
            .addStringOption((o) =>
              o
                .setName('id')
                .setDescription(
                  'Short id starting its sentence ids, e.g. reuters (default: from the publisher)',
                )
                .setMaxLength(40),
            )
            .addStringOption((o) =>
              o
                .setName('credited-as')
                .setDescription('How its quotes are credited (default: publisher, date)')
                .setMaxLength(100),
            )
            .addStringOption((o) =>
              o.setName('language').setDescription('Its language code (default en)').setMaxLength(20),
            )
            .addStringOption((o) =>
              o
                .setName('publisher-aliases')
                .setDescription(
                  'Other names people type for the publisher, comma-separated, e.g. Deutsche Welle',
                )
                .setMaxLength(300),
            ),
        )
        .addSubcommand((sub) =>
          sub.setName('list').setDescription('Every source, with its date, link and id'),
        )
        .addSubcommand((sub) =>
          sub
            .setName('remove')
            .setDescription('Remove a source (refused while answers cite its sentences)')
            .addStringOption((o) =>
              o
                .setName('id')
                .setDescription('The source to remove')
                .setRequired(true)
                .setMaxLength(40)
                .setAutocomplete(true),
            ),
        ),
    ),

  async execute(interaction, context) {
    const group = interaction.options.getSubcommandGroup(false);
    const subcommand = `${group ? `${group} ` : ''}${interaction.options.getSubcommand(true)}`;
    const handler = HANDLERS[subcommand];
    if (!handler) throw new Error(`/kb ${subcommand} has no handler`);
    await handler(interaction, context);
  },

  async autocomplete(interaction, context) {
    const focused = interaction.options.getFocused(true);
    const subcommand = interaction.options.getSubcommand(false);
    const typed = String(focused.value);
    if (focused.name === 'answer') {
      await interaction.respond(suggestSentences(context.engines.current.kb.passages, typed));
    } else if (focused.name === 'id' && interaction.options.getSubcommandGroup(false) === 'source') {
      await interaction.respond(sourceChoices(context.engines.current.kb.sources, typed));
    } else if (focused.name === 'id') {
      await interaction.respond(await entryChoices(subcommand, typed, context));
    } else {
      await interaction.respond([]);
    }
  },
};

export default withPreconditions(kb, moderatorOnly) satisfies Command;

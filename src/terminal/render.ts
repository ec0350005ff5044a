/**
 * What the terminal chat's commands print, as lines for formatText (src/adapters/text.ts):
 * the banner, /help, /facts, /timeline, /source and /quote.
 */
import { BLANK, line, quoteLines, quotesLines, type TextLine } from '../adapters/text.ts';
import type { ContestedPoint, Quote } from '../engine/answer.ts';
import { keyFacts, quotesBySpeaker, sourceInfo, suggestSpeakers, timeline } from '../engine/browse.ts';
import type { Engine } from '../engine/engine.ts';

const DISCORD_NOTE = 'To run it on Discord, set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see README).';

export const COMMANDS = [
  ['/more', 'more quotes on the last answer'],
  ['/new', 'a new conversation: the next question does not follow on from the last ones'],
  ['/facts', 'the key facts: what, where, when, the toll...'],
  ['/timeline', 'the events in order'],
  ['/quote <speaker>', 'everything one speaker said, e.g. /quote Churkin'],
  ['/source', 'the article quoted'],
  ['/help', 'this help'],
  ['/quit', 'leave (or Ctrl-D)'],
] as const;

function examples(engine: Engine): TextLine[] {
  return engine.defaultSuggestions().map((q) => line(`  ${q}`, undefined, 2));
}

export function banner(engine: Engine): TextLine[] {
  const { headline, source } = sourceInfo(engine);
  return [
    line('Ask me about the 17 September 2016 coalition airstrike near Deir el-Zour.'),
    line(`I answer only with quotes from one article: "${headline}" (${source}).`),
    line(DISCORD_NOTE),
    BLANK,
    line('For example:'),
    ...examples(engine),
    BLANK,
    line('Type a question, or /help.', 'hint'),
  ];
}

export function help(engine: Engine): TextLine[] {
  const width = Math.max(...COMMANDS.map(([c]) => c.length));
  return [
    line(
      'Type a question about the 17 September 2016 airstrike near Deir el-Zour; I answer with ' +
        'sentences quoted word for word from the article, each with who said it.',
    ),
    line(
      'Follow-up questions carry on from the ones before ("and who says 62?", "what did he say ' +
        'after that?"); /new starts afresh.',
    ),
    BLANK,
    line('For example:'),
    ...examples(engine),
    BLANK,
    line('Commands:'),
    // A description wraps under itself, not under the command.
    ...COMMANDS.map(([c, what]) => ({
      spans: [{ text: `  ${c.padEnd(width)}  `, style: 'heading' as const }, { text: what }],
      hang: width + 4,
    })),
  ];
}

/** A sentence already quoted in full higher up in the same reply. */
function quotedAbove(q: Quote): TextLine[] {
  const who = q.speaker ? q.speaker.label : 'the reporter';
  return [
    {
      spans: [
        { text: '  ' },
        { text: 'See above: ', style: 'hint' },
        { text: who, style: 'speaker' },
        { text: ` [${q.id}]`, style: 'meta' },
      ],
      hang: 4,
    },
  ];
}

interface FactGroup {
  labels: string[];
  quotes: Quote[];
  contested: ContestedPoint | null;
}

const sameQuotes = (a: readonly Quote[], b: readonly Quote[]) =>
  a.length === b.length && a.every((q) => b.some((r) => r.id === q.id));

/**
 * The key facts, each sentence quoted once: facts answered by the same sentences share one
 * heading ("Where · When · How long it lasted"), placed where the first of them is in
 * facts.yaml; a sentence that a later fact also needs is referred to, not quoted again.
 */
export function renderFacts(engine: Engine): TextLine[] {
  const facts = keyFacts(engine);
  if (facts.length === 0) return [line('No key facts are curated yet (knowledge/facts.yaml).')];
  const groups: FactGroup[] = [];
  for (const fact of facts) {
    const same = groups.find(
      (g) => sameQuotes(g.quotes, fact.quotes) && (g.contested?.id ?? null) === (fact.contested?.id ?? null),
    );
    if (same) same.labels.push(fact.label);
    else groups.push({ labels: [fact.label], quotes: fact.quotes, contested: fact.contested });
  }
  const quoted = new Set<string>();
  const quoteOnce = (q: Quote) => {
    if (quoted.has(q.id)) return quotedAbove(q);
    quoted.add(q.id);
    return quoteLines(q);
  };
  return groups.flatMap((g, i) => {
    const heading = `${g.labels.join(' · ')}${g.contested ? ' (sources disagree)' : ''}:`;
    return [
      ...(i > 0 ? [BLANK] : []),
      line(heading, 'heading'),
      ...quotesLines(g.quotes, g.contested, quoteOnce),
    ];
  });
}

export function renderTimeline(engine: Engine): TextLine[] {
  const events = timeline(engine);
  if (events.length === 0) return [line('No timeline is curated yet (knowledge/timeline.yaml).')];
  return events.flatMap((e, i) => [
    ...(i > 0 ? [BLANK] : []),
    { spans: [{ text: `${e.when}: `, style: 'heading' as const }, { text: e.label }], hang: 0 },
    ...quotesLines(e.quotes, null),
  ]);
}

export function renderSource(engine: Engine): TextLine[] {
  const s = sourceInfo(engine);
  return [
    line(`"${s.headline}"`, 'heading'),
    line(`${s.publisher}, ${s.date} (quoted as "${s.source}")`),
    line(`${s.sentences} sentences; knowledge version ${s.version}`, 'hint'),
  ];
}

/** `name` is already made printable by the caller. */
export function renderQuotesBy(engine: Engine, name: string, printableName: string): TextLine[] {
  const speakerLines = (speakers: readonly { label: string }[]) =>
    speakers.map((s) => line(`  ${s.label}`, undefined, 4));
  const everyone = () => speakerLines(suggestSpeakers(engine, ''));
  if (!name.trim()) return [line('Whose quotes? For example /quote Churkin. Speakers:'), ...everyone()];
  const found = quotesBySpeaker(engine, name);
  if (!found) {
    const close = suggestSpeakers(engine, name, 5);
    return [
      line(`No speaker called "${printableName}" in the article. Speakers:`),
      ...(close.length > 0 ? speakerLines(close) : everyone()),
    ];
  }
  if (found.quotes.length === 0) return [line(`The article does not quote ${found.speaker.label}.`)];
  return [line(`${found.speaker.label}:`, 'heading'), ...found.quotes.flatMap(quoteLines)];
}

/**
 * The terminal chat `npm start` opens when no DISCORD_TOKEN is set: one question per line,
 * answered with verbatim quotes, plus a few commands (/help, /more, /facts, /timeline,
 * /source, /quote <speaker>, /quit).
 *
 * Interactive (input is a TTY): a banner and a prompt. Piped input: answers only, one block
 * per line, and the promise resolves at the end of input. Nothing here logs to `output`;
 * the only other write is a failure report on stderr.
 */
import { createInterface } from 'node:readline';
import { renderAnswerText, renderQuoteText } from '../adapters/text.ts';
import type { EngineHolder } from '../app/holder.ts';
import type { ContestedPoint, Quote } from '../engine/answer.ts';
import { keyFacts, quotesBySpeaker, sourceInfo, suggestSpeakers, timeline } from '../engine/browse.ts';
import type { Engine } from '../engine/engine.ts';
import { cleanQuestion } from '../text/clean.ts';

export interface TerminalChatOptions {
  engines: EngineHolder;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

const DISCORD_NOTE = 'To run it on Discord, set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see README).';

const COMMANDS = [
  ['/more', 'more quotes on the last answer'],
  ['/facts', 'the key facts: what, where, when, the toll...'],
  ['/timeline', 'the events in order'],
  ['/quote <speaker>', 'everything one speaker said, e.g. /quote Churkin'],
  ['/source', 'the article quoted'],
  ['/help', 'this help'],
  ['/quit', 'leave (or Ctrl-D)'],
] as const;

/** Runs the chat until /quit or the end of input. Never rejects for anything typed. */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive && (output as { isTTY?: boolean }).isTTY === true,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  // Once the reader is gone (`npm start | head` closes the pipe), stop instead of crashing on EPIPE.
  let outputOpen = true;
  const onOutputError = () => {
    outputOpen = false;
    rl.close();
  };
  output.on('error', onOutputError);
  const write = (text: string) => {
    if (outputOpen) output.write(`${text}\n`);
  };
  const chat = new ChatSession(options.engines);
  // Ctrl-C quits like /quit instead of leaving the terminal half-closed.
  rl.on('SIGINT', () => rl.close());
  rl.setPrompt('> ');

  if (interactive) {
    write(banner(options.engines.current));
    rl.prompt();
  }
  try {
    for await (const line of rl) {
      const reply = chat.handle(line);
      if (reply === QUIT) break;
      // A blank line after each reply keeps answers apart, piped or not.
      if (reply !== null) write(`${reply}\n`);
      if (interactive && outputOpen) rl.prompt();
    }
  } finally {
    rl.close();
  }
  if (interactive) write('Bye.');
  // A write can fail after it was queued (a pipe closed by its reader): keep the error
  // handler until everything written has been flushed.
  if (outputOpen) await new Promise<void>((resolve) => output.write('', () => resolve()));
  output.off('error', onOutputError);
}

const QUIT = Symbol('quit');

/** One conversation: remembers the last answer for /more. */
class ChatSession {
  private lastMore: Quote[] = [];

  constructor(private readonly engines: EngineHolder) {}

  /** The reply to one line: text, null for nothing to say, or QUIT. Never throws. */
  handle(line: string): string | null | typeof QUIT {
    // One engine per line, even if the knowledge is reloaded meanwhile.
    const engine = this.engines.current;
    try {
      const text = line.trim();
      if (text === '') return null;
      if (text.startsWith('/')) return this.command(engine, text);
      const answer = engine.answer(text);
      this.lastMore = answer.answered ? answer.more : [];
      return renderAnswerText(answer);
    } catch (error) {
      process.stderr.write(`terminal chat: failed on a line: ${(error as Error)?.stack ?? String(error)}\n`);
      return 'Sorry, something went wrong with that one. Try asking another way, or type /help.';
    }
  }

  private command(engine: Engine, text: string): string | typeof QUIT {
    const [name = '', ...rest] = text.split(/\s+/);
    const arg = rest.join(' ');
    switch (name.toLowerCase()) {
      case '/quit':
      case '/exit':
      case '/q':
        return QUIT;
      case '/help':
      case '/?':
        return help(engine);
      case '/more':
        return this.more();
      case '/facts':
        return renderFacts(engine);
      case '/timeline':
        return renderTimeline(engine);
      case '/source':
        return renderSource(engine);
      case '/quote':
        return renderQuotesBy(engine, arg);
      default:
        return `Unknown command ${printable(name, 30)}. Type /help for the commands.`;
    }
  }

  private more(): string {
    const quotes = this.lastMore;
    this.lastMore = [];
    if (quotes.length === 0) return 'Nothing more to show: ask a question first.';
    return quotes.map(renderQuoteText).join('\n');
  }
}

/** User text made safe to echo: no control characters, bounded length. */
function printable(text: string, max: number): string {
  const clean = cleanQuestion(text).text;
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

function examples(engine: Engine): string[] {
  return engine.defaultSuggestions().map((q) => `  ${q}`);
}

function banner(engine: Engine): string {
  const { headline, source } = sourceInfo(engine);
  return [
    `Ask me about the 17 September 2016 coalition airstrike near Deir el-Zour.`,
    `I answer only with quotes from one article: "${headline}" (${source}).`,
    DISCORD_NOTE,
    '',
    'For example:',
    ...examples(engine),
    '',
    'Type a question, or /help.',
  ].join('\n');
}

function help(engine: Engine): string {
  const width = Math.max(...COMMANDS.map(([c]) => c.length));
  return [
    'Type a question about the 17 September 2016 airstrike near Deir el-Zour; I answer with',
    'sentences quoted word for word from the article, each with who said it.',
    '',
    'For example:',
    ...examples(engine),
    '',
    'Commands:',
    ...COMMANDS.map(([c, what]) => `  ${c.padEnd(width)}  ${what}`),
  ].join('\n');
}

/** Quotes, with the side each one supports when the sources disagree. */
function renderQuotes(quotes: readonly Quote[], contested: ContestedPoint | null): string[] {
  return quotes.flatMap((q) => {
    const side = contested?.sides.find((s) => s.quoteIds.includes(q.id));
    return side ? [`- ${side.label}:`, renderQuoteText(q)] : [renderQuoteText(q)];
  });
}

function renderFacts(engine: Engine): string {
  const facts = keyFacts(engine);
  if (facts.length === 0) return 'No key facts are curated yet (knowledge/facts.yaml).';
  return facts
    .map((f) => {
      const heading = f.contested ? `${f.label} (sources disagree):` : `${f.label}:`;
      return [heading, ...renderQuotes(f.quotes, f.contested)].join('\n');
    })
    .join('\n\n');
}

function renderTimeline(engine: Engine): string {
  const events = timeline(engine);
  if (events.length === 0) return 'No timeline is curated yet (knowledge/timeline.yaml).';
  return events
    .map((e) => [`${e.when}: ${e.label}`, ...renderQuotes(e.quotes, null)].join('\n'))
    .join('\n\n');
}

function renderSource(engine: Engine): string {
  const s = sourceInfo(engine);
  return [
    `"${s.headline}"`,
    `${s.publisher}, ${s.date} (quoted as "${s.source}")`,
    `${s.sentences} sentences; knowledge version ${s.version}`,
  ].join('\n');
}

function renderQuotesBy(engine: Engine, name: string): string {
  const speakers = () =>
    suggestSpeakers(engine, '')
      .map((s) => `  ${s.label}`)
      .join('\n');
  if (!name.trim()) return `Whose quotes? For example /quote Churkin. Speakers:\n${speakers()}`;
  const found = quotesBySpeaker(engine, name);
  if (!found) {
    const close = suggestSpeakers(engine, name, 5);
    const list = close.length > 0 ? close.map((s) => `  ${s.label}`).join('\n') : speakers();
    return `No speaker called "${printable(name, 60)}" in the article. Speakers:\n${list}`;
  }
  if (found.quotes.length === 0) return `The article does not quote ${found.speaker.label}.`;
  return [`${found.speaker.label}:`, ...found.quotes.map(renderQuoteText)].join('\n');
}

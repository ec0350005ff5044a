/**
 * The terminal chat `npm start` opens when no DISCORD_TOKEN is set: one question per line,
 * answered with verbatim quotes, plus a few commands (/help, /more, /new, /facts, /timeline,
 * /source, /quote <speaker>, /quit). The session is one conversation: a follow-up ("and why?")
 * is read in the context of the questions before it, until /new.
 *
 * Interactive (input is a TTY): a banner and a prompt. On a terminal (output a TTY too), the
 * first Ctrl-C clears the line being typed and says how to quit, a second one on an empty
 * line quits, and notices (a knowledge reload) are printed above the prompt, which is redrawn
 * with what was being typed. Piped input: answers only, one block per line, and the promise
 * resolves at the end of input.
 *
 * Everything is wrapped at the output's width (80 when unknown) and coloured on a terminal
 * (see ./output.ts). Nothing here logs to `output`; notices without a prompt to keep, and
 * failure reports, go to `errorOutput`.
 */
import { clearScreenDown, createInterface, cursorTo, type Interface, moveCursor } from 'node:readline';
import { answerLines, formatText, line, paint, quoteLines, type TextLine } from '../adapters/text.ts';
import { TURNS_KEPT } from '../app/conversations.ts';
import type { EngineHolder } from '../app/holder.ts';
import type { Quote } from '../engine/answer.ts';
import { type ConversationTurn, turnOf } from '../engine/conversation.ts';
import type { Engine } from '../engine/engine.ts';
import { cleanQuestion } from '../text/clean.ts';
import { textOptions } from './output.ts';
import { banner, help, renderFacts, renderQuotesBy, renderSource, renderTimeline } from './render.ts';

export interface TerminalChatOptions {
  engines: EngineHolder;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Notices when no prompt is drawn, and failure reports. Default: stderr. */
  errorOutput?: NodeJS.WritableStream;
  /** For NO_COLOR, FORCE_COLOR and TERM. Default: process.env. */
  env?: NodeJS.ProcessEnv;
}

const PROMPT = '> ';
const HOW_TO_QUIT = '(To quit, press Ctrl-C again or Ctrl-D, or type /quit.)';

/** Runs the chat until /quit or the end of input. Never rejects for anything typed. */
export function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  return new TerminalChat(options).run();
}

export class TerminalChat {
  private readonly input: NodeJS.ReadableStream;
  private readonly output: NodeJS.WritableStream;
  private readonly errorOutput: NodeJS.WritableStream;
  private readonly env: NodeJS.ProcessEnv;
  private readonly session: ChatSession;
  /** Set while run() reads lines on a terminal: the prompt notices are printed above. */
  private prompt: Interface | null = null;
  private outputOpen = true;
  /** A Ctrl-C was pressed since the last line: the next one on an empty line quits. */
  private quitArmed = false;

  constructor(options: TerminalChatOptions) {
    this.input = options.input ?? process.stdin;
    this.output = options.output ?? process.stdout;
    this.errorOutput = options.errorOutput ?? process.stderr;
    this.env = options.env ?? process.env;
    this.session = new ChatSession(options.engines);
  }

  /**
   * Prints a message (a knowledge reload) without disturbing the prompt: on a terminal, above
   * the prompt, which is redrawn with the half-typed line and the cursor where they were;
   * otherwise on errorOutput, so piped answers stay answers only.
   */
  notify(lines: readonly TextLine[]): void {
    const rl = this.prompt;
    if (!rl || !this.outputOpen) {
      this.errorOutput.write(`${formatText(lines, textOptions(this.errorOutput, this.env))}\n`);
      return;
    }
    const { output } = this;
    // Back to the first row of the prompt (a long line can wrap onto several) and clear it all.
    const { rows } = rl.getCursorPos();
    moveCursor(output, 0, -rows);
    cursorTo(output, 0);
    clearScreenDown(output);
    // readline redraws the prompt from `rows` rows below the cursor, where it thinks the prompt
    // starts: leave that many rows after the message for it to go up and clear.
    output.write(`${formatText(lines, this.format())}\n${'\n'.repeat(rows)}`);
    rl.prompt(true);
  }

  async run(): Promise<void> {
    const { input, output } = this;
    const interactive = (input as { isTTY?: boolean }).isTTY === true;
    const terminal = interactive && (output as { isTTY?: boolean }).isTTY === true;
    const rl = createInterface({
      input,
      output: interactive ? output : undefined,
      terminal,
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    // Once the reader is gone (`npm start | head` closes the pipe), stop instead of crashing on EPIPE.
    const onOutputError = () => {
      this.outputOpen = false;
      rl.close();
    };
    output.on('error', onOutputError);
    const write = (text: string) => {
      if (this.outputOpen) output.write(`${text}\n`);
    };
    if (terminal) rl.on('SIGINT', () => this.interrupt(rl));
    rl.on('close', () => {
      this.prompt = null;
    });
    rl.setPrompt(paint(PROMPT, 'prompt', this.format().color));

    // Whether the prompt is on screen with the cursor after it (not at the start of a row).
    let atPrompt = false;
    if (interactive) {
      write(formatText(banner(this.session.engines.current), this.format()));
      rl.prompt();
      atPrompt = true;
      if (terminal) this.prompt = rl;
    }
    try {
      for await (const typed of rl) {
        atPrompt = false;
        this.quitArmed = false;
        const reply = this.session.handle(typed);
        if (reply === QUIT) break;
        // A blank line after each reply keeps answers apart, piped or not.
        if (reply !== null) write(`${formatText(reply, this.format())}\n`);
        if (interactive && this.outputOpen) {
          rl.prompt();
          atPrompt = true;
        }
      }
    } finally {
      this.prompt = null;
      rl.close();
    }
    if (interactive) write(`${atPrompt && terminal ? '\n' : ''}Bye.`);
    // A write can fail after it was queued (a pipe closed by its reader): keep the error
    // handler until everything written has been flushed.
    if (this.outputOpen) await new Promise<void>((resolve) => output.write('', () => resolve()));
    output.off('error', onOutputError);
  }

  private format() {
    return textOptions(this.output, this.env);
  }

  /** Ctrl-C: clears the line being typed and says how to quit; again on an empty line, quits. */
  private interrupt(rl: Interface): void {
    if (rl.line === '' && this.quitArmed) {
      rl.close();
      return;
    }
    if (rl.line !== '') {
      // As if typed: Ctrl-E (to the end of the line), Ctrl-U (delete everything before the cursor).
      rl.write('', { ctrl: true, name: 'e' });
      rl.write('', { ctrl: true, name: 'u' });
    }
    this.quitArmed = true;
    this.notify([line(HOW_TO_QUIT, 'hint')]);
  }
}

const QUIT = Symbol('quit');

/** One conversation: its last turns (for follow-ups) and the last answer (for /more). */
class ChatSession {
  private lastMore: Quote[] = [];
  private turns: ConversationTurn[] = [];

  constructor(readonly engines: EngineHolder) {}

  /** The reply to one line: lines, null for nothing to say, or QUIT. Never throws. */
  handle(typed: string): TextLine[] | null | typeof QUIT {
    // One engine per line, even if the knowledge is reloaded meanwhile.
    const engine = this.engines.current;
    try {
      const text = typed.trim();
      if (text === '') return null;
      if (text.startsWith('/')) return this.command(engine, text);
      const answer = engine.answer(text, this.turns);
      this.turns = [...this.turns, turnOf(answer)].slice(-TURNS_KEPT);
      this.lastMore = answer.answered ? answer.more : [];
      return answerLines(answer);
    } catch (error) {
      process.stderr.write(`terminal chat: failed on a line: ${(error as Error)?.stack ?? String(error)}\n`);
      return [line('Sorry, something went wrong with that one. Try asking another way, or type /help.')];
    }
  }

  private command(engine: Engine, text: string): TextLine[] | typeof QUIT {
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
      case '/new':
        this.turns = [];
        this.lastMore = [];
        return [line('New conversation: the next question starts afresh.')];
      case '/facts':
        return renderFacts(engine);
      case '/timeline':
        return renderTimeline(engine);
      case '/source':
        return renderSource(engine);
      case '/quote':
        return renderQuotesBy(engine, arg, printable(arg, 60));
      default:
        return [line(`Unknown command ${printable(name, 30)}. Type /help for the commands.`)];
    }
  }

  private more(): TextLine[] {
    const quotes = this.lastMore;
    this.lastMore = [];
    if (quotes.length === 0) return [line('Nothing more to show: ask a question first.')];
    return quotes.flatMap(quoteLines);
  }
}

/** User text made safe to echo: no control characters, bounded length. */
function printable(text: string, max: number): string {
  const clean = cleanQuestion(text).text;
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

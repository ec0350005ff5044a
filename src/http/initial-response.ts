/**
 * For an interaction received by webhook, the initial response (reply, deferral, autocomplete
 * choices, message update) is the body of the HTTP response to Discord's request; follow-ups and
 * edits go to the interaction's webhook over REST as usual (Discord's docs, "Receiving and
 * Responding"). The command handlers are the gateway bot's: they call discord.js's
 * `interaction.reply()` and friends, which POST that initial response to
 * /interactions/{id}/{token}/callback. This REST hook (`rest.makeRequest`) catches exactly that
 * request and hands its body to the HTTP request waiting for it; every other request (editReply,
 * followUp) goes to DISCORD_API_URL unchanged.
 *
 * The map below only lives for one HTTP request, in the instance that received it: nothing in it
 * is needed by another instance behind the load balancer.
 */
import { DefaultRestOptions, type RESTOptions, type ResponseLike } from 'discord.js';

type MakeRequest = RESTOptions['makeRequest'];

/** The initial response, as discord.js serialised it (JSON). */
export type InitialResponseBody = string;

const CALLBACK = /\/interactions\/(\d{15,25})\/[^/]+\/callback$/;

interface Waiter {
  resolve(body: InitialResponseBody): void;
  /** Resolves once the HTTP response is written: the handler continues only after that. */
  written: Promise<void>;
}

export interface PendingResponse {
  /** Resolves with the body of the handler's initial response. */
  body: Promise<InitialResponseBody>;
  /** Tells the handler its response was sent to Discord (call after the HTTP response is written). */
  written(): void;
  /** Stops waiting: a later initial response gets Discord's "Unknown interaction". */
  cancel(): void;
}

/** What Discord answers to a callback for an interaction that was not answered in time. */
function unknownInteraction(): ResponseLike {
  return new Response(JSON.stringify({ message: 'Unknown interaction', code: 10062 }), {
    status: 404,
    headers: { 'Content-Type': 'application/json' },
  });
}

export class InitialResponses {
  private readonly waiting = new Map<string, Waiter>();

  constructor(private readonly send: MakeRequest = DefaultRestOptions.makeRequest) {}

  /** Waits for the initial response to interaction `id`. */
  expect(id: string): PendingResponse {
    let resolveBody!: (body: InitialResponseBody) => void;
    let markWritten!: () => void;
    const body = new Promise<InitialResponseBody>((resolve) => {
      resolveBody = resolve;
    });
    const written = new Promise<void>((resolve) => {
      markWritten = resolve;
    });
    this.waiting.set(id, { resolve: resolveBody, written });
    return {
      body,
      written: markWritten,
      cancel: () => {
        this.waiting.delete(id);
        markWritten();
      },
    };
  }

  /** The REST client's `makeRequest`: callbacks are caught, everything else is sent. */
  readonly makeRequest: MakeRequest = async (url, init) => {
    const id = CALLBACK.exec(new URL(url).pathname)?.[1];
    if (id === undefined) return this.send(url, init);
    const waiter = this.waiting.get(id);
    if (!waiter) return unknownInteraction();
    if (new URL(url).searchParams.get('with_response') === 'true') {
      // Discord creates the message only after reading the HTTP response, so there is nothing to return.
      throw new Error('withResponse is not available for interactions received over HTTP');
    }
    if (typeof init.body !== 'string') {
      throw new Error(
        'the initial response to an HTTP interaction cannot carry files; send them in a follow-up',
      );
    }
    this.waiting.delete(id);
    waiter.resolve(init.body);
    await waiter.written;
    return new Response(null, { status: 204 });
  };
}

/**
 * Interactions sent to an Interactions Endpoint URL (over HTTP) instead of the gateway: the
 * endpoint's HTTP response is the initial response, and the interaction's webhook waits for it.
 */
import type { APIInteraction } from 'discord.js';
import { type CallLog, summarizeCall } from './calls.ts';
import type { InteractionResponses } from './interactions.ts';
import { apiError, type RestRequest } from './responses.ts';
import type { FakeState } from './state.ts';
import type { RecordedCall } from './types.ts';

export class InteractionsEndpoint {
  /** Interactions whose HTTP response has not come back yet, by token. */
  private readonly awaitingHttpResponse = new Map<string, { done: Promise<void>; resolve: () => void }>();

  constructor(
    private readonly state: FakeState,
    private readonly responses: InteractionResponses,
    private readonly calls: CallLog,
    private readonly log: (line: string) => void,
  ) {}

  /** Registers an interaction sent to the endpoint (see FakeDiscord.httpInteraction). */
  interaction<T extends APIInteraction>(payload: T): T {
    this.state.registerInteraction(payload);
    if (!this.awaitingHttpResponse.has(payload.token)) {
      let resolve!: () => void;
      const done = new Promise<void>((r) => {
        resolve = r;
      });
      this.awaitingHttpResponse.set(payload.token, { done, resolve });
    }
    return payload;
  }

  /** Applies the endpoint's HTTP response (see FakeDiscord.applyHttpResponse). */
  applyResponse(payload: APIInteraction, status: number, body: unknown): RecordedCall {
    const path = `/interactions/${payload.id}/${payload.token}/callback`;
    const request: RestRequest = { method: 'POST', path, query: {}, body, files: [], headers: {} };
    const result =
      status === 200
        ? this.responses.callback(request, { id: payload.id, token: payload.token })
        : apiError(502, 0, `the interactions endpoint answered ${status}`);
    const call: RecordedCall = {
      method: 'POST',
      path,
      query: {},
      body,
      headers: {},
      files: [],
      status: result.status,
      response: result.body,
      url: 'interactions-endpoint-response',
      at: Date.now(),
    };
    this.calls.record(call);
    this.log(`HTTP endpoint response ${summarizeCall(call)}`);
    this.calls.settle(call);
    result.after?.();
    this.awaitingHttpResponse.get(payload.token)?.resolve();
    this.awaitingHttpResponse.delete(payload.token);
    return call;
  }

  /** Settles once the endpoint's response to this interaction is applied; undefined when none is awaited. */
  pending(token: string): Promise<void> | undefined {
    return this.awaitingHttpResponse.get(token)?.done;
  }
}

/**
 * The fake's REST API over HTTP: reads a request (JSON or multipart with files), routes it,
 * records the call with the answer, writes the response, then runs what follows it (gateway echoes).
 */
import type http from 'node:http';
import { type CallLog, decodePath, summarizeCall, WAIT_DEFAULT_MS } from './calls.ts';
import type { InteractionsEndpoint } from './endpoint.ts';
import type { Json } from './json.ts';
import { apiError, type RestRequest, type RestResult, type Route } from './responses.ts';
import type { RecordedCall, RecordedFile } from './types.ts';

export class FakeRest {
  constructor(
    server: http.Server,
    /** `http://127.0.0.1:PORT/api`. */
    private readonly apiUrl: string,
    /** When set, routes that need it check `Authorization: Bot <token>`. */
    private readonly token: string | undefined,
    private readonly routes: Route[],
    private readonly calls: CallLog,
    private readonly endpoint: Pick<InteractionsEndpoint, 'pending'>,
    private readonly log: (line: string) => void,
    /** Files served outside the API, as Discord's CDN serves attachments (see FakeDiscord.attachment). */
    private readonly cdn: (path: string) => RestResult | null = () => null,
    /** While it returns a promise, a POST is recorded and settled, and answered once it resolves. */
    private readonly held: () => Promise<void> | null = () => null,
  ) {
    server.on('request', (req, res) => {
      this.handleHttp(req, res).catch((error: unknown) => {
        this.log(`REST handler crashed: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: String(error), code: 0 }));
      });
    });
  }

  private async handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.apiUrl);
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const prefix = /^\/api(?:\/v\d+)?(?=\/|$)/.exec(url.pathname);
    // Recorded as sent, i.e. as discord.js's Routes.* spell it (they percent-encode arguments, so
    // '@original' arrives as '%40original'); routing and matchers also accept the decoded form.
    const path = prefix ? url.pathname.slice(prefix[0].length) || '/' : url.pathname;
    const query = Object.fromEntries(url.searchParams);

    let body: unknown;
    let files: RecordedFile[] = [];
    let result: RestResult | null = null;
    try {
      ({ body, files } = await parseBody(raw, headers['content-type'] ?? ''));
    } catch (error) {
      body = raw.toString('utf8');
      result = apiError(400, 50109, `The request body contains invalid JSON. (${String(error)})`);
    }
    const request: RestRequest = { method, path, query, body, files, headers };
    const webhookToken = /^\/webhooks\/[^/]+\/([^/]+)/.exec(path)?.[1];
    const pending = webhookToken ? this.endpoint.pending(decodeURIComponent(webhookToken)) : undefined;
    if (pending) await Promise.race([pending, new Promise((r) => setTimeout(r, WAIT_DEFAULT_MS).unref())]);
    if (!result) {
      try {
        result = prefix
          ? this.route(request)
          : method === 'GET'
            ? (this.cdn(url.pathname) ?? apiError(404, 0, 'Unknown'))
            : apiError(404, 0, 'Unknown');
      } catch (error) {
        result = apiError(
          500,
          0,
          `fake-discord crashed: ${error instanceof Error ? error.stack : String(error)}`,
        );
      }
    }

    const call: RecordedCall = {
      method,
      path,
      query,
      body,
      headers,
      files,
      status: result.status,
      response: result.body,
      url: req.url ?? '/',
      at: Date.now(),
    };
    this.calls.record(call);
    this.log(`REST ${summarizeCall(call)}`);
    // Held (FakeDiscord.holdResponses): the call is seen, its sender still waits for the answer.
    const hold = method === 'POST' ? this.held() : null;
    if (hold) {
      this.calls.settle(call);
      await hold;
    }

    if (result.raw) {
      res.writeHead(result.status, {
        'Content-Type': result.raw.contentType,
        'Content-Length': result.raw.data.length,
      });
      res.end(result.raw.data);
    } else if (result.body === undefined) {
      res.writeHead(result.status);
      res.end();
    } else {
      const text = JSON.stringify(result.body);
      res.writeHead(result.status, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(text),
      });
      res.end(text);
    }
    if (!hold) this.calls.settle(call);
    result.after?.();
  }

  private route(req: RestRequest): RestResult {
    let methodMismatch = false;
    const path = decodePath(req.path);
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      if (route.method !== req.method) {
        methodMismatch = true;
        continue;
      }
      if (route.auth && this.token !== undefined && req.headers.authorization !== `Bot ${this.token}`) {
        return apiError(401, 0, '401: Unauthorized');
      }
      return route.handle(req, m.groups ?? {});
    }
    return methodMismatch ? apiError(405, 0, '405: Method Not Allowed') : apiError(404, 0, 'Unknown');
  }
}

/** Parses a JSON or multipart (payload_json + files) request body. */
async function parseBody(
  raw: Buffer,
  contentType: string,
): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: RecordedFile[] = [];
    const fields: Json = {};
    let body: unknown;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
        else fields[field] = value;
      } else {
        const data = Buffer.from(await value.arrayBuffer());
        files.push({ field, name: value.name, contentType: value.type, size: data.length, data });
      }
    }
    return { body: body ?? (Object.keys(fields).length ? fields : undefined), files };
  }
  const text = raw.toString('utf8');
  if (contentType.startsWith('application/json')) return { body: JSON.parse(text), files: [] };
  return { body: text, files: [] };
}

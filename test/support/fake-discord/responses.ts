/** What a REST route receives and returns, and Discord's error bodies. */
import type { Json } from './json.ts';
import type { RecordedFile } from './types.ts';

export interface RestRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  files: RecordedFile[];
  headers: Record<string, string>;
}

export interface RestResult {
  status: number;
  /** undefined → no body and no Content-Type. */
  body?: unknown;
  /** Bytes sent as they are (an attachment from the CDN), instead of `body` as JSON. */
  raw?: { contentType: string; data: Buffer };
  /** Runs after the response was written (gateway echoes). */
  after?: () => void;
}

export interface Route {
  method: string;
  pattern: RegExp;
  auth: boolean;
  handle: (req: RestRequest, params: Record<string, string>) => RestResult;
}

export function json(status: number, body: unknown, after?: () => void): RestResult {
  return { status, body, after };
}

export function noContent(after?: () => void): RestResult {
  return { status: 204, after };
}

export function apiError(status: number, code: number, message: string, errors?: Json): RestResult {
  return { status, body: errors ? { message, code, errors } : { message, code } };
}

export function formError(errors: Json): RestResult {
  return apiError(400, 50035, 'Invalid Form Body', errors);
}

/** Builds Discord's nested `errors` object: `fieldError(['data', 'content'], 'BASE_TYPE_MAX_LENGTH', '...')`. */
export function fieldError(path: ReadonlyArray<string>, code: string, message: string): Json {
  let node: Json = { _errors: [{ code, message }] };
  for (const key of [...path].reverse()) node = { [key]: node };
  return node;
}

import type { z } from 'zod';
import { ErrorResponseSchema } from '../../contracts/common';

export interface ApiErrorDetail {
  path: string;
  message: string;
}

/**
 * Every failed call becomes an ApiError. `code` is the server's error code, or one of ours:
 * NETWORK (no answer), HTTP_ERROR (an answer without the error envelope), INVALID_RESPONSE (the
 * answer did not match the contract).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ApiErrorDetail[];

  constructor(status: number, code: string, message: string, details: ApiErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | undefined | null>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

interface SessionBinding {
  getCsrfToken(): string | null;
  /** Fetches a fresh session; called once when the server rejects our CSRF token. */
  refresh(): Promise<unknown>;
}

const STATE_CHANGING = new Set<Method>(['POST', 'PATCH', 'DELETE']);
let session: SessionBinding = { getCsrfToken: () => null, refresh: async () => undefined };

function buildUrl(path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function send(
  method: Method,
  path: string,
  options: RequestOptions,
  isRetry = false,
): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // Fastify rejects an empty body sent as JSON, so the content type goes only with a body.
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const csrfToken = STATE_CHANGING.has(method) ? session.getCsrfToken() : null;
  if (csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (e) {
    if (options.signal?.aborted) throw e;
    throw new ApiError(0, 'NETWORK', 'The server could not be reached');
  }

  const text = await response.text();
  const json = text ? readJson(text) : undefined;
  if (response.ok) return json;

  const envelope = ErrorResponseSchema.safeParse(json);
  const error = envelope.success
    ? new ApiError(
        response.status,
        envelope.data.error.code,
        envelope.data.error.message,
        envelope.data.error.details,
      )
    : new ApiError(response.status, 'HTTP_ERROR', `HTTP ${response.status}`);
  // The session may have been renewed in another tab (a new login rotates the token): fetch the
  // current token and try once more rather than failing the user's action.
  if (error.code === 'CSRF_FAILED' && !isRetry) {
    await session.refresh();
    return send(method, path, options, true);
  }
  throw error;
}

function parseWith<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    // A contract mismatch is a bug between server and client: keep the evidence for developers.
    console.error('Lightpath: response does not match the contract', result.error.issues);
    throw new ApiError(0, 'INVALID_RESPONSE', 'Unexpected response from the server');
  }
  return result.data;
}

/** The one way the web app talks to the API: JSON in, responses parsed with the contract schemas. */
export const apiClient = {
  async get<S extends z.ZodType>(
    path: string,
    schema: S,
    options: { query?: Query; signal?: AbortSignal } = {},
  ) {
    return parseWith(schema, await send('GET', path, options));
  },
  async post<S extends z.ZodType>(path: string, schema: S, body?: unknown) {
    return parseWith(schema, await send('POST', path, { body }));
  },
  async patch<S extends z.ZodType>(path: string, schema: S, body: unknown) {
    return parseWith(schema, await send('PATCH', path, { body }));
  },
  async delete<S extends z.ZodType>(path: string, schema: S) {
    return parseWith(schema, await send('DELETE', path, {}));
  },
  /** The session store provides the CSRF token sent with every state-changing request. */
  bindSession(binding: SessionBinding): void {
    session = binding;
  },
};

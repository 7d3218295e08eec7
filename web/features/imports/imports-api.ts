import { OkSchema } from '../../../contracts/common';
import { ImportPreviewSchema, type ImportMapping, type ImportPreview } from '../../../contracts/imports';
import { ApiError, apiClient } from '../../lib/api';
import { sessionStore } from '../session/session-store';
import { ErrorResponseSchema } from '../../../contracts/common';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function isSpreadsheetName(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name);
}

/**
 * The upload sends the file itself as the request body (the import API's contract), which the JSON
 * client does not do: the same CSRF header and error envelope, by hand.
 */
async function upload(file: File, isRetry = false): Promise<unknown> {
  const { csrfToken } = await sessionStore.ensure();
  let response: Response;
  try {
    response = await fetch(`/api/v1/imports?${new URLSearchParams({ filename: file.name })}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'content-type': /\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'text/csv',
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
      },
      body: file,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server could not be reached');
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    json = undefined;
  }
  if (response.ok) return json;
  const envelope = ErrorResponseSchema.safeParse(json);
  if (!envelope.success) throw new ApiError(response.status, 'HTTP_ERROR', `HTTP ${response.status}`);
  const { code, message, details } = envelope.data.error;
  if (code === 'CSRF_FAILED' && !isRetry) {
    await sessionStore.refresh();
    return upload(file, true);
  }
  throw new ApiError(response.status, code, message, details);
}

const path = (id: string) => `/imports/${encodeURIComponent(id)}`;

/**
 * The answer of the last upload or commit, handed once to the page that shows it: the server
 * validates every row (and looks for duplicates) on each read, so the page does not ask again for
 * what it was just told.
 */
const justAnswered = new Map<string, ImportPreview>();

function remember(preview: ImportPreview): ImportPreview {
  justAnswered.clear();
  justAnswered.set(preview.id, preview);
  return preview;
}

export const importsApi = {
  async stage(file: File) {
    const result = ImportPreviewSchema.safeParse(await upload(file));
    if (!result.success) throw new ApiError(0, 'INVALID_RESPONSE', 'Unexpected response from the server');
    return remember(result.data);
  },
  /** The import as last answered by an upload or commit of this page, else as the server has it now. */
  async get(id: string) {
    const known = justAnswered.get(id);
    justAnswered.delete(id);
    return known ?? apiClient.get(path(id), ImportPreviewSchema);
  },
  preview: (id: string, mapping: ImportMapping) =>
    apiClient.post(`${path(id)}/preview`, ImportPreviewSchema, { mapping }),
  commit: async (id: string, mapping: ImportMapping) =>
    remember(await apiClient.post(`${path(id)}/commit`, ImportPreviewSchema, { mapping })),
  cancel: (id: string) => apiClient.delete(path(id), OkSchema),
};

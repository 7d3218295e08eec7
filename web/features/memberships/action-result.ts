import { failureFromError, type FormFailure } from '../../lib/forms';

/** What the pages' multi-purpose actions return: which form posted, and how it went. */
export type IntentResult = { ok: true; intent: string } | (FormFailure & { intent: string });

export async function runIntent(intent: string, work: () => Promise<unknown>): Promise<IntentResult> {
  try {
    await work();
    return { ok: true, intent };
  } catch (error) {
    return { ...failureFromError(error), intent };
  }
}

export function isIntentResult(value: unknown): value is IntentResult {
  return typeof value === 'object' && value !== null && 'intent' in value && 'ok' in value;
}

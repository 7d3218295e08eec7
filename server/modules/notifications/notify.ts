import type { DbOrTx } from '../../db/client';
import type { Deps } from '../../deps';

/**
 * What any feature hands to the notifications module. The message is given in both languages; the
 * recipient's locale picks one. `link` is a path inside the web app (e.g. /partner-requests/<id>).
 */
export interface NotificationInput {
  userId: string;
  /** A stable kind, e.g. 'partner_request.interest', 'partner_request.expiring', 'message.new'. */
  kind: string;
  title: { en: string; fr: string };
  body: { en: string; fr: string };
  link: string;
  /** Same key for the same user → stored once (e.g. `reminder:<requestId>`). */
  dedupeKey?: string;
}

/**
 * Records in-app notifications and schedules their e-mails (immediately or in the user's daily or
 * weekly digest) in the caller's transaction, so a rolled-back write notifies nobody.
 * CONTRACT STUB: the notifications module replaces this body; callers rely only on the signature.
 */
export async function notify(_deps: Deps, _tx: DbOrTx, _inputs: NotificationInput[]): Promise<void> {
  // Implemented by the notifications module (server/modules/notifications).
}

import { auditLog } from '../db/schema';
import type { DbOrTx } from '../db/client';
import type { MaybeActor } from '../modules/auth/actor';

/** Written in the same transaction as the change it records. */
export async function recordAudit(
  tx: DbOrTx,
  actor: MaybeActor,
  action: string,
  subjectType: string,
  subjectId: string,
  data: Record<string, unknown>,
): Promise<void> {
  await tx.insert(auditLog).values({ actorUserId: actor?.userId ?? null, action, subjectType, subjectId, data });
}

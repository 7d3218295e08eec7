import { eq, notExists } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { b2bSessions, b2bSettings, eventSessions } from '../schema';

/**
 * Opens B2B matchmaking on the demo events: each programme slot of kind "B2B meetings" becomes a B2B
 * session of 20-minute meetings, at most 8 per person, so a visitor who registers can try it at once.
 */
export async function seedDemoB2b(tx: DbOrTx): Promise<void> {
  const slots = await tx
    .select({ eventId: eventSessions.eventId, startsAt: eventSessions.startsAt, endsAt: eventSessions.endsAt })
    .from(eventSessions)
    .where(eq(eventSessions.kind, 'b2b_session'));
  const fresh = await tx
    .select({ eventId: eventSessions.eventId })
    .from(eventSessions)
    .where(notExists(tx.select({ id: b2bSessions.id }).from(b2bSessions).where(eq(b2bSessions.eventId, eventSessions.eventId))));
  const open = new Set(fresh.map((r) => r.eventId));
  for (const slot of slots) {
    if (!open.has(slot.eventId)) continue;
    await tx.insert(b2bSettings).values({ eventId: slot.eventId, meetingMinutes: 20, tables: 12, meetingCap: 8 }).onConflictDoNothing();
    await tx.insert(b2bSessions).values({ eventId: slot.eventId, name: 'afternoon', nameFr: 'après-midi', startsAt: slot.startsAt, endsAt: slot.endsAt });
  }
}

import type { Assignment, Instance } from './types';

/**
 * Index-based view of a validated instance. The search works on dense integer ids and typed arrays
 * because string-keyed maps dominate the cost of millions of move evaluations.
 */
export interface Model {
  readonly instance: Instance;
  readonly slots: number;
  readonly tables: number;
  readonly participantIds: readonly string[];
  readonly meetingIds: readonly string[];
  readonly sessionStart: Int32Array;
  readonly sessionEnd: Int32Array;
  /** Session index of each slot, -1 for slots outside every session. */
  readonly sessionOf: Int32Array;
  /** Participants of each meeting. */
  readonly parts: readonly Int32Array[];
  /** Meetings of each participant. */
  readonly meetingsOf: readonly Int32Array[];
  /** `unavailable[p * slots + s]` is 1 when participant p cannot meet in slot s. */
  readonly unavailable: Uint8Array;
  /** Session slots where every participant of the meeting is available, ascending. */
  readonly allowed: readonly Int32Array[];
  /** Locked slot per meeting, -1 when free to move. */
  readonly lockedSlot: Int32Array;
  readonly lockedTable: Int32Array;
}

function fail(message: string): never {
  throw new RangeError(message);
}

function checkInteger(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(`${what} must be an integer in [${min}, ${max}], got ${String(value)}`);
  }
  return value;
}

function indexIds(items: readonly { id: string }[], kind: string): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (typeof item.id !== 'string' || item.id === '') fail(`${kind} #${i} has no id`);
    if (index.has(item.id)) fail(`duplicate ${kind} id "${item.id}"`);
    index.set(item.id, i);
  });
  return index;
}

/** Validates the instance (RangeError with a precise message on the first problem) and indexes it. */
export function compile(instance: Instance): Model {
  const slots = checkInteger(instance.slots, 'slots', 1, 100_000);
  const tables = checkInteger(instance.tables, 'tables', 1, 1_000_000);

  const sessionOf = new Int32Array(slots).fill(-1);
  const sessionStart = new Int32Array(instance.sessions.length);
  const sessionEnd = new Int32Array(instance.sessions.length);
  instance.sessions.forEach((session, k) => {
    const start = checkInteger(session[0], `session #${k} start`, 0, slots - 1);
    const end = checkInteger(session[1], `session #${k} end`, start, slots - 1);
    for (let s = start; s <= end; s++) {
      if (sessionOf[s] !== -1) fail(`sessions #${sessionOf[s]} and #${k} overlap at slot ${s}`);
      sessionOf[s] = k;
    }
    sessionStart[k] = start;
    sessionEnd[k] = end;
  });

  const participantIndex = indexIds(instance.participants, 'participant');
  const meetingIndex = indexIds(instance.meetings, 'meeting');
  const P = instance.participants.length;
  const unavailable = new Uint8Array(P * slots);
  instance.participants.forEach((participant, p) => {
    for (const s of participant.unavailable ?? []) {
      checkInteger(s, `unavailable slot of participant "${participant.id}"`, 0, slots - 1);
      unavailable[p * slots + s] = 1;
    }
  });

  const degree = new Int32Array(P);
  const parts = instance.meetings.map((meeting) => {
    if (!Array.isArray(meeting.participants) || meeting.participants.length < 2) {
      fail(`meeting "${meeting.id}" needs at least 2 participants`);
    }
    const ids = new Int32Array(meeting.participants.length);
    meeting.participants.forEach((pid, i) => {
      const p = participantIndex.get(pid);
      if (p === undefined) fail(`meeting "${meeting.id}" has unknown participant "${pid}"`);
      if (ids.subarray(0, i).includes(p)) fail(`meeting "${meeting.id}" lists participant "${pid}" twice`);
      ids[i] = p;
      degree[p]!++;
    });
    return ids;
  });

  const meetingsOf = Array.from({ length: P }, (_, p) => new Int32Array(degree[p]!));
  const fill = new Int32Array(P);
  parts.forEach((ps, m) => {
    for (const p of ps) meetingsOf[p]![fill[p]!++] = m;
  });

  const allowed = parts.map((ps) => {
    const list: number[] = [];
    for (let s = 0; s < slots; s++) {
      if (sessionOf[s]! >= 0 && ps.every((p) => unavailable[p * slots + s] === 0)) list.push(s);
    }
    return Int32Array.from(list);
  });

  const M = instance.meetings.length;
  const lockedSlot = new Int32Array(M).fill(-1);
  const lockedTable = new Int32Array(M).fill(-1);
  const cellOwner = new Map<number, string>();
  const participantBusy = new Map<number, string>();
  for (const lock of instance.locked ?? []) {
    const m = meetingIndex.get(lock.meeting);
    if (m === undefined) fail(`locked entry refers to unknown meeting "${lock.meeting}"`);
    if (lockedSlot[m] !== -1) fail(`meeting "${lock.meeting}" is locked twice`);
    const slot = checkInteger(lock.slot, `locked slot of meeting "${lock.meeting}"`, 0, slots - 1);
    const table = checkInteger(lock.table, `locked table of meeting "${lock.meeting}"`, 0, tables - 1);
    if (sessionOf[slot] === -1)
      fail(`meeting "${lock.meeting}" is locked to slot ${slot}, which is in no session`);
    const cell = slot * tables + table;
    const other = cellOwner.get(cell);
    if (other !== undefined)
      fail(`meetings "${other}" and "${lock.meeting}" are both locked to slot ${slot}, table ${table}`);
    cellOwner.set(cell, lock.meeting);
    for (const p of parts[m]!) {
      const pid = instance.participants[p]!.id;
      if (unavailable[p * slots + slot])
        fail(`meeting "${lock.meeting}" is locked to slot ${slot}, where "${pid}" is unavailable`);
      const clash = participantBusy.get(p * slots + slot);
      if (clash !== undefined)
        fail(`locked meetings "${clash}" and "${lock.meeting}" both need "${pid}" in slot ${slot}`);
      participantBusy.set(p * slots + slot, lock.meeting);
    }
    lockedSlot[m] = slot;
    lockedTable[m] = table;
  }

  return {
    instance,
    slots,
    tables,
    participantIds: instance.participants.map((p) => p.id),
    meetingIds: instance.meetings.map((m) => m.id),
    sessionStart,
    sessionEnd,
    sessionOf,
    parts,
    meetingsOf,
    unavailable,
    allowed,
    lockedSlot,
    lockedTable,
  };
}

/** Throws RangeError describing the first problem of an invalid instance. */
export function validateInstance(instance: Instance): void {
  compile(instance);
}

/** Published assignments become locks, so incremental solving can reuse the full solver unchanged. */
export function lockPublished(instance: Instance, published: readonly Assignment[]): Instance {
  const known = new Set(instance.meetings.map((m) => m.id));
  for (const { meeting } of published) {
    if (!known.has(meeting)) fail(`published assignment refers to unknown meeting "${meeting}"`);
  }
  const locked = new Map<string, Assignment>();
  for (const lock of [...(instance.locked ?? []), ...published]) {
    const previous = locked.get(lock.meeting);
    if (previous && (previous.slot !== lock.slot || previous.table !== lock.table)) {
      fail(`meeting "${lock.meeting}" is published/locked at two different places`);
    }
    locked.set(lock.meeting, lock);
  }
  return { ...instance, locked: [...locked.values()] };
}

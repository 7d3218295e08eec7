import {
  contextLink,
  MESSAGE_CONTEXT_KINDS,
  type Message,
  type MessageContextKind,
  type Report,
  type Thread,
  type ThreadSummary,
} from '../../../contracts/messages';
import type { Actor } from '../auth/actor';
import { excerpt } from './messages.policy';
import type { MessageRow, PersonRow, ReportRow, ThreadListRow } from './messages.repository';
import type { ThreadView } from './messages.service';

const iso = (v: Date | string) => new Date(v).toISOString();

function presentContext(kind: string | null, id: string | null) {
  if (!kind || !id || !(MESSAGE_CONTEXT_KINDS as readonly string[]).includes(kind)) return null;
  return { kind: kind as MessageContextKind, id, link: contextLink(kind as MessageContextKind, id) };
}

export function presentMessage(actor: Actor, row: MessageRow): Message {
  return {
    id: row.id,
    senderId: row.senderId,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    fromMe: row.senderId === actor.userId,
  };
}

export function presentThreadSummary(actor: Actor, row: ThreadListRow): ThreadSummary {
  return {
    id: row.id,
    other: { id: row.other_id, displayName: row.other_name },
    context: presentContext(row.context_kind, row.context_id),
    lastMessage:
      row.last_body !== null && row.last_created_at !== null
        ? {
            excerpt: excerpt(row.last_body),
            createdAt: iso(row.last_created_at),
            fromMe: row.last_sender_id === actor.userId,
          }
        : null,
    unreadCount: Number(row.unread_count),
    lastMessageAt: iso(row.last_message_at),
  };
}

export function presentThread(actor: Actor, view: ThreadView): Thread {
  const blocked = view.blocks.iBlocked || view.blocks.theyBlocked;
  return {
    id: view.thread.id,
    other: { id: view.other.id, displayName: view.other.displayName },
    context: presentContext(view.thread.contextKind, view.thread.contextId),
    messages: view.messages.map((m) => presentMessage(actor, m)),
    unreadCount: view.unreadCount,
    blockedByMe: view.blocks.iBlocked,
    can: { reply: !blocked && actor.emailVerified, block: !view.blocks.iBlocked, report: true },
  };
}

export function presentReport(
  row: ReportRow,
  persons: Map<string, PersonRow>,
  messages: Map<string, MessageRow>,
): Report {
  const person = (id: string | null) => {
    const p = id ? persons.get(id) : undefined;
    return p ? { id: p.id, displayName: p.displayName } : null;
  };
  const message = row.messageId ? messages.get(row.messageId) : undefined;
  return {
    id: row.id,
    reporter: person(row.reporterId),
    reported: person(row.reportedUserId) ?? { id: row.reportedUserId, displayName: '' },
    message: message
      ? { id: message.id, body: message.body, createdAt: message.createdAt.toISOString() }
      : null,
    reason: row.reason as Report['reason'],
    details: row.details,
    status: row.status,
    resolution: row.resolution,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

import { z } from 'zod';

/** A message is plain text, never HTML; this many characters at most. */
export const MESSAGE_MAX_LENGTH = 5000;
/** Rate limits against spam, per user. */
export const NEW_THREADS_PER_HOUR = 10;
export const MESSAGES_PER_MINUTE = 10;

/**
 * What a thread can be about, and where that thing lives in the web app. Other features link to
 * `/messages/new?to=<userId>&about=<kind>:<id>`.
 */
export const MESSAGE_CONTEXT_KINDS = ['partner-request', 'organisation', 'event', 'offer', 'need'] as const;
export type MessageContextKind = (typeof MESSAGE_CONTEXT_KINDS)[number];

const CONTEXT_PATHS: Record<MessageContextKind, string> = {
  'partner-request': '/partner-requests/',
  organisation: '/organisations/',
  event: '/events/',
  offer: '/offers/',
  need: '/needs/',
};

export function contextLink(kind: MessageContextKind, id: string): string {
  return `${CONTEXT_PATHS[kind]}${encodeURIComponent(id)}`;
}

export const MessageContextSchema = z.object({
  kind: z.enum(MESSAGE_CONTEXT_KINDS),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, { message: 'Invalid id' }),
});
export type MessageContext = z.infer<typeof MessageContextSchema>;

/** `partner-request:<id>` as in the agreed link, parsed into a context. */
export const AboutSchema = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const at = v.indexOf(':');
    const parsed = MessageContextSchema.safeParse(
      at > 0 ? { kind: v.slice(0, at), id: v.slice(at + 1) } : {},
    );
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'Expected <kind>:<id>, e.g. partner-request:<id>' });
      return z.NEVER;
    }
    return parsed.data;
  });

/** Plain text: trimmed, line breaks normalised, other control characters refused. */
export const MessageBodySchema = z
  .string()
  .transform((v) => v.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z
      .string()
      .min(1, { message: 'Write a message' })
      .max(MESSAGE_MAX_LENGTH, { message: `Use at most ${MESSAGE_MAX_LENGTH} characters` })
      // eslint-disable-next-line no-control-regex
      .refine((v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v), {
        message: 'Remove the control characters',
      }),
  );

export const PersonSchema = z.object({ id: z.uuid(), displayName: z.string() });
export type Person = z.infer<typeof PersonSchema>;

export const ContextSchema = z.object({
  kind: z.enum(MESSAGE_CONTEXT_KINDS),
  id: z.string(),
  link: z.string(),
});

export const MessageSchema = z.object({
  id: z.uuid(),
  senderId: z.uuid(),
  body: z.string(),
  createdAt: z.string(),
  fromMe: z.boolean(),
});
export type Message = z.infer<typeof MessageSchema>;

export const ThreadSummarySchema = z.object({
  id: z.uuid(),
  other: PersonSchema,
  context: ContextSchema.nullable(),
  lastMessage: z.object({ excerpt: z.string(), createdAt: z.string(), fromMe: z.boolean() }).nullable(),
  unreadCount: z.number().int(),
  lastMessageAt: z.string(),
});
export type ThreadSummary = z.infer<typeof ThreadSummarySchema>;

export const ThreadListSchema = z.object({
  items: z.array(ThreadSummarySchema),
  /** Unread messages across all visible threads (the header badge). */
  unreadTotal: z.number().int(),
});
export type ThreadList = z.infer<typeof ThreadListSchema>;

export const ThreadSchema = z.object({
  id: z.uuid(),
  other: PersonSchema,
  context: ContextSchema.nullable(),
  messages: z.array(MessageSchema),
  unreadCount: z.number().int(),
  /** I blocked the other participant. */
  blockedByMe: z.boolean(),
  can: z.object({ reply: z.boolean(), block: z.boolean(), report: z.boolean() }),
});
export type Thread = z.infer<typeof ThreadSchema>;

export const StartThreadBodySchema = z.object({
  to: z.uuid(),
  about: AboutSchema.optional(),
  body: MessageBodySchema,
});
export type StartThreadBody = z.input<typeof StartThreadBodySchema>;

export const ReplyBodySchema = z.object({ body: MessageBodySchema });
export type ReplyBody = z.input<typeof ReplyBodySchema>;

export const RecipientSchema = PersonSchema.extend({
  /** False when either of us blocked the other, or it is me. */
  canMessage: z.boolean(),
  blockedByMe: z.boolean(),
  /** The existing thread with this person about the same thing, if any. */
  existingThreadId: z.uuid().nullable(),
});
export type Recipient = z.infer<typeof RecipientSchema>;

export const RecipientQuerySchema = z.object({ about: AboutSchema.optional() });

export const BlockBodySchema = z.object({ userId: z.uuid() });
export const BlockListSchema = z.object({ items: z.array(PersonSchema.extend({ blockedAt: z.string() })) });
export type BlockList = z.infer<typeof BlockListSchema>;

export const REPORT_REASONS = ['spam', 'harassment', 'inappropriate', 'other'] as const;
export const ReportReasonSchema = z.enum(REPORT_REASONS);
export type ReportReason = z.infer<typeof ReportReasonSchema>;

export const ReportBodySchema = z.object({
  userId: z.uuid(),
  /** The message reported, if it is one; it must be in a thread with me and sent by `userId`. */
  messageId: z.uuid().optional(),
  reason: ReportReasonSchema,
  details: z.string().trim().max(2000).default(''),
});
export type ReportBody = z.input<typeof ReportBodySchema>;

export const REPORT_STATUSES = ['open', 'resolved'] as const;

export const ReportSchema = z.object({
  id: z.uuid(),
  reporter: PersonSchema.nullable(),
  reported: PersonSchema,
  message: z.object({ id: z.uuid(), body: z.string(), createdAt: z.string() }).nullable(),
  reason: ReportReasonSchema,
  details: z.string(),
  status: z.enum(REPORT_STATUSES),
  resolution: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Report = z.infer<typeof ReportSchema>;

export const ReportListQuerySchema = z.object({ status: z.enum(REPORT_STATUSES).default('open') });
export const ReportListSchema = z.object({ items: z.array(ReportSchema) });
export type ReportList = z.infer<typeof ReportListSchema>;

export const ResolveReportBodySchema = z.object({ resolution: z.string().trim().max(2000).default('') });

export const CreatedReportSchema = z.object({ id: z.uuid() });

import { z } from 'zod';

/** How often a user gets notification e-mails: one per notification, a daily or weekly digest, or none. */
export const NOTIFICATION_FREQUENCIES = ['immediate', 'daily', 'weekly', 'off'] as const;
export const NotificationFrequencySchema = z.enum(NOTIFICATION_FREQUENCIES);
export type NotificationFrequency = z.infer<typeof NotificationFrequencySchema>;

/**
 * A notification's category is the part of its kind before the first dot ('message.new' → 'message').
 * Preferences can be set per category; these are the ones the settings page names.
 */
export const NOTIFICATION_CATEGORIES = ['message', 'partner_request', 'event', 'report'] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export const CategorySchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'Unknown category' });

export function categoryOfKind(kind: string): string {
  return kind.split('.')[0] ?? kind;
}

const LocalisedSchema = z.object({ en: z.string(), fr: z.string() });

export const NotificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: LocalisedSchema,
  body: LocalisedSchema,
  /** A path inside the web app. */
  link: z.string(),
  read: z.boolean(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  /** Only unread ones. */
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  /** ISO timestamp: notifications created strictly before it (the previous page's last createdAt). */
  before: z.iso.datetime({ offset: true }).optional(),
});

export const NotificationListSchema = z.object({
  items: z.array(NotificationSchema),
  unreadCount: z.number().int(),
  /** Pass as `before` for the next page; null on the last page. */
  nextBefore: z.string().nullable(),
});
export type NotificationList = z.infer<typeof NotificationListSchema>;

export const UnreadCountSchema = z.object({ unread: z.number().int() });
export type UnreadCount = z.infer<typeof UnreadCountSchema>;

/** `frequency` applies to every category without an override of its own. */
export const NotificationPreferencesSchema = z.object({
  frequency: NotificationFrequencySchema,
  overrides: z.record(CategorySchema, NotificationFrequencySchema),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;

export const UpdateNotificationPreferencesBodySchema = z.object({
  frequency: NotificationFrequencySchema,
  /** Categories left out follow `frequency`. */
  overrides: z
    .record(CategorySchema, NotificationFrequencySchema)
    .default({})
    .refine((v) => Object.keys(v).length <= 20, { message: 'At most 20 categories' }),
});
export type UpdateNotificationPreferencesBody = z.input<typeof UpdateNotificationPreferencesBodySchema>;

export const UnsubscribeBodySchema = z.object({ token: z.string().min(10).max(300) });
export const UnsubscribeQuerySchema = z.object({ token: z.string().min(10).max(300).optional() });

/** `scope` is 'all' (every notification e-mail) or one category. */
export const UnsubscribeResultSchema = z.object({
  scope: z.string(),
  frequency: z.literal('off'),
});
export type UnsubscribeResult = z.infer<typeof UnsubscribeResultSchema>;

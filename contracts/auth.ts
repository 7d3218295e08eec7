import { z } from 'zod';
import { LocaleSchema } from './common';

export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid e-mail address' }))
  .transform((v) => v.toLowerCase());

export const PasswordSchema = z
  .string()
  .min(10, { message: 'Use at least 10 characters' })
  .max(200, { message: 'Use at most 200 characters' });

export const RegisterBodySchema = z.object({
  email: EmailSchema,
  password: PasswordSchema,
  displayName: z.string().trim().min(1).max(120),
  locale: LocaleSchema.default('en'),
});
export type RegisterBody = z.input<typeof RegisterBodySchema>;

export const LoginBodySchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(200),
});
export type LoginBody = z.input<typeof LoginBodySchema>;

export const TokenBodySchema = z.object({ token: z.string().min(20).max(200) });
export const EmailBodySchema = z.object({ email: EmailSchema });
export const ResetPasswordBodySchema = z.object({ token: z.string().min(20).max(200), password: PasswordSchema });

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: LocaleSchema,
  emailVerified: z.boolean(),
  isPlatformAdmin: z.boolean(),
});
export type User = z.infer<typeof UserSchema>;

export const SessionResponseSchema = z.object({
  user: UserSchema.nullable(),
  /** Sent back in the X-CSRF-Token header on every state-changing request. */
  csrfToken: z.string().nullable(),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const UpdateMeBodySchema = z
  .object({
    displayName: z.string().trim().min(1).max(120).optional(),
    locale: LocaleSchema.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' });

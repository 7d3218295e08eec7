import { z } from 'zod';
import { outboundEmails } from '../db/schema';
import type { Db } from '../db/client';
import type { Mailer } from '../mail/mailer';
import { emailTemplates, type EmailPayload, type EmailTemplateName } from '../mail/templates';
import type { DbOrTx } from '../db/client';
import type { JobDefinition, JobQueue } from './queue';

const SendEmailPayload = z.object({
  template: z.enum(Object.keys(emailTemplates) as [EmailTemplateName, ...EmailTemplateName[]]),
  data: z.record(z.string(), z.unknown()),
});
type SendEmailPayload = z.infer<typeof SendEmailPayload>;

export const SEND_EMAIL = 'send-email';

export function sendEmailJob(db: Db, mailer: Mailer): JobDefinition<SendEmailPayload> {
  return {
    name: SEND_EMAIL,
    payload: SendEmailPayload,
    async handle({ template, data }) {
      const build = emailTemplates[template] as (p: unknown) => ReturnType<(typeof emailTemplates)['verifyEmail']>;
      const message = build(data);
      await mailer.send(message);
      await db.insert(outboundEmails).values({ to: message.to, subject: message.subject, template });
    },
  };
}

/** Typed helper: services enqueue an e-mail in their own transaction. */
export function enqueueEmail<N extends EmailTemplateName>(
  jobs: JobQueue,
  tx: DbOrTx,
  template: N,
  data: EmailPayload<N>,
  dedupeKey?: string,
): Promise<void> {
  return jobs.enqueue(tx, SEND_EMAIL, { template, data }, dedupeKey ? { dedupeKey } : {});
}

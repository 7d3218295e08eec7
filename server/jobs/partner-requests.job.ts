import { z } from 'zod';
import type { Deps } from '../deps';
import {
  PARTNER_REQUEST_EXPIRY_JOB,
  PARTNER_REQUEST_REMINDER_JOB,
  runExpiry,
  runReminder,
} from '../modules/partner-requests/partner-requests.service';
import type { JobDefinition, JobQueue } from './queue';

/**
 * Enqueued with the write that sets a deadline (publish, extend, edit), keyed by request and deadline:
 * a moved deadline queues new jobs, and the old ones find the deadline changed and do nothing.
 */
const DeadlinePayload = z.object({ requestId: z.uuid(), deadline: z.iso.datetime() });
type DeadlinePayload = z.infer<typeof DeadlinePayload>;

export function partnerRequestReminderJob(deps: Deps): JobDefinition<DeadlinePayload> {
  return {
    name: PARTNER_REQUEST_REMINDER_JOB,
    payload: DeadlinePayload,
    handle: ({ requestId, deadline }) => runReminder(deps, requestId, new Date(deadline)),
  };
}

export function partnerRequestExpiryJob(deps: Deps): JobDefinition<DeadlinePayload> {
  return {
    name: PARTNER_REQUEST_EXPIRY_JOB,
    payload: DeadlinePayload,
    handle: ({ requestId }) => runExpiry(deps, requestId),
  };
}

export function definePartnerRequestJobs(jobs: JobQueue, deps: Deps): void {
  jobs.define(partnerRequestReminderJob(deps));
  jobs.define(partnerRequestExpiryJob(deps));
}

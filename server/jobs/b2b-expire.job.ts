import { z } from 'zod';
import type { Deps } from '../deps';
import { EXPIRE_JOB, expireRequestsOf } from '../modules/b2b/b2b.service';
import type { JobDefinition } from './queue';

const Payload = z.object({ eventId: z.uuid() });
type Payload = z.infer<typeof Payload>;

/**
 * Queued for the request deadline whenever an organiser sets it (dedupe key: event + deadline).
 * Idempotent: it expires only requests still open, and only once the current deadline has passed, so
 * a job left over from an earlier deadline does nothing.
 */
export function b2bExpireRequestsJob(deps: Deps): JobDefinition<Payload> {
  return {
    name: EXPIRE_JOB,
    payload: Payload,
    async handle({ eventId }) {
      await expireRequestsOf(deps, eventId);
    },
  };
}

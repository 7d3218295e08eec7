import { describe, expect, it } from 'vitest';
import {
  AboutSchema,
  MessageBodySchema,
  MESSAGES_PER_MINUTE,
  NEW_THREADS_PER_HOUR,
} from '../../../contracts/messages';
import {
  canMessage,
  excerpt,
  isParticipant,
  orderPair,
  otherParticipant,
  withinRateLimit,
} from './messages.policy';

const me = { userId: 'b-user', emailVerified: true };
const none = { iBlocked: false, theyBlocked: false };

describe('messages policy', () => {
  it.each([
    ['someone else, no block', me, 'c-user', none, { ok: true }],
    ['myself', me, 'b-user', none, { ok: false, reason: 'self' }],
    [
      'someone who blocked me',
      me,
      'c-user',
      { iBlocked: false, theyBlocked: true },
      { ok: false, reason: 'blocked' },
    ],
    [
      'someone I blocked',
      me,
      'c-user',
      { iBlocked: true, theyBlocked: false },
      { ok: false, reason: 'blocked' },
    ],
    [
      'from an unconfirmed address',
      { ...me, emailVerified: false },
      'c-user',
      none,
      { ok: false, reason: 'unverified' },
    ],
  ])('writing to %s', (_label, actor, other, blocks, expected) => {
    expect(canMessage(actor, other, blocks)).toEqual(expected);
  });

  it('orders a pair whoever writes first, and tells participants apart', () => {
    expect(orderPair('b', 'a')).toEqual({ userLowId: 'a', userHighId: 'b' });
    expect(orderPair('a', 'b')).toEqual({ userLowId: 'a', userHighId: 'b' });
    const thread = orderPair('a', 'b');
    expect(isParticipant('a', thread)).toBe(true);
    expect(isParticipant('c', thread)).toBe(false);
    expect(otherParticipant('a', thread)).toBe('b');
    expect(otherParticipant('b', thread)).toBe('a');
  });

  it('allows up to the limits in a window, not one more', () => {
    expect(withinRateLimit('message', MESSAGES_PER_MINUTE - 1)).toBe(true);
    expect(withinRateLimit('message', MESSAGES_PER_MINUTE)).toBe(false);
    expect(withinRateLimit('thread', NEW_THREADS_PER_HOUR - 1)).toBe(true);
    expect(withinRateLimit('thread', NEW_THREADS_PER_HOUR)).toBe(false);
  });

  it('makes one-line excerpts', () => {
    expect(excerpt('Hello\n\n  world')).toBe('Hello world');
    expect(excerpt('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('parses the agreed `about` parameter', () => {
    expect(AboutSchema.parse('partner-request:123e4567-e89b-12d3-a456-426614174000')).toEqual({
      kind: 'partner-request',
      id: '123e4567-e89b-12d3-a456-426614174000',
    });
    expect(AboutSchema.parse('organisation:photonics-bretagne')).toEqual({
      kind: 'organisation',
      id: 'photonics-bretagne',
    });
    for (const bad of ['partner-request', ':x', 'unknown:1', 'event:a b', 'event:<x>'])
      expect(AboutSchema.safeParse(bad).success).toBe(false);
  });

  it('keeps message bodies as plain text, trimmed, within the length limit', () => {
    expect(MessageBodySchema.parse('  Hi\r\nthere  ')).toBe('Hi\nthere');
    expect(MessageBodySchema.parse('<b>kept as text</b>')).toBe('<b>kept as text</b>');
    expect(MessageBodySchema.safeParse(' \n ').success).toBe(false);
    expect(MessageBodySchema.safeParse('x'.repeat(5001)).success).toBe(false);
    expect(MessageBodySchema.safeParse('tab\tok').success).toBe(true);
    expect(MessageBodySchema.safeParse('nul\u0000').success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { categoryOfKind } from '../../../contracts/notifications';
import { digestEmail, notificationEmail } from '../../mail/notification-templates';
import {
  applyUnsubscribe,
  effectiveFrequency,
  emailStateFor,
  groupDigestItems,
  planDigest,
} from './notifications.policy';
import { nextDigestDay } from '../../jobs/notifications.job';

describe('notification preferences', () => {
  it('takes a category’s own frequency over the general one', () => {
    const prefs = { frequency: 'daily' as const, overrides: { message: 'immediate' as const } };
    expect(categoryOfKind('message.new')).toBe('message');
    expect(effectiveFrequency(prefs, 'message.new')).toBe('immediate');
    expect(effectiveFrequency(prefs, 'partner_request.interest')).toBe('daily');
  });

  it.each([
    ['immediate', true, 'queued'],
    ['daily', true, 'digest'],
    ['weekly', true, 'digest'],
    ['off', true, 'none'],
    ['immediate', false, 'none'],
  ] as const)('%s with a confirmed address %s → %s', (frequency, verified, state) => {
    expect(emailStateFor(frequency, verified)).toBe(state);
  });

  it('unsubscribes from one category or from everything', () => {
    const prefs = { frequency: 'immediate' as const, overrides: { event: 'weekly' as const } };
    expect(applyUnsubscribe(prefs, 'message')).toEqual({
      frequency: 'immediate',
      overrides: { event: 'weekly', message: 'off' },
    });
    expect(applyUnsubscribe(prefs, 'all')).toEqual({ frequency: 'off', overrides: {} });
  });
});

describe('digest planning and grouping', () => {
  const items = [
    { id: 'm', kind: 'message.new' },
    { id: 'p', kind: 'partner_request.interest' },
    { id: 'e', kind: 'event.reminder' },
    { id: 'r', kind: 'report.new' },
  ];
  const prefs = {
    frequency: 'daily' as const,
    overrides: { event: 'weekly' as const, report: 'off' as const, message: 'immediate' as const },
  };

  it('puts daily (and since-changed immediate) items in the daily digest, weekly ones wait, off ones are dropped', () => {
    expect(planDigest('daily', items, prefs, true)).toEqual({ include: ['m', 'p'], skip: ['r'] });
    expect(planDigest('weekly', items, prefs, true)).toEqual({ include: ['e'], skip: ['r'] });
  });

  it('drops everything for an unconfirmed address', () => {
    expect(planDigest('daily', items, prefs, false)).toEqual({ include: [], skip: ['m', 'p', 'e', 'r'] });
  });

  it('groups by category in order of first appearance, oldest first', () => {
    const at = (s: number) => new Date(Date.UTC(2031, 0, 1, 0, 0, s));
    const groups = groupDigestItems([
      { id: 3, kind: 'message.new', createdAt: at(3) },
      { id: 1, kind: 'partner_request.interest', createdAt: at(1) },
      { id: 2, kind: 'message.new', createdAt: at(2) },
      { id: 4, kind: 'partner_request.comment', createdAt: at(4) },
    ]);
    expect(groups.map((g) => [g.category, g.items.map((i) => i.id)])).toEqual([
      ['partner_request', [1, 4]],
      ['message', [2, 3]],
    ]);
  });

  it('schedules daily runs at 07:00 UTC and weekly runs on Mondays', () => {
    expect(nextDigestDay('daily', new Date('2031-03-10T06:59:00Z'))).toBe('2031-03-10');
    expect(nextDigestDay('daily', new Date('2031-03-10T07:00:00Z'))).toBe('2031-03-11');
    expect(nextDigestDay('weekly', new Date('2031-03-10T06:00:00Z'))).toBe('2031-03-10');
    expect(nextDigestDay('weekly', new Date('2031-03-10T08:00:00Z'))).toBe('2031-03-17');
    expect(nextDigestDay('weekly', new Date('2031-03-15T08:00:00Z'))).toBe('2031-03-17');
  });
});

describe('notification e-mails', () => {
  const unsubscribe = {
    category: { name: 'message', url: 'https://lp.test/unsubscribe?token=c' },
    all: 'https://lp.test/unsubscribe?token=a',
    oneClick: 'https://lp.test/api/v1/notifications/unsubscribe?token=c',
    settings: 'https://lp.test/settings/notifications',
  };

  it('carries both unsubscribe links and the one-click headers, in French for French readers', () => {
    const mail = notificationEmail({
      to: 'x@example.eu',
      locale: 'fr',
      item: { title: 'Nouveau message', body: 'Bonjour', url: 'https://lp.test/messages/1' },
      unsubscribe,
    });
    expect(mail.subject).toBe('Lightpath : Nouveau message');
    expect(mail.text).toContain(
      "Ne plus recevoir d'e-mails sur les messages privés: https://lp.test/unsubscribe?token=c",
    );
    expect(mail.text).toContain(
      'Ne plus recevoir aucun e-mail de notification: https://lp.test/unsubscribe?token=a',
    );
    expect(mail.headers).toEqual({
      'List-Unsubscribe': '<https://lp.test/api/v1/notifications/unsubscribe?token=c>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('lists every item of a digest under its category', () => {
    const mail = digestEmail({
      to: 'x@example.eu',
      locale: 'en',
      period: 'weekly',
      groups: [
        { category: 'message', items: [{ title: 'A', body: 'a', url: 'https://lp.test/a' }] },
        { category: 'partner_request', items: [{ title: 'B', body: 'b', url: 'https://lp.test/b' }] },
      ],
      unsubscribe: { ...unsubscribe, category: undefined },
    });
    expect(mail.subject).toBe('Lightpath: your weekly digest (2 notifications)');
    expect(mail.text).toContain('== Private messages ==\n- A: https://lp.test/a');
    expect(mail.text).toContain('== Partner requests ==\n- B: https://lp.test/b');
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  emailedLink,
  expectAccessible,
  JOURNEY_TIMEOUT,
  pageReady,
  screenshot,
  signUp,
  useJourney,
  visit,
} from './support';

describe('messages journey', () => {
  const journey = useJourney();

  it(
    'sends a private message about a partner request, the recipient sees the badge, reads and replies, the sender sees the reply',
    async () => {
      const alice = await signUp(journey, 'Alice Sender');
      const bob = await signUp(journey, 'Bob Receiver');
      const { user: bobUser } = await bob.api<{ user: { id: string } }>('GET', '/auth/session');
      const requestId = randomUUID();

      // The agreed entry point other features link to ("Send private message").
      const a = alice.page;
      await visit(
        a,
        `/messages/new?to=${bobUser.id}&about=partner-request:${requestId}`,
        'Message to Bob Receiver',
      );
      await a.getByRole('link', { name: 'a partner request' }).waitFor();
      expect(await a.getByRole('link', { name: 'a partner request' }).getAttribute('href')).toBe(
        `/partner-requests/${requestId}`,
      );
      await a
        .getByLabel('Your message to Bob Receiver')
        .fill('Hello Bob,\nour lab would like to join your consortium.');
      await a.getByRole('button', { name: 'Send', exact: true }).click();
      await pageReady(a, 'Conversation with Bob Receiver');
      await a.getByText('our lab would like to join your consortium.', { exact: false }).waitFor();
      await expectAccessible(a, 'thread (sender)');
      await screenshot(a, 'messages-thread-sender');

      // Bob sees the unread badge in the header, opens his inbox and the thread.
      const b = bob.page;
      await visit(b, '/me', /My account|Mon compte|.+/);
      const badge = b.getByRole('link', { name: 'Messages, 1 unread' });
      await badge.waitFor();
      await badge.click();
      await pageReady(b, 'Messages');
      await b.getByText('1 unread message').waitFor();
      await expectAccessible(b, 'inbox (unread)');
      await screenshot(b, 'messages-inbox-unread');
      await b.getByRole('link', { name: /Alice Sender/ }).click();
      await pageReady(b, 'Conversation with Alice Sender');
      await b.getByText('our lab would like to join your consortium.', { exact: false }).waitFor();
      // Opening the thread read it: the badge is gone.
      await b.getByRole('link', { name: 'Messages', exact: true }).waitFor();
      await expectAccessible(b, 'thread (recipient)');

      await b.getByLabel('Your reply to Alice Sender').fill('Welcome aboard, Alice!');
      await b.getByRole('button', { name: 'Send', exact: true }).click();
      await b.locator('.message--mine').getByText('Welcome aboard, Alice!').waitFor();

      // Alice sees the reply: badge, inbox, thread.
      await visit(a, '/messages', 'Messages');
      await a.getByRole('link', { name: 'Messages, 1 unread' }).waitFor();
      await a.getByRole('link', { name: /Bob Receiver/ }).click();
      await pageReady(a, 'Conversation with Bob Receiver');
      await a.getByText('Welcome aboard, Alice!').waitFor();
      await a.getByRole('link', { name: 'Messages', exact: true }).waitFor();

      // Bob was notified in the app and by e-mail; the notifications page and settings pass axe.
      await visit(b, '/notifications', 'Notifications');
      await b.getByRole('link', { name: /New message from Alice Sender/ }).waitFor();
      await screenshot(b, 'notifications-list');
      await visit(b, '/settings/notifications', 'Notification settings');
      await b.getByLabel('Private messages').selectOption('daily');
      await b.getByRole('button', { name: 'Save my settings' }).click();
      await b.getByText('Your notification settings are saved.').waitFor();
      await expectAccessible(b, 'notification settings (saved)');
      await screenshot(b, 'notification-settings');

      // The e-mail's unsubscribe link works logged out.
      const unsubscribe = await emailedLink(journey.handle, bob.email, '/unsubscribe');
      const anonymous = await journey.newPage();
      await visit(anonymous, unsubscribe, 'You are unsubscribed');
      await anonymous.getByText('Lightpath will no longer e-mail you about: Private messages.').waitFor();
      const prefs = await bob.api<{ overrides: Record<string, string> }>('GET', '/notifications/preferences');
      expect(prefs.overrides.message).toBe('off');

      // Alice reports the conversation; a platform administrator sees it.
      await a.getByRole('button', { name: 'Report Bob Receiver' }).click();
      await a.getByLabel('Reason').selectOption('other');
      await a.getByRole('button', { name: 'Send the report' }).click();
      await a.getByText('Thank you. The platform team will look at your report.').waitFor();
      await expectAccessible(a, 'thread after report');
      // Bob blocks Alice: the conversation leaves his inbox, and Alice can no longer write.
      await visit(b, '/messages', 'Messages');
      await b.getByRole('link', { name: /Alice Sender/ }).click();
      await pageReady(b, 'Conversation with Alice Sender');
      await b.getByRole('button', { name: 'Block Alice Sender' }).click();
      await b.getByText('Block Alice Sender? They will no longer be able to write to you.').waitFor();
      await b.getByRole('button', { name: 'Block Alice Sender' }).click();
      await b.getByText('Alice Sender is blocked: they can no longer write to you.').waitFor();
      await visit(b, '/messages', 'Messages');
      await b.getByRole('heading', { name: 'No conversations yet' }).waitFor();
      await b.getByRole('heading', { name: 'Blocked users' }).waitFor();
      await visit(a, a.url().replace(journey.baseUrl, ''), 'Conversation with Bob Receiver');
      await a.getByText('You cannot reply in this conversation.').waitFor();

      const admin = await signUp(journey, 'Ada Admin', { platformAdmin: true });
      await visit(admin.page, '/admin/message-reports', 'Reported users and messages');
      await admin.page.getByRole('heading', { name: /Report about Bob Receiver/ }).waitFor();
      await admin.page.getByRole('button', { name: 'Mark resolved' }).first().click();
      await admin.page.getByText('The report is marked resolved.').waitFor();
      await expectAccessible(admin.page, 'reports after resolve');
      await screenshot(admin.page, 'message-reports');
    },
    JOURNEY_TIMEOUT,
  );
});

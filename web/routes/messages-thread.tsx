import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useNavigation,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import {
  MESSAGE_MAX_LENGTH,
  REPORT_REASONS,
  ReplyBodySchema,
  ReportBodySchema,
} from '../../contracts/messages';
import { messagesApi } from '../features/messages/messages-api';
import { ContextLink, formatDateTime } from '../features/messages/ThreadParts';
import { unreadStore } from '../features/notifications/unread-store';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { useErrorText } from '../lib/errors';
import { failureFromError, failureFromIssues } from '../lib/forms';
import { cx } from '../lib/cx';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { ConfirmButton } from '../ui/ConfirmButton';
import { Select } from '../ui/Select';
import { TextArea } from '../ui/TextArea';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const id = params.threadId ?? '';
  const thread = await messagesApi.thread(id);
  // Opening the thread reads it: the unread count is shown once, then cleared.
  if (thread.unreadCount > 0) {
    await messagesApi.markRead(id);
    void unreadStore.refresh();
  }
  return { thread };
}

type Intent = 'reply' | 'block' | 'unblock' | 'report';

export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request);
  const id = params.threadId ?? '';
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '') as Intent;
  try {
    if (intent === 'reply') {
      const parsed = ReplyBodySchema.safeParse({ body: String(form.get('body') ?? '') });
      if (!parsed.success) return { intent, ...failureFromIssues(parsed.error.issues) };
      await messagesApi.reply(id, parsed.data.body);
      return { intent, ok: true as const };
    }
    const userId = String(form.get('userId') ?? '');
    if (intent === 'block') await messagesApi.block(userId);
    else if (intent === 'unblock') await messagesApi.unblock(userId);
    else if (intent === 'report') {
      const messageId = String(form.get('messageId') ?? '');
      const parsed = ReportBodySchema.safeParse({
        userId,
        reason: String(form.get('reason') ?? ''),
        details: String(form.get('details') ?? ''),
        ...(messageId ? { messageId } : {}),
      });
      if (!parsed.success) return { intent, ...failureFromIssues(parsed.error.issues) };
      await messagesApi.report(parsed.data);
    }
    void unreadStore.refresh();
    return { intent, ok: true as const };
  } catch (error) {
    return { intent, ...failureFromError(error) };
  }
}

export function Component() {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const { thread } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const submitting =
    navigation.state === 'submitting' ? String(navigation.formData?.get('intent') ?? '') : null;
  const [reporting, setReporting] = useState<{ messageId: string | null } | null>(null);
  const replyFormRef = useRef<HTMLFormElement>(null);
  const lastMessageRef = useRef<HTMLLIElement>(null);

  const failure = result && !result.ok ? result : undefined;
  const replyFailure = failure?.intent === 'reply' ? failure : undefined;
  const otherFailure = failure && failure.intent !== 'reply' ? failure : undefined;

  useEffect(() => {
    if (result?.ok && result.intent === 'reply') replyFormRef.current?.reset();
  }, [result]);

  useEffect(() => {
    lastMessageRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [thread.messages.length]);

  const name = thread.other.displayName;
  const title = t('messages.thread.title', { name });
  const rateLimited = {
    RATE_LIMITED: t('messages.errors.rateLimited'),
    FORBIDDEN: t('messages.errors.blocked'),
  };

  return (
    <div className="container page stack">
      <PageTitle title={title} />
      <p>
        <Link to="/messages">← {t('messages.thread.back')}</Link>
      </p>
      <h1>{title}</h1>
      <ContextLink context={thread.context} />

      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading" className="visually-hidden">
          {t('messages.thread.messages')}
        </h2>
        <ol className="message-list">
          {thread.messages.map((message, index) => (
            <li
              key={message.id}
              ref={index === thread.messages.length - 1 ? lastMessageRef : undefined}
              className={cx('message', message.fromMe && 'message--mine')}
            >
              <p className="message__meta">
                <strong>{message.fromMe ? t('messages.you') : name}</strong> ·{' '}
                <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, i18n.language)}</time>
              </p>
              <p className="message__body">{message.body}</p>
              {!message.fromMe && thread.can.report && (
                <Button variant="quiet" size="sm" onClick={() => setReporting({ messageId: message.id })}>
                  {t('messages.report.message')}
                  <span className="visually-hidden"> {formatDateTime(message.createdAt, i18n.language)}</span>
                </Button>
              )}
            </li>
          ))}
        </ol>
      </section>

      {result?.ok && result.intent === 'report' && <Alert tone="success">{t('messages.report.sent')}</Alert>}
      {result?.ok && result.intent === 'block' && (
        <Alert tone="success">{t('messages.block.done', { name })}</Alert>
      )}
      {otherFailure && <Alert tone="error">{errors.describe(otherFailure.error, rateLimited)}</Alert>}

      {thread.can.reply ? (
        <Card as="section" aria-labelledby="reply-heading" className="stack-sm">
          <h2 id="reply-heading" className="h3">
            {t('messages.thread.reply')}
          </h2>
          <Form method="post" ref={replyFormRef} className="stack-sm">
            <input type="hidden" name="intent" value="reply" />
            {replyFailure?.error && (
              <Alert tone="error">{errors.describe(replyFailure.error, rateLimited)}</Alert>
            )}
            <TextArea
              id="reply-body"
              name="body"
              label={t('messages.thread.replyLabel', { name })}
              hint={t('messages.form.hint', { max: MESSAGE_MAX_LENGTH })}
              maxLength={MESSAGE_MAX_LENGTH}
              required
              error={errors.field(replyFailure, 'body')}
            />
            <Button type="submit" busy={submitting === 'reply'} disabled={submitting !== null}>
              {t('messages.thread.send')}
            </Button>
          </Form>
        </Card>
      ) : (
        <Alert tone="info">
          {thread.blockedByMe ? t('messages.thread.youBlocked', { name }) : t('messages.thread.cannotReply')}
        </Alert>
      )}

      <section aria-labelledby="actions-heading" className="stack-sm">
        <h2 id="actions-heading" className="h3">
          {t('messages.thread.actions')}
        </h2>
        <div className="thread-actions">
          <Form method="post">
            <input type="hidden" name="userId" value={thread.other.id} />
            {thread.blockedByMe ? (
              <Button
                type="submit"
                name="intent"
                value="unblock"
                variant="secondary"
                size="sm"
                busy={submitting === 'unblock'}
              >
                {t('messages.block.unblock', { name })}
              </Button>
            ) : (
              <ConfirmButton
                name="intent"
                value="block"
                question={t('messages.block.confirm', { name })}
                confirmLabel={t('messages.block.block', { name })}
                cancelLabel={t('messages.report.cancel')}
                disabled={submitting === 'block'}
              >
                {t('messages.block.block', { name })}
              </ConfirmButton>
            )}
          </Form>
          {thread.can.report && !reporting && (
            <Button variant="secondary" size="sm" onClick={() => setReporting({ messageId: null })}>
              {t('messages.report.user', { name })}
            </Button>
          )}
        </div>
        {thread.blockedByMe && <p className="muted">{t('messages.block.hint')}</p>}
        {reporting && (
          <Card className="stack-sm">
            <h3 className="h3">
              {reporting.messageId
                ? t('messages.report.messageTitle')
                : t('messages.report.userTitle', { name })}
            </h3>
            {/* The form closes as it submits; the outcome shows in the alerts above. */}
            <Form method="post" className="stack-sm" onSubmit={() => setReporting(null)}>
              <input type="hidden" name="intent" value="report" />
              <input type="hidden" name="userId" value={thread.other.id} />
              {reporting.messageId && <input type="hidden" name="messageId" value={reporting.messageId} />}
              <Select
                id="report-reason"
                name="reason"
                label={t('messages.report.reason')}
                required
                defaultValue="spam"
              >
                {REPORT_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(`messages.report.reasons.${reason}`)}
                  </option>
                ))}
              </Select>
              <TextArea
                id="report-details"
                name="details"
                label={t('messages.report.details')}
                rows={3}
                maxLength={2000}
              />
              <div className="thread-actions">
                <Button type="submit" variant="danger" busy={submitting === 'report'}>
                  {t('messages.report.send')}
                </Button>
                <Button variant="secondary" onClick={() => setReporting(null)}>
                  {t('messages.report.cancel')}
                </Button>
              </div>
            </Form>
          </Card>
        )}
      </section>
    </div>
  );
}

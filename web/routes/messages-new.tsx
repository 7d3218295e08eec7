import { useTranslation } from 'react-i18next';
import {
  Form,
  Link,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import {
  AboutSchema,
  contextLink,
  MESSAGE_MAX_LENGTH,
  StartThreadBodySchema,
} from '../../contracts/messages';
import { UuidSchema } from '../../contracts/common';
import { messagesApi } from '../features/messages/messages-api';
import { ContextLink } from '../features/messages/ThreadParts';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { isApiError } from '../lib/api';
import { useErrorText } from '../lib/errors';
import { failureFromError, failureFromIssues } from '../lib/forms';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { TextArea } from '../ui/TextArea';

/** The agreed entry point: /messages/new?to=<userId>&about=<kind>:<id> (about is optional). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const params = new URL(request.url).searchParams;
  const to = UuidSchema.safeParse(params.get('to') ?? '');
  const aboutRaw = params.get('about');
  const about = aboutRaw ? AboutSchema.safeParse(aboutRaw) : null;
  if (!to.success) return { status: 'invalid' as const };
  const context = about?.success
    ? { ...about.data, link: contextLink(about.data.kind, about.data.id) }
    : null;
  try {
    const recipient = await messagesApi.recipient(to.data, about?.success ? aboutRaw! : undefined);
    return { status: 'ready' as const, recipient, context, about: about?.success ? aboutRaw! : null };
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 400))
      return { status: 'invalid' as const };
    throw error;
  }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request);
  const form = await request.formData();
  const about = String(form.get('about') ?? '');
  const parsed = StartThreadBodySchema.safeParse({
    to: String(form.get('to') ?? ''),
    body: String(form.get('body') ?? ''),
    ...(about ? { about } : {}),
  });
  if (!parsed.success) return failureFromIssues(parsed.error.issues);
  try {
    const thread = await messagesApi.start({
      to: parsed.data.to,
      body: parsed.data.body,
      ...(about ? { about } : {}),
    });
    return redirect(`/messages/${thread.id}`);
  } catch (error) {
    return failureFromError(error);
  }
}

export function Component() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';

  if (data.status === 'invalid') {
    return (
      <div className="container page page--narrow stack">
        <PageTitle title={t('messages.new.title')} />
        <h1>{t('messages.new.title')}</h1>
        <Alert tone="error">{t('messages.new.invalid')}</Alert>
        <p>
          <Link to="/messages">{t('messages.thread.back')}</Link>
        </p>
      </div>
    );
  }

  const { recipient, context, about } = data;
  const title = t('messages.new.titleTo', { name: recipient.displayName });
  return (
    <div className="container page page--narrow stack">
      <PageTitle title={title} />
      <h1>{title}</h1>
      <ContextLink context={context} />
      {recipient.existingThreadId && (
        <Alert tone="info">
          {t('messages.new.existing')}{' '}
          <Link to={`/messages/${recipient.existingThreadId}`}>{t('messages.new.openExisting')}</Link>
        </Alert>
      )}
      {!recipient.canMessage ? (
        <Alert tone="warning">
          {recipient.blockedByMe
            ? t('messages.thread.youBlocked', { name: recipient.displayName })
            : t('messages.new.cannot')}
        </Alert>
      ) : (
        <Card>
          <Form method="post" className="stack-sm">
            <input type="hidden" name="to" value={recipient.id} />
            {about && <input type="hidden" name="about" value={about} />}
            {failure?.error && (
              <Alert tone="error">
                {errors.describe(failure.error, {
                  RATE_LIMITED: t('messages.errors.rateLimited'),
                  FORBIDDEN: t('messages.errors.blocked'),
                })}
              </Alert>
            )}
            <TextArea
              id="message-body"
              name="body"
              label={t('messages.new.bodyLabel', { name: recipient.displayName })}
              hint={t('messages.form.hint', { max: MESSAGE_MAX_LENGTH })}
              maxLength={MESSAGE_MAX_LENGTH}
              rows={8}
              required
              error={errors.field(failure, 'body')}
            />
            <Button type="submit" busy={busy} disabled={busy}>
              {t('messages.thread.send')}
            </Button>
          </Form>
        </Card>
      )}
    </div>
  );
}

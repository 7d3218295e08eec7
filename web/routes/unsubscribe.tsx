import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { notificationsApi } from '../features/notifications/notifications-api';
import { useSession } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { isApiError } from '../lib/api';
import { Alert } from '../ui/Alert';
import { Card } from '../ui/Card';

type Outcome = { status: 'done'; scope: string } | { status: 'invalid' } | { status: 'failed' };

/**
 * The unsubscribe link of every notification e-mail lands here: one click turns the e-mails off,
 * signed in or not (the signed token says whose and which).
 */
export async function loader({ request }: LoaderFunctionArgs): Promise<Outcome> {
  const token = new URL(request.url).searchParams.get('token');
  if (!token) return { status: 'invalid' };
  try {
    const result = await notificationsApi.unsubscribe(token);
    return { status: 'done', scope: result.scope };
  } catch (error) {
    if (isApiError(error) && (error.code === 'INVALID_TOKEN' || error.code === 'VALIDATION_FAILED'))
      return { status: 'invalid' };
    return { status: 'failed' };
  }
}

export function shouldRevalidate() {
  return false;
}

const KNOWN = new Set(['message', 'partner_request', 'event', 'report']);

export function Component() {
  const { t } = useTranslation();
  const outcome = useLoaderData<typeof loader>();
  const { user } = useSession();
  const title =
    outcome.status === 'done'
      ? t('notifications.unsubscribe.doneTitle')
      : t('notifications.unsubscribe.failedTitle');
  return (
    <div className="container page page--narrow stack">
      <PageTitle title={title} />
      <h1>{title}</h1>
      <Card className="stack-sm">
        {outcome.status === 'done' ? (
          <Alert tone="success">
            {outcome.scope === 'all'
              ? t('notifications.unsubscribe.all')
              : t('notifications.unsubscribe.category', {
                  category: KNOWN.has(outcome.scope)
                    ? t(`notifications.category.${outcome.scope as 'message'}`)
                    : outcome.scope,
                })}
          </Alert>
        ) : (
          <Alert tone="error">
            {outcome.status === 'invalid'
              ? t('notifications.unsubscribe.invalid')
              : t('notifications.unsubscribe.failed')}
          </Alert>
        )}
        <p>{t('notifications.unsubscribe.inApp')}</p>
        <p>
          {user ? (
            <Link to="/settings/notifications">{t('notifications.unsubscribe.manage')}</Link>
          ) : (
            <Link to="/login?next=%2Fsettings%2Fnotifications">{t('notifications.unsubscribe.login')}</Link>
          )}
        </p>
      </Card>
    </div>
  );
}

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
import { messagesApi } from '../features/messages/messages-api';
import { formatDateTime } from '../features/messages/ThreadParts';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { useErrorText } from '../lib/errors';
import { failureFromError } from '../lib/forms';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { EmptyState } from '../ui/EmptyState';
import { TextField } from '../ui/TextField';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const status = new URL(request.url).searchParams.get('status') === 'resolved' ? 'resolved' : 'open';
  if (!user.isPlatformAdmin) return { status, allowed: false as const, items: [] };
  return { status, allowed: true as const, items: (await messagesApi.reports(status)).items };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request);
  const form = await request.formData();
  try {
    await messagesApi.resolve(String(form.get('id') ?? ''), String(form.get('resolution') ?? ''));
    return { ok: true as const };
  } catch (error) {
    return failureFromError(error);
  }
}

export function Component() {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const { status, allowed, items } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const busyId = navigation.state === 'submitting' ? String(navigation.formData?.get('id') ?? '') : null;

  return (
    <div className="container page stack">
      <PageTitle title={t('messages.reports.title')} />
      <h1>{t('messages.reports.title')}</h1>
      {!allowed ? (
        <Alert tone="error">{t('messages.reports.forbidden')}</Alert>
      ) : (
        <>
          <nav aria-label={t('messages.reports.filter')}>
            <ul className="report-filter">
              <li>
                <Link to="?status=open" aria-current={status === 'open' ? 'page' : undefined}>
                  {t('messages.reports.open')}
                </Link>
              </li>
              <li>
                <Link to="?status=resolved" aria-current={status === 'resolved' ? 'page' : undefined}>
                  {t('messages.reports.resolved')}
                </Link>
              </li>
            </ul>
          </nav>
          <div aria-live="polite">
            {result?.ok && <Alert tone="success">{t('messages.reports.done')}</Alert>}
            {result && !result.ok && <Alert tone="error">{errors.describe(result.error)}</Alert>}
          </div>
          {items.length === 0 ? (
            <EmptyState title={t('messages.reports.none')} />
          ) : (
            <ul className="thread-list">
              {items.map((report) => (
                <Card as="li" key={report.id} className="stack-sm">
                  <h2 className="h3">
                    {t('messages.reports.about', { name: report.reported.displayName })}{' '}
                    <Badge tone={report.status === 'open' ? 'warning' : 'success'}>
                      {t(`messages.reports.${report.status}`)}
                    </Badge>
                  </h2>
                  <p className="muted">
                    {t('messages.reports.by', { name: report.reporter?.displayName ?? '—' })} ·{' '}
                    {formatDateTime(report.createdAt, i18n.language)} ·{' '}
                    {t(`messages.report.reasons.${report.reason}`)}
                  </p>
                  {report.details && <p>{report.details}</p>}
                  {report.message && (
                    <blockquote className="message">
                      <p className="message__body">{report.message.body}</p>
                    </blockquote>
                  )}
                  {report.status === 'resolved' && report.resolution && (
                    <p>{t('messages.reports.resolution', { text: report.resolution })}</p>
                  )}
                  {report.status === 'open' && (
                    <Form method="post" className="stack-sm">
                      <input type="hidden" name="id" value={report.id} />
                      <TextField
                        id={`resolution-${report.id}`}
                        name="resolution"
                        label={t('messages.reports.resolutionLabel')}
                        maxLength={2000}
                      />
                      <Button type="submit" size="sm" busy={busyId === report.id}>
                        {t('messages.reports.resolve')}
                      </Button>
                    </Form>
                  )}
                </Card>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

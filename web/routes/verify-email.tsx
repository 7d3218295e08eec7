import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { EmailBodySchema } from '../../contracts/auth';
import { authApi } from '../features/session/auth-api';
import { ResendVerification } from '../features/session/ResendVerification';
import { useSession } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { isApiError } from '../lib/api';
import { failureFromError, failureFromIssues } from '../lib/forms';
import { Alert } from '../ui/Alert';
import { buttonClass } from '../ui/Button';
import { Card } from '../ui/Card';

type Outcome =
  | { status: 'verified'; email: string }
  | { status: 'invalid' }
  | { status: 'missing' }
  | { status: 'failed' };

/** Confirms the address as soon as the e-mailed link is opened. */
export async function loader({ request }: LoaderFunctionArgs): Promise<Outcome> {
  const token = new URL(request.url).searchParams.get('token');
  if (!token) return { status: 'missing' };
  try {
    const { user } = await authApi.verifyEmail(token);
    return { status: 'verified', email: user.email };
  } catch (error) {
    if (isApiError(error) && (error.code === 'INVALID_TOKEN' || error.code === 'VALIDATION_FAILED'))
      return { status: 'invalid' };
    return { status: 'failed' };
  }
}

// A token works once: re-running the loader (after the resend form posts) would report it invalid.
export function shouldRevalidate() {
  return false;
}

/** Sends a new confirmation link; used by the resend forms on several pages. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const parsed = EmailBodySchema.safeParse({ email: String(form.get('email') ?? '') });
  if (!parsed.success) return failureFromIssues(parsed.error.issues);
  try {
    await authApi.resendVerification(parsed.data.email);
    return { ok: true as const };
  } catch (error) {
    return failureFromError(error);
  }
}

export function Component() {
  const { t } = useTranslation();
  const outcome = useLoaderData<typeof loader>();
  const { user } = useSession();

  if (outcome.status === 'verified') {
    return (
      <div className="container page page--narrow">
        <PageTitle title={t('auth.verify.successTitle')} />
        <h1>{t('auth.verify.successTitle')}</h1>
        <Alert tone="success">{t('auth.verify.successBody', { email: outcome.email })}</Alert>
        <p className="actions">
          {user ? (
            <Link to="/me" className={buttonClass('primary')}>
              {t('nav.myOrganisations')}
            </Link>
          ) : (
            <Link to="/login?verified=1" className={buttonClass('primary')}>
              {t('auth.verify.toLogin')}
            </Link>
          )}
        </p>
      </div>
    );
  }

  const title = outcome.status === 'missing' ? t('auth.verify.missingTitle') : t('auth.verify.failedTitle');
  return (
    <div className="container page page--narrow">
      <PageTitle title={title} />
      <h1>{title}</h1>
      {outcome.status === 'invalid' && <Alert tone="error">{t('auth.verify.invalid')}</Alert>}
      {outcome.status === 'failed' && <Alert tone="error">{t('errors.generic')}</Alert>}
      {outcome.status === 'missing' && <p className="lead">{t('auth.verify.missing')}</p>}
      <Card className="stack">
        <h2 className="h3">{t('auth.resend.title')}</h2>
        <p>{t('auth.resend.body')}</p>
        <ResendVerification idPrefix="verify" />
      </Card>
    </div>
  );
}

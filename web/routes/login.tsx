import { useTranslation } from 'react-i18next';
import {
  Link,
  redirect,
  useActionData,
  useNavigation,
  useSearchParams,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { LoginBodySchema } from '../../contracts/auth';
import { adoptAccountLocale } from '../features/session/account-locale';
import { authApi } from '../features/session/auth-api';
import { ResendVerification } from '../features/session/ResendVerification';
import { safeNextPath, sessionStore } from '../features/session/session-store';
import { AuthForm } from '../features/session/AuthForm';
import { PageTitle } from '../features/shell/PageTitle';
import { useErrorText } from '../lib/errors';
import { failureFromError, failureFromIssues } from '../lib/forms';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { TextField } from '../ui/TextField';

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await sessionStore.ensure();
  if (user) throw redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = String(form.get('email') ?? '');
  const parsed = LoginBodySchema.safeParse({ email, password: String(form.get('password') ?? '') });
  if (!parsed.success) return { ...failureFromIssues(parsed.error.issues), email };
  try {
    const session = await authApi.login(parsed.data);
    if (!session.user) throw new Error('Login answered without a user');
    sessionStore.signIn(session.user, session.csrfToken);
    await adoptAccountLocale(session.user);
    return redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
  } catch (error) {
    return { ...failureFromError(error), email };
  }
}

export function Component() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const failure = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const busy = navigation.state === 'submitting';
  const fields = {
    email: { id: 'login-email', label: t('auth.fields.email') },
    password: { id: 'login-password', label: t('auth.fields.password') },
  };
  const notVerified = failure?.error?.code === 'EMAIL_NOT_VERIFIED';

  return (
    <div className="container page page--narrow">
      <PageTitle title={t('auth.login.title')} />
      <h1>{t('auth.login.title')}</h1>
      {params.get('verified') && <Alert tone="success">{t('auth.login.verified')}</Alert>}
      {params.get('reset') && <Alert tone="success">{t('auth.login.passwordChanged')}</Alert>}
      {params.get('next') && !failure && <Alert tone="info">{t('auth.login.needed')}</Alert>}
      <Card>
        <AuthForm failure={failure} fields={fields} busy={busy}>
          <TextField
            id={fields.email.id}
            name="email"
            type="email"
            autoComplete="email"
            label={fields.email.label}
            defaultValue={failure?.email}
            error={errors.field(failure, 'email')}
          />
          <TextField
            id={fields.password.id}
            name="password"
            type="password"
            autoComplete="current-password"
            label={fields.password.label}
            error={errors.field(failure, 'password')}
          />
          <div className="form-row">
            <Button type="submit" busy={busy}>
              {t('auth.login.submit')}
            </Button>
            <Link to="/forgot-password">{t('auth.login.forgot')}</Link>
          </div>
        </AuthForm>
      </Card>
      {notVerified && (
        <Card className="stack">
          <h2 className="h3">{t('auth.resend.title')}</h2>
          <p>{t('auth.resend.body')}</p>
          <ResendVerification email={failure.email} idPrefix="login" />
        </Card>
      )}
      <p className="form-footer">
        {t('auth.login.noAccount')} <Link to="/register">{t('nav.register')}</Link>
      </p>
    </div>
  );
}

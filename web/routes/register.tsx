import { useTranslation } from 'react-i18next';
import { Link, redirect, useActionData, useNavigation, type ActionFunctionArgs } from 'react-router';
import { RegisterBodySchema } from '../../contracts/auth';
import { authApi } from '../features/session/auth-api';
import { ResendVerification } from '../features/session/ResendVerification';
import { sessionStore } from '../features/session/session-store';
import { AuthForm } from '../features/session/AuthForm';
import { LocaleSelect } from '../features/session/LocaleSelect';
import { PageTitle } from '../features/shell/PageTitle';
import { currentLocale } from '../i18n';
import { useErrorText } from '../lib/errors';
import { failureFromError, failureFromIssues } from '../lib/forms';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { TextField } from '../ui/TextField';

export async function loader() {
  const { user } = await sessionStore.ensure();
  if (user) throw redirect('/me');
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const parsed = RegisterBodySchema.safeParse({
    displayName: String(form.get('displayName') ?? ''),
    email: String(form.get('email') ?? ''),
    password: String(form.get('password') ?? ''),
    locale: String(form.get('locale') ?? currentLocale()),
  });
  if (!parsed.success) return failureFromIssues(parsed.error.issues);
  try {
    const { user } = await authApi.register(parsed.data);
    return { ok: true as const, email: user.email };
  } catch (error) {
    const failure = failureFromError(error);
    // The address is the field at fault: say so next to it.
    if (failure.error?.code === 'EMAIL_TAKEN')
      failure.fields.push({ path: 'email', message: failure.error.message });
    return failure;
  }
}

export function Component() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const failure = result && !result.ok ? result : undefined;
  const fields = {
    displayName: { id: 'register-name', label: t('auth.fields.displayName') },
    email: { id: 'register-email', label: t('auth.fields.email') },
    password: { id: 'register-password', label: t('auth.fields.password') },
    locale: { id: 'register-locale', label: t('auth.fields.locale') },
  };

  if (result?.ok) {
    return (
      <div className="container page page--narrow">
        <PageTitle title={t('auth.register.sentTitle')} />
        <h1>{t('auth.register.sentTitle')}</h1>
        <Alert tone="success">{t('auth.register.sentBody', { email: result.email })}</Alert>
        <Card className="stack">
          <h2 className="h3">{t('auth.resend.title')}</h2>
          <p>{t('auth.resend.body')}</p>
          <ResendVerification email={result.email} idPrefix="register" />
        </Card>
        <p>
          <Link to="/login">{t('auth.register.toLogin')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="container page page--narrow">
      <PageTitle title={t('auth.register.title')} />
      <h1>{t('auth.register.title')}</h1>
      <p className="lead">{t('auth.register.lead')}</p>
      <Card>
        <AuthForm
          failure={failure}
          fields={fields}
          busy={busy}
          errorOverrides={{ EMAIL_TAKEN: t('errors.code.VALIDATION_FAILED') }}
        >
          <TextField
            id={fields.displayName.id}
            name="displayName"
            autoComplete="name"
            label={fields.displayName.label}
            hint={t('auth.register.displayNameHint')}
            required
            error={errors.field(failure, 'displayName')}
          />
          <TextField
            id={fields.email.id}
            name="email"
            type="email"
            autoComplete="email"
            label={fields.email.label}
            required
            error={errors.field(failure, 'email')}
          />
          <TextField
            id={fields.password.id}
            name="password"
            type="password"
            autoComplete="new-password"
            label={fields.password.label}
            hint={t('auth.passwordHint')}
            required
            error={errors.field(failure, 'password')}
          />
          <LocaleSelect
            id={fields.locale.id}
            label={fields.locale.label}
            hint={t('auth.register.localeHint')}
            defaultValue={currentLocale()}
          />
          <Button type="submit" busy={busy}>
            {t('auth.register.submit')}
          </Button>
        </AuthForm>
      </Card>
      <p className="form-footer">
        {t('auth.register.haveAccount')} <Link to="/login">{t('nav.login')}</Link>
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, useActionData, useNavigation, type ActionFunctionArgs } from 'react-router';
import { EmailBodySchema } from '../../contracts/auth';
import { authApi } from '../features/session/auth-api';
import { AuthForm } from '../features/session/AuthForm';
import { PageTitle } from '../features/shell/PageTitle';
import { useErrorText } from '../lib/errors';
import { failureFromError, failureFromIssues } from '../lib/forms';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { TextField } from '../ui/TextField';

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const parsed = EmailBodySchema.safeParse({ email: String(form.get('email') ?? '') });
  if (!parsed.success) return failureFromIssues(parsed.error.issues);
  try {
    await authApi.forgotPassword(parsed.data.email);
    return { ok: true as const, email: parsed.data.email };
  } catch (error) {
    return failureFromError(error);
  }
}

export function Component() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const failure = result && !result.ok ? result : undefined;
  const fields = { email: { id: 'forgot-email', label: t('auth.fields.email') } };

  return (
    <div className="container page page--narrow">
      <PageTitle title={t('auth.forgot.title')} />
      <h1>{t('auth.forgot.title')}</h1>
      {result?.ok ? (
        <>
          {/* The same answer whether or not the address has an account, so nobody can probe for accounts. */}
          <Alert tone="success">{t('auth.forgot.sent', { email: result.email })}</Alert>
          <p>
            <Link to="/login">{t('auth.forgot.backToLogin')}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">{t('auth.forgot.lead')}</p>
          <Card>
            <AuthForm failure={failure} fields={fields} busy={busy}>
              <TextField
                id={fields.email.id}
                name="email"
                type="email"
                autoComplete="email"
                label={fields.email.label}
                error={errors.field(failure, 'email')}
              />
              <Button type="submit" busy={busy}>
                {t('auth.forgot.submit')}
              </Button>
            </AuthForm>
          </Card>
          <p className="form-footer">
            <Link to="/login">{t('auth.forgot.backToLogin')}</Link>
          </p>
        </>
      )}
    </div>
  );
}

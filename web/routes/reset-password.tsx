import { useTranslation } from 'react-i18next';
import {
  Link,
  redirect,
  useActionData,
  useNavigation,
  useSearchParams,
  type ActionFunctionArgs,
} from 'react-router';
import { ResetPasswordBodySchema } from '../../contracts/auth';
import { authApi } from '../features/session/auth-api';
import { sessionStore } from '../features/session/session-store';
import { AuthForm } from '../features/session/AuthForm';
import { PageTitle } from '../features/shell/PageTitle';
import { useErrorText } from '../lib/errors';
import { failureFromError, failureFromIssues, failureOf, fieldFailure } from '../lib/forms';
import { Alert } from '../ui/Alert';
import { Button, buttonClass } from '../ui/Button';
import { Card } from '../ui/Card';
import { TextField } from '../ui/TextField';

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const password = String(form.get('password') ?? '');
  const confirmation = String(form.get('confirmation') ?? '');
  const parsed = ResetPasswordBodySchema.safeParse({
    token: new URL(request.url).searchParams.get('token') ?? '',
    password,
  });
  if (!parsed.success) return failureFromIssues(parsed.error.issues);
  if (password !== confirmation) return failureOf([fieldFailure('confirmation', 'passwordsDiffer')]);
  try {
    await authApi.resetPassword(parsed.data.token, parsed.data.password);
  } catch (error) {
    return failureFromError(error);
  }
  // The server ends every session of the account on reset, this one included.
  sessionStore.signOut();
  return redirect('/login?reset=1');
}

export function Component() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const failure = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const busy = navigation.state === 'submitting';
  const fields = {
    password: { id: 'reset-password', label: t('auth.reset.password') },
    confirmation: { id: 'reset-confirmation', label: t('auth.reset.confirmation') },
  };
  const tokenProblem =
    !params.get('token') ||
    failure?.error?.code === 'INVALID_TOKEN' ||
    failure?.fields.some((f) => f.path === 'token');

  return (
    <div className="container page page--narrow">
      <PageTitle title={t('auth.reset.title')} />
      <h1>{t('auth.reset.title')}</h1>
      {tokenProblem ? (
        <>
          <Alert tone="error">{t('auth.reset.invalidLink')}</Alert>
          <p className="actions">
            <Link to="/forgot-password" className={buttonClass('primary')}>
              {t('auth.reset.requestNew')}
            </Link>
          </p>
        </>
      ) : (
        <Card>
          <AuthForm failure={failure} fields={fields} busy={busy}>
            <TextField
              id={fields.password.id}
              name="password"
              type="password"
              autoComplete="new-password"
              label={fields.password.label}
              hint={t('auth.passwordHint')}
              error={errors.field(failure, 'password')}
            />
            <TextField
              id={fields.confirmation.id}
              name="confirmation"
              type="password"
              autoComplete="new-password"
              label={fields.confirmation.label}
              error={errors.field(failure, 'confirmation')}
            />
            <Button type="submit" busy={busy}>
              {t('auth.reset.submit')}
            </Button>
          </AuthForm>
        </Card>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import {
  Link,
  useActionData,
  useLoaderData,
  useNavigation,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { UpdateMeBodySchema } from '../../contracts/auth';
import { membershipsApi } from '../features/memberships/memberships-api';
import { savedSearchesApi } from '../features/saved-searches/saved-searches-api';
import { SavedSearchList } from '../features/saved-searches/SavedSearchList';
import { authApi } from '../features/session/auth-api';
import { requireUser, sessionStore, useSession } from '../features/session/session-store';
import { AuthForm } from '../features/session/AuthForm';
import { LocaleSelect } from '../features/session/LocaleSelect';
import { PageTitle } from '../features/shell/PageTitle';
import { changeLocale } from '../i18n';
import { useErrorText } from '../lib/errors';
import { countryName } from '../lib/format';
import { failureFromError, failureFromIssues } from '../lib/forms';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { Button, buttonClass } from '../ui/Button';
import { Card } from '../ui/Card';
import { EmptyState } from '../ui/EmptyState';
import { TextField } from '../ui/TextField';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const [memberships, savedSearches] = await Promise.all([membershipsApi.mine(), savedSearchesApi.list()]);
  return { memberships: memberships.items, savedSearches };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request);
  const form = await request.formData();
  const parsed = UpdateMeBodySchema.safeParse({
    displayName: String(form.get('displayName') ?? ''),
    locale: String(form.get('locale') ?? ''),
  });
  if (!parsed.success) return failureFromIssues(parsed.error.issues);
  try {
    const { user } = await authApi.updateMe(parsed.data);
    sessionStore.updateUser(user);
    // Saving the preferred language here is an explicit choice: apply it and remember it.
    await changeLocale(user.locale, { remember: true });
    return { ok: true as const };
  } catch (error) {
    return failureFromError(error);
  }
}

const STATUS_TONE = { active: 'success', pending: 'warning', rejected: 'danger' } as const;

export function Component() {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const { memberships, savedSearches } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { user } = useSession();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const failure = result && !result.ok ? result : undefined;
  const fields = {
    displayName: { id: 'me-name', label: t('auth.fields.displayName') },
    locale: { id: 'me-locale', label: t('auth.fields.locale') },
  };
  if (!user) return null;

  return (
    <div className="container page">
      <PageTitle title={t('me.title')} />
      <h1>{t('me.title')}</h1>
      <p className="lead">{t('me.lead', { name: user.displayName })}</p>
      <div className="two-columns">
        <section aria-labelledby="my-orgs-heading" className="stack">
          <div className="section-heading">
            <h2 id="my-orgs-heading">{t('me.organisations')}</h2>
            <Link to="/organisations/new" className={buttonClass('primary', 'sm')}>
              {t('nav.createOrganisation')}
            </Link>
          </div>
          {memberships.length === 0 ? (
            <EmptyState title={t('me.none.title')} level={3}>
              <p>{t('me.none.body')}</p>
            </EmptyState>
          ) : (
            <ul className="membership-list">
              {memberships.map((m) => (
                <li key={m.organisation.id}>
                  <Card className="membership">
                    <div>
                      <Link to={`/organisations/${m.organisation.slug}`} className="membership__name">
                        {m.organisation.name}
                      </Link>
                      <p className="muted">
                        {t(`organisations.type.${m.organisation.type}`)} ·{' '}
                        {countryName(m.organisation.countryCode, i18n.language)}
                      </p>
                    </div>
                    <div className="membership__badges">
                      <Badge>{t(`memberships.role.${m.role}`)}</Badge>
                      <Badge tone={STATUS_TONE[m.status]}>{t(`memberships.state.${m.status}`)}</Badge>
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
          )}
          <SavedSearchList initial={savedSearches} />
        </section>
        <section aria-labelledby="profile-heading">
          <Card className="stack">
            <h2 id="profile-heading" className="h3">
              {t('me.profile')}
            </h2>
            <p className="muted">{t('me.signedInAs', { email: user.email })}</p>
            <p>
              <Link to="/settings/notifications">{t('notifications.meLink')}</Link>
            </p>
            {result?.ok && <Alert tone="success">{t('me.saved')}</Alert>}
            <AuthForm failure={failure} fields={fields} busy={busy}>
              <TextField
                id={fields.displayName.id}
                name="displayName"
                autoComplete="name"
                label={fields.displayName.label}
                defaultValue={user.displayName}
                error={errors.field(failure, 'displayName')}
              />
              <LocaleSelect
                id={fields.locale.id}
                label={fields.locale.label}
                hint={t('me.localeHint')}
                defaultValue={user.locale}
                key={user.locale}
              />
              <Button type="submit" busy={busy}>
                {t('me.save')}
              </Button>
            </AuthForm>
          </Card>
        </section>
      </div>
    </div>
  );
}

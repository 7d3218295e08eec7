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
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_FREQUENCIES,
  UpdateNotificationPreferencesBodySchema,
} from '../../contracts/notifications';
import { notificationsApi } from '../features/notifications/notifications-api';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { useErrorText } from '../lib/errors';
import { failureFromError, failureFromIssues } from '../lib/forms';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { Select } from '../ui/Select';
import '../features/notifications/notifications.css';

const SAME = 'default';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return notificationsApi.preferences();
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request);
  const form = await request.formData();
  const overrides: Record<string, string> = {};
  for (const category of NOTIFICATION_CATEGORIES) {
    const value = String(form.get(`category-${category}`) ?? SAME);
    if (value !== SAME) overrides[category] = value;
  }
  const parsed = UpdateNotificationPreferencesBodySchema.safeParse({
    frequency: String(form.get('frequency') ?? ''),
    overrides,
  });
  if (!parsed.success) return failureFromIssues(parsed.error.issues);
  try {
    await notificationsApi.savePreferences(parsed.data);
    return { ok: true as const };
  } catch (error) {
    return failureFromError(error);
  }
}

export function Component() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const prefs = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  // Categories the page does not name (set through the API) are kept as they are.
  const unnamed = Object.entries(prefs.overrides).filter(
    ([c]) => !(NOTIFICATION_CATEGORIES as readonly string[]).includes(c),
  );

  return (
    <div className="container page page--narrow stack">
      <PageTitle title={t('notifications.settings.title')} />
      <h1>{t('notifications.settings.title')}</h1>
      <p className="lead">{t('notifications.settings.lead')}</p>
      <div aria-live="polite">
        {result?.ok && <Alert tone="success">{t('notifications.settings.saved')}</Alert>}
        {result && !result.ok && <Alert tone="error">{errors.describe(result.error)}</Alert>}
      </div>
      <Card>
        <Form method="post" className="stack">
          <Select
            id="frequency"
            name="frequency"
            label={t('notifications.settings.general')}
            hint={t('notifications.settings.generalHint')}
            defaultValue={prefs.frequency}
            key={`f-${prefs.frequency}`}
          >
            {NOTIFICATION_FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {t(`notifications.frequency.${f}`)}
              </option>
            ))}
          </Select>
          <fieldset className="stack-sm">
            <legend className="h3">{t('notifications.settings.perCategory')}</legend>
            {NOTIFICATION_CATEGORIES.map((category) => (
              <Select
                key={`${category}-${prefs.overrides[category] ?? SAME}`}
                id={`category-${category}`}
                name={`category-${category}`}
                label={t(`notifications.category.${category}`)}
                defaultValue={prefs.overrides[category] ?? SAME}
              >
                <option value={SAME}>{t('notifications.settings.sameAsGeneral')}</option>
                {NOTIFICATION_FREQUENCIES.map((f) => (
                  <option key={f} value={f}>
                    {t(`notifications.frequency.${f}`)}
                  </option>
                ))}
              </Select>
            ))}
          </fieldset>
          {unnamed.map(([category, frequency]) => (
            <input key={category} type="hidden" name={`category-${category}`} value={frequency} />
          ))}
          <p className="muted">{t('notifications.settings.digestTimes')}</p>
          <Button type="submit" busy={busy} disabled={busy}>
            {t('notifications.settings.save')}
          </Button>
        </Form>
      </Card>
      <p>
        <Link to="/notifications">{t('notifications.settings.back')}</Link>
      </p>
    </div>
  );
}

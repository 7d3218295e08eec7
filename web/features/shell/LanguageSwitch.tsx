import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contracts/common';
import { changeLocale, currentLocale, LOCALES } from '../../i18n';
import { cx } from '../../lib/cx';
import { authApi } from '../session/auth-api';
import { sessionStore, useSession } from '../session/session-store';

// Each language is named in itself, as language pickers should be.
const NATIVE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const active = i18n.language;

  async function choose(locale: Locale) {
    if (locale === currentLocale()) return;
    await changeLocale(locale, { remember: true });
    if (user && user.locale !== locale) {
      try {
        const { user: updated } = await authApi.updateMe({ locale });
        sessionStore.updateUser(updated);
      } catch (error) {
        // The interface already switched; only the e-mail language stays as it was.
        console.error('Lightpath: could not save the language preference', error);
      }
    }
  }

  return (
    <div role="group" aria-label={t('language.label')} className="lang-switch">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={active === locale}
          className={cx('lang-switch__option', active === locale && 'lang-switch__option--active')}
          onClick={() => void choose(locale)}
        >
          <span aria-hidden="true">{locale.toUpperCase()}</span>
          <span className="visually-hidden">{NATIVE_NAMES[locale]}</span>
        </button>
      ))}
    </div>
  );
}

import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../contracts/common';
import { en, fr } from './resources';

export const LOCALES = ['en', 'fr'] as const satisfies readonly Locale[];
const STORAGE_KEY = 'lightpath.locale';

function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'fr';
}

/** The language the visitor chose explicitly on this device, if any. */
export function rememberedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    // Storage can be disabled (privacy settings); the choice then lasts for the visit only.
    return null;
  }
}

/** The first of the visitor's browser languages that we support. */
function browserLocale(): Locale {
  const first = navigator.languages.map((l) => l.slice(0, 2).toLowerCase()).find(isLocale);
  return first ?? 'en';
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'en';
}

export async function changeLocale(locale: Locale, options: { remember: boolean }): Promise<void> {
  if (options.remember) {
    try {
      window.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // See rememberedLocale: without storage the choice is not kept across visits.
    }
  }
  await i18n.changeLanguage(locale);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: rememberedLocale() ?? browserLocale(),
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  returnNull: false,
  // Resources are bundled, so initialisation can finish before the first render.
  initAsync: false,
});
document.documentElement.lang = currentLocale();

export { i18n };

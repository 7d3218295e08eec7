import 'i18next';
import type en from './en.json';

// en.json is the source of truth: t() only accepts its keys, and fr.json must mirror them.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}

import 'i18next';
import type { en } from './resources';

// English is the source of truth: t() only accepts its keys, and French must mirror them.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}

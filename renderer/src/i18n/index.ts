import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { vi } from './vi';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}

/** Vietnamese is the UI language; the dictionary is bundled, so init is synchronous. */
export function initI18n() {
  void i18next.use(initReactI18next).init({
    lng: 'vi',
    fallbackLng: 'vi',
    resources: { vi: { translation: vi } },
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  return i18next;
}

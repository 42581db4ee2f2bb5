import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';

// Japanese is fetched only for a Japanese desk (before its first render, so no English flashes) or on
// a switch; the idle prefetch fetches it too, so switching works offline.
const loadJa = () => import('./locales/ja').then((m) => m.ja);

export const languages = ['en', 'ja'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'warroom.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  const found = languages.find((l) => l === saved);
  if (found !== undefined) return found;
  return navigator.language.startsWith('ja') ? 'ja' : 'en';
}

/** Starts i18next in the desk's language; both ship with the app, so nothing comes from the network. */
export async function startI18n(): Promise<void> {
  const lng = initialLanguage();
  const resources = {
    en: { translation: en },
    ...(lng === 'ja' ? { ja: { translation: await loadJa() } } : {}),
  };
  await i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
}

/** Fetches the strings a switch may need, once the first screen is up. */
export async function prefetchLanguages(): Promise<void> {
  await loadJa();
}

export async function switchLanguage(language: Language): Promise<void> {
  // Asked of one key the Japanese locale holds: a lazy part may have added its own ja strings already.
  if (language === 'ja' && i18next.getResource('ja', 'translation', 'app') === undefined) {
    i18next.addResourceBundle('ja', 'translation', await loadJa());
  }
  localStorage.setItem(storageKey, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

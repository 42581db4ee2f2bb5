import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { ja } from './locales/ja';

export const languages = ['en', 'ja'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'warroom.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  const found = languages.find((l) => l === saved);
  if (found !== undefined) return found;
  return navigator.language.startsWith('ja') ? 'ja' : 'en';
}

/** Starts i18next with both languages bundled: nothing is fetched, so it works offline. */
export async function startI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng: initialLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
}

export async function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem(storageKey, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

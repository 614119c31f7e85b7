/**
 * @module web/i18n
 * i18next set up for the web shell: Chinese (zh-CN) by default, English on request. The choice is
 * kept in localStorage and mirrored on `<html lang>`.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { type Messages, zhCN } from './zh-CN.ts';

/** The interface languages. */
export type Language = 'zh-CN' | 'en';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

const STORAGE_KEY = 'zhengce.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

/** The saved language, or Chinese when none (or storage is unavailable). */
function savedLanguage(): Language {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function mirrorOnDocument(lang: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** Initialises i18next once; returns the instance for the provider. */
export function initI18n(lang: Language = savedLanguage()): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      lng: lang,
      fallbackLng: 'zh-CN',
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    mirrorOnDocument(lang);
  }
  return i18n;
}

/** Switches the interface language, saves the choice and updates `<html lang>`. */
export async function setLanguage(lang: Language): Promise<void> {
  await i18n.changeLanguage(lang);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Private browsing may refuse storage; the switch still applies to this page.
  }
  mirrorOnDocument(lang);
}

/** `'en'` when the interface is English, else `'zh-CN'`. */
export function currentLanguage(lng: string | undefined): Language {
  return lng === 'en' ? 'en' : 'zh-CN';
}

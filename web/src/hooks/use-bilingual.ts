/**
 * @module web/hooks/use-bilingual
 * The interface language, and a picker for the API's `{zh, en}` texts (English falls back to
 * Chinese when a translation is missing).
 */
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../api.ts';
import { currentLanguage, type Language } from '../i18n/index.ts';

/** Returns the current language and `pick({zh, en})` for it. */
export function useBilingual(): { lang: Language; pick: (b: Bilingual | undefined) => string } {
  const { i18n } = useTranslation();
  const lang = currentLanguage(i18n.resolvedLanguage ?? i18n.language);
  const pick = (b: Bilingual | undefined): string => {
    if (!b) return '';
    return lang === 'en' ? b.en || b.zh : b.zh || b.en;
  };
  return { lang, pick };
}

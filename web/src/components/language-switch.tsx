/**
 * @module web/components/language-switch
 * 中文 / English toggle; the choice is saved (see i18n/index.ts).
 */
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { LANGUAGES, setLanguage } from '../i18n/index.ts';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { lang } = useBilingual();
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('lang.label')}</legend>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          className={lang === l ? 'is-active' : undefined}
          onClick={() => void setLanguage(l)}
        >
          {l === 'en' ? t('lang.en') : t('lang.zh')}
        </button>
      ))}
    </fieldset>
  );
}

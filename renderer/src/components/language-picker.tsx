import { currentLanguage, languages, setLanguage, t, type Language } from '../i18n/index.js';

/**
 * The UI language, changeable at any time. Each language is named in itself, so a user who
 * cannot read the current one still finds theirs; those names are marked as not to translate.
 */
export function LanguagePicker() {
  return (
    <label className="language" title={t('language.label')}>
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={currentLanguage()}
        onChange={(e) => void setLanguage(e.target.value as Language)}
        data-untranslated="language-names"
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.names.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

import { completeLanguages, isLanguage, languages } from '@jumelage/contracts';
import { useTranslation } from 'react-i18next';
import { Select } from '../design/Select.tsx';
import { changeLanguage, nativeLanguageName } from '../i18n/i18n.ts';

/** The header's choice of language: every EU language, the complete ones first; each named in its own language. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const option = (language: (typeof languages)[number]) => ({ id: language, label: nativeLanguageName(language), lang: language });
  const partial = languages.filter((language) => !completeLanguages.includes(language));
  return (
    <Select
      label={t('language.label')}
      hideLabel
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(language) => {
        if (isLanguage(language)) void changeLanguage(language);
      }}
      groups={[
        { title: t('language.complete'), options: completeLanguages.map(option) },
        { title: t('language.partial'), options: partial.map(option) },
      ]}
    />
  );
}

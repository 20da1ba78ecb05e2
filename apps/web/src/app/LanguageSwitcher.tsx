import { defaultLanguage, isLanguage } from '@jumelage/contracts';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectPlaceholder } from '../design/SelectPlaceholder.tsx';
import { nativeLanguageName } from '../i18n/i18n.ts';
import { lazyComponent } from './lazy-component.tsx';

const LanguageSelect = lazyComponent(() => import('./LanguageSelect.tsx'), 'LanguageSelect');

/**
 * The header's choice of language. Its list's code loads after the page; until then the current
 * language shows in the same place, so the header does not move.
 */
export function LanguageSwitcher() {
  const { i18n } = useTranslation();
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  const language = isLanguage(resolved) ? resolved : defaultLanguage;
  return (
    <Suspense fallback={<SelectPlaceholder value={nativeLanguageName(language)} lang={language} />}>
      <LanguageSelect />
    </Suspense>
  );
}

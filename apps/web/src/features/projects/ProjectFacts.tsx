import type { PublicProject } from '@jumelage/contracts';
import { useTranslation } from 'react-i18next';
import { FactList } from '../../design/FactList.tsx';
import { ageRange } from '../accounts/profile-format.ts';
import { useCountryName } from '../countries/use-countries.ts';

type Facts = Pick<PublicProject, 'themes' | 'subjects' | 'pupilAgeMin' | 'pupilAgeMax' | 'languages' | 'startsOn' | 'endsOn'> & {
  countries?: string[];
};

function dateRange(start: string | null, end: string | null, language: string): string {
  if (!start || !end) return '—';
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  return format.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
}

/** What a project is about and for whom, in the reader's language; the same on every page that shows a project. */
export function ProjectFacts({ project }: { project: Facts }) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const list = (values: string[], name: (value: string) => string) => (values.length > 0 ? values.map(name).join(', ') : '—');
  return (
    <FactList
      facts={[
        ...(project.countries ? [{ term: t('gallery.countries'), value: list(project.countries, countryName) }] : []),
        { term: t('gallery.themes'), value: list(project.themes, (theme) => t(`themes.${theme}`)) },
        { term: t('gallery.subjects'), value: list(project.subjects, (subject) => t(`subjects.${subject}`)) },
        { term: t('partners.ages'), value: ageRange(project.pupilAgeMin, project.pupilAgeMax) },
        { term: t('gallery.languages'), value: list(project.languages, (code) => languageName.of(code) ?? code) },
        { term: t('gallery.period'), value: dateRange(project.startsOn, project.endsOn, i18n.language) },
      ]}
    />
  );
}

/** The state of a project as a short badge text. */
export function useStatusLabel(): (status: string) => string {
  const { t } = useTranslation();
  return (status) => t(`projects.status.${status}`);
}

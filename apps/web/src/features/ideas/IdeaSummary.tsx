import type { Idea } from '@jumelage/contracts';
import { ideasOperations, webPages } from '@jumelage/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FactList } from '../../design/FactList.tsx';
import { ageRange } from '../accounts/profile-format.ts';
import { useCountryName } from '../countries/use-countries.ts';
import styles from '../partners/PartnersPage.module.css';
import { monthRange } from './idea-format.ts';

/** After a change to an idea: the searches and my list read it again. */
export async function invalidateIdeaLists(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: [ideasOperations.search.path] }),
    queryClient.invalidateQueries({ queryKey: ['my-ideas'] }),
  ]);
}

export function ideaPath(id: string): string {
  return webPages.idea.replace(':id', id);
}

/** The facts of an idea that decide whether to answer it; the title links to the idea. */
export function IdeaFacts({ idea }: { idea: Idea }) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' });
  return (
    <FactList
      facts={[
        { term: t('ideas.period'), value: monthRange(idea.startMonth, idea.endMonth, i18n.language) },
        { term: t('partners.subjects'), value: idea.subjects.map((subject) => t(`subjects.${subject}`)).join(', ') },
        { term: t('partners.ages'), value: ageRange(idea.pupilAgeMin, idea.pupilAgeMax) },
        { term: t('partners.languages'), value: idea.languages.map((code) => languageName.of(code)).join(', ') },
        {
          term: t('ideas.countriesWanted'),
          value: idea.countriesWanted.length > 0 ? idea.countriesWanted.map(countryName).join(', ') : t('ideas.anyCountry'),
        },
      ]}
    />
  );
}

export function IdeaCard({ idea, showAuthor = true }: { idea: Idea; showAuthor?: boolean }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  return (
    <li className={styles.card}>
      <div className={styles.cardHeader}>
        <h3 className={styles.name}>
          <Link href={ideaPath(idea.id)}>{idea.title}</Link>
        </h3>
        {idea.status === 'closed' && <span className={styles.badge}>{t('ideas.closed')}</span>}
        {idea.interests > 0 && <span className={styles.badge}>{t('ideas.answers', { count: idea.interests })}</span>}
      </div>
      {showAuthor && (
        <p className={styles.meta}>
          {idea.author.name} · {idea.author.schoolName}, {idea.author.town} · {countryName(idea.author.countryCode)}
        </p>
      )}
      <IdeaFacts idea={idea} />
    </li>
  );
}

import { projectTextFields, type ProjectDetail, type ProjectEvent } from '@jumelage/contracts';
import { useTranslation } from 'react-i18next';
import { FactList } from '../../design/FactList.tsx';
import { Panel } from '../../design/Page.tsx';
import { useCountryName } from '../countries/use-countries.ts';
import partnerStyles from '../partners/PartnersPage.module.css';
import styles from './Projects.module.css';

/** Each founding country's answer to the current submission, and every step since the draft. */
export function ProjectHistory({ history, reviews }: { history: ProjectEvent[]; reviews: ProjectDetail['reviews'] }) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Panel title={t('projects.history')}>
      {reviews.length > 0 && (
        <FactList
          facts={reviews.map((review) => ({ term: countryName(review.countryCode), value: t(`projects.review.${review.status}`) }))}
        />
      )}
      <ol className={styles.history}>
        {history.map((event, index) => (
          <li key={index}>
            <time dateTime={event.createdAt}>{time.format(new Date(event.createdAt))}</time>
            {t(`projects.events.${event.kind}`, {
              actor: event.actorName ?? '—',
              country: event.countryCode ? countryName(event.countryCode) : '',
            })}
            {event.reason && <p className={partnerStyles.message}>{event.reason}</p>}
            {event.previousTexts && (
              <details>
                <summary>{t('projects.textsBefore')}</summary>
                <FactList
                  facts={projectTextFields.map((field) => ({
                    term: t(`projects.fields.${field}`),
                    value: event.previousTexts?.[field] || '—',
                  }))}
                />
              </details>
            )}
          </li>
        ))}
      </ol>
    </Panel>
  );
}

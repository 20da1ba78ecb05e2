import { webPages } from '@jumelage/contracts';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/use-page-title.ts';
import { LinkButton } from '../../design/Button.tsx';
import { useSession } from '../accounts/use-session.ts';
import { useCountries } from '../countries/use-countries.ts';
import { CountriesSection } from './CountriesSection.tsx';
import styles from './HomePage.module.css';

const steps = ['register', 'partner', 'collaborate', 'share'] as const;
const audiences = ['teachers', 'pupils', 'offices'] as const;

/** What Jumelage is, for a teacher arriving for the first time: read in a few seconds. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const countries = useCountries();
  const session = useSession();
  return (
    <>
      <section className={styles.hero} aria-labelledby="home-title">
        <div className={styles.heroInner}>
          <p className={styles.eyebrow}>
            {countries.isSuccess ? t('home.eyebrow', { count: countries.data.length }) : t('home.eyebrowLoading')}
          </p>
          <h1 id="home-title">{t('home.heading')}</h1>
          <p className={styles.lead}>{t('home.lead')}</p>
          <div className={styles.actions}>
            {session.data ? (
              <LinkButton href={webPages.account}>{t('home.accountAction')}</LinkButton>
            ) : (
              <LinkButton href={webPages.register}>{t('home.registerAction')}</LinkButton>
            )}
            <LinkButton href="#how-it-works" variant="secondary">
              {t('home.primaryAction')}
            </LinkButton>
          </div>
        </div>
      </section>

      <section id="how-it-works" className={styles.section} aria-labelledby="steps-title">
        <h2 id="steps-title">{t('home.steps.heading')}</h2>
        <p className={styles.sectionIntro}>{t('home.steps.intro')}</p>
        <ol className={styles.steps}>
          {steps.map((step, index) => (
            <li key={step} className={styles.card}>
              <span className={styles.stepNumber} aria-hidden="true">
                {index + 1}
              </span>
              <h3>{t(`home.steps.${step}.title`)}</h3>
              <p>{t(`home.steps.${step}.text`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section className={styles.band} aria-labelledby="audiences-title">
        <div className={styles.bandInner}>
          <h2 id="audiences-title">{t('home.audiences.heading')}</h2>
          <ul className={styles.audiences}>
            {audiences.map((audience) => (
              <li key={audience}>
                <h3>{t(`home.audiences.${audience}.title`)}</h3>
                <p>{t(`home.audiences.${audience}.text`)}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <CountriesSection />
    </>
  );
}

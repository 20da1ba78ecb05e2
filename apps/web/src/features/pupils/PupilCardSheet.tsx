import { webPages, type PupilCard } from '@jumelage/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../design/Alert.tsx';
import { Button } from '../../design/Button.tsx';
import styles from './PupilCardSheet.module.css';
import { fullName } from './pupil-names.ts';

/**
 * Sign-in cards to print and hand out: name, username, password and where to sign in. The
 * passwords are shown this once; printing shows the cards alone.
 */
export function PupilCardSheet({ title, cards, onClose }: { title: string; cards: PupilCard[]; onClose: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Whoever asked for the cards is taken to them, screen readers included.
  useEffect(() => heading.current?.focus(), []);
  const address = `${window.location.origin}${webPages.pupilSignIn}`;
  return (
    <section className={styles.sheet} aria-labelledby="pupil-cards-title">
      <div className={styles.screenOnly}>
        <h2 id="pupil-cards-title" ref={heading} tabIndex={-1} className={styles.title}>
          {title}
        </h2>
        <Alert tone="info" title={t('twinspace.cards.onlyOnce')} />
        <div className={styles.actions}>
          <Button onPress={() => window.print()}>{t('twinspace.cards.print')}</Button>
          <Button variant="secondary" onPress={onClose}>
            {t('twinspace.cards.close')}
          </Button>
        </div>
      </div>
      <ul className={styles.cards}>
        {cards.map((card) => (
          <li key={card.id} className={styles.card}>
            <p className={styles.name}>{fullName(card)}</p>
            <dl className={styles.credentials}>
              <dt>{t('twinspace.cards.username')}</dt>
              <dd className={styles.secret}>{card.username}</dd>
              <dt>{t('twinspace.cards.password')}</dt>
              <dd className={styles.secret}>{card.password}</dd>
              <dt>{t('twinspace.cards.address')}</dt>
              <dd className={styles.address}>{address}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

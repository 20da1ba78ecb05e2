import type { ReactNode } from 'react';
import styles from './FactList.module.css';

/** Short labelled facts about one thing (subjects, ages, languages…), as a description list. */
export function FactList({ facts }: { facts: Array<{ term: string; value: ReactNode }> }) {
  return (
    <dl className={styles.facts}>
      {facts.map((fact) => (
        <div key={fact.term} className={styles.fact}>
          <dt>{fact.term}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

import type { ReactNode } from 'react';
import styles from './Card.module.css';

/** Things of one kind, one item each (a Card, usually), as a semantic list. */
export function List({ label, isBusy = false, children }: { label?: string; isBusy?: boolean; children: ReactNode }) {
  return (
    <ul className={styles.list} aria-label={label} aria-busy={isBusy || undefined}>
      {children}
    </ul>
  );
}

import type { ReactNode } from 'react';
import styles from './EmptyState.module.css';

/** What a list shows when it has nothing yet: say why, and what to do. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <div className={styles.empty}>{children}</div>;
}

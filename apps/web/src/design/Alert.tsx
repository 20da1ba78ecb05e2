import type { ReactNode } from 'react';
import styles from './Alert.module.css';

/** A message about the state of the page; errors are announced to screen readers at once. */
export function Alert({ tone, title, children }: { tone: 'error' | 'info'; title: string; children?: ReactNode }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`${styles.alert} ${styles[tone]}`}>
      <strong>{title}</strong>
      {children}
    </div>
  );
}

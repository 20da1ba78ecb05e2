import type { ReactNode } from 'react';
import styles from './Page.module.css';

/** The frame of a page's content: a title, an optional introduction, then the content. */
export function Page({
  title,
  intro,
  width = 'normal',
  children,
}: {
  title: string;
  intro?: ReactNode;
  width?: 'narrow' | 'normal' | 'wide';
  children: ReactNode;
}) {
  return (
    <div className={`${styles.page} ${styles[width]}`}>
      <h1>{title}</h1>
      {intro && <div className={styles.intro}>{intro}</div>}
      {children}
    </div>
  );
}

/** A group of related fields or content, with its own heading. */
export function Panel({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <section className={styles.panel}>
      {title && <h2 className={styles.panelTitle}>{title}</h2>}
      {children}
    </section>
  );
}

import { webPages } from '@jumelage/contracts';
import { usePageTitle } from '../../app/use-page-title.ts';
import { LinkButton } from '../../design/Button.tsx';
import styles from './StatusPage.module.css';

/** A whole page saying why the page asked for is not shown: its status, what happened, and the way home. */
export function StatusPage({ status, title, text, action }: { status: 403 | 404; title: string; text: string; action: string }) {
  usePageTitle(title);
  return (
    <section className={styles.page} aria-labelledby="status-title">
      <p className={styles.code} aria-hidden="true">
        {status}
      </p>
      <h1 id="status-title">{title}</h1>
      <p className={styles.text}>{text}</p>
      <LinkButton href={webPages.home}>{action}</LinkButton>
    </section>
  );
}

import type { ReactNode } from 'react';
import styles from './Card.module.css';

type CardProps = {
  /** The thing's name, as a heading of the given level (3 under a page's panels). */
  title?: ReactNode;
  level?: 2 | 3 | 4;
  /** Short states beside the title (Badge). */
  badges?: ReactNode;
  children?: ReactNode;
};

/** One thing in a List: its title with its badges, then what is said of it. */
export function Card({ title, level = 3, badges, children }: CardProps) {
  const Heading = `h${level}` as const;
  return (
    <li className={styles.card}>
      {title !== undefined && (
        <div className={styles.header}>
          <Heading className={styles.title}>{title}</Heading>
          {badges && <span className={styles.badges}>{badges}</span>}
        </div>
      )}
      {children}
    </li>
  );
}

/** A short state of the thing, beside a card's title ("Active", "Public"). */
export function Badge({ children }: { children: ReactNode }) {
  return <span className={styles.badge}>{children}</span>;
}

/** A line of secondary facts in a card (where, when, who). */
export function CardMeta({ children }: { children: ReactNode }) {
  return <p className={styles.meta}>{children}</p>;
}

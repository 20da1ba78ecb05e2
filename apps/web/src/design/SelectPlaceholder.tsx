import styles from './Field.module.css';

/** The arrow of a Select's button. */
export function Chevron() {
  return (
    <svg className={styles.chevron} viewBox="0 0 12 12" aria-hidden="true">
      <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" />
    </svg>
  );
}

/**
 * What a Select looks like while its code is still loading: its value where the button will be.
 * Not usable yet, so hidden from assistive technology until the real one replaces it.
 */
export function SelectPlaceholder({ value, lang }: { value: string; lang?: string }) {
  return (
    <div className={styles.field} aria-hidden="true">
      <span className={styles.trigger}>
        <span lang={lang}>{value}</span>
        <Chevron />
      </span>
    </div>
  );
}

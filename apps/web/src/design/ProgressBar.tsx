import { Label, Meter as AriaMeter, ProgressBar as AriaProgressBar } from 'react-aria-components';
import styles from './ProgressBar.module.css';

type BarProps = {
  label: string;
  /** Between 0 and 100. */
  value: number;
  /** What screen readers and the line beside the label say, such as "12 MB of 100 MB". */
  valueLabel: string;
};

function Bar({
  label,
  valueLabel,
  percentage,
  tone,
}: {
  label: string;
  valueLabel: string;
  percentage: number;
  tone: 'progress' | 'full' | 'normal';
}) {
  return (
    <>
      <div className={styles.header}>
        <Label className={styles.label}>{label}</Label>
        <span className={styles.value}>{valueLabel}</span>
      </div>
      <div className={styles.track}>
        <div className={`${styles.fill} ${styles[tone]}`} style={{ width: `${Math.min(100, Math.max(0, percentage))}%` }} />
      </div>
    </>
  );
}

/** How far a piece of work has come (an upload): announced to screen readers as it moves. */
export function ProgressBar({ label, value, valueLabel }: BarProps) {
  return (
    <AriaProgressBar value={value} valueLabel={valueLabel} className={styles.bar}>
      {({ percentage = 0 }) => <Bar label={label} valueLabel={valueLabel} percentage={percentage} tone="progress" />}
    </AriaProgressBar>
  );
}

/** How much of something is used (storage): turns to the warning colour past 90 %. */
export function Meter({ label, value, valueLabel }: BarProps) {
  return (
    <AriaMeter value={value} valueLabel={valueLabel} className={styles.bar}>
      {({ percentage }) => <Bar label={label} valueLabel={valueLabel} percentage={percentage} tone={percentage > 90 ? 'full' : 'normal'} />}
    </AriaMeter>
  );
}

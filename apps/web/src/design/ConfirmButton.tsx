import { useState } from 'react';
import { Button, type ButtonVariant } from './Button.tsx';
import styles from './ConfirmButton.module.css';

type ConfirmButtonProps = {
  /** The first button: it only asks. */
  label: string;
  /** What screen readers hear for the first button when its label alone repeats down a list ("Remove: Léa"). */
  accessibleLabel?: string;
  /** The button that does it, shown in place of the first one. */
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  isDisabled?: boolean;
  variant?: ButtonVariant;
};

/** An action that cannot be undone: a first press asks, a second one (focused at once) does it. */
export function ConfirmButton({
  label,
  accessibleLabel,
  confirmLabel,
  cancelLabel,
  onConfirm,
  isDisabled = false,
  variant = 'secondary',
}: ConfirmButtonProps) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant={variant} isDisabled={isDisabled} onPress={() => setConfirming(true)} aria-label={accessibleLabel}>
        {label}
      </Button>
    );
  }
  return (
    <span className={styles.confirm}>
      <Button variant="danger" autoFocus isDisabled={isDisabled} onPress={onConfirm}>
        {confirmLabel}
      </Button>
      <Button variant="quiet" onPress={() => setConfirming(false)}>
        {cancelLabel}
      </Button>
    </span>
  );
}

import type { FormEvent, ReactNode } from 'react';
import { Button } from './Button.tsx';
import styles from './Form.module.css';

/** A form that never reloads the page; the caller validates and sends. */
export function Form({ onSubmit, children, label }: { onSubmit: () => void; children: ReactNode; label?: string }) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={label} className={styles.form}>
      {children}
    </form>
  );
}

export function FormActions({ children }: { children: ReactNode }) {
  return <div className={styles.actions}>{children}</div>;
}

/** The buttons of a small form opened in place: send it, or close it again. */
export function SubmitOrCancel({
  submitLabel,
  cancelLabel,
  isDisabled,
  onCancel,
}: {
  submitLabel: string;
  cancelLabel: string;
  isDisabled: boolean;
  onCancel: () => void;
}) {
  return (
    <FormActions>
      <Button type="submit" isDisabled={isDisabled}>
        {submitLabel}
      </Button>
      <Button variant="quiet" onPress={onCancel}>
        {cancelLabel}
      </Button>
    </FormActions>
  );
}

import {
  FieldError,
  Input,
  Label,
  Text,
  TextArea as AriaTextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';
import styles from './Field.module.css';

type TextFieldProps = Omit<AriaTextFieldProps, 'className' | 'children'> & {
  label: string;
  description?: string | undefined;
  /** A translated message; the field is marked invalid while it is set. */
  errorMessage?: string | undefined;
  /** Several lines of text. */
  multiline?: boolean;
};

/** A labelled text input (or text area) with an optional hint and error, announced to screen readers. */
export function TextField({ label, description, errorMessage, multiline, ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={errorMessage ? true : props.isInvalid} validationBehavior="aria" className={styles.field}>
      <Label className={styles.label}>
        {label}
        {props.isRequired && <span aria-hidden="true"> *</span>}
      </Label>
      {multiline ? <AriaTextArea className={`${styles.input} ${styles.textArea}`} /> : <Input className={styles.input} />}
      {description && (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      )}
      <FieldError className={styles.error}>{errorMessage}</FieldError>
    </AriaTextField>
  );
}

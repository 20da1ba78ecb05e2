import type { ReactNode } from 'react';
import { Checkbox as AriaCheckbox, CheckboxGroup as AriaCheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import styles from './Checkbox.module.css';
import fieldStyles from './Field.module.css';

function Box() {
  return (
    <span className={styles.box} aria-hidden="true">
      <svg viewBox="0 0 18 18">
        <polyline points="3.5 9.5 7.5 13 14.5 5" />
      </svg>
    </span>
  );
}

export function Checkbox({
  value,
  children,
  isSelected,
  onChange,
}: {
  value?: string;
  children: ReactNode;
  isSelected?: boolean;
  onChange?: (selected: boolean) => void;
}) {
  return (
    <AriaCheckbox
      className={styles.checkbox}
      {...(value !== undefined ? { value } : {})}
      {...(isSelected !== undefined ? { isSelected } : {})}
      {...(onChange ? { onChange } : {})}
    >
      <Box />
      <span>{children}</span>
    </AriaCheckbox>
  );
}

type CheckboxGroupProps = {
  label: string;
  description?: string;
  errorMessage?: string | undefined;
  options: Array<{ value: string; label: string }>;
  value: string[];
  onChange: (value: string[]) => void;
};

/** Several choices among a fixed list, laid out in columns. */
export function CheckboxGroup({ label, description, errorMessage, options, value, onChange }: CheckboxGroupProps) {
  return (
    <AriaCheckboxGroup
      value={value}
      onChange={onChange}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      className={fieldStyles.field}
    >
      <Label className={fieldStyles.label}>{label}</Label>
      {description && (
        <Text slot="description" className={fieldStyles.description}>
          {description}
        </Text>
      )}
      <div className={styles.columns}>
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value}>
            {option.label}
          </Checkbox>
        ))}
      </div>
      <FieldError className={fieldStyles.error}>{errorMessage}</FieldError>
    </AriaCheckboxGroup>
  );
}

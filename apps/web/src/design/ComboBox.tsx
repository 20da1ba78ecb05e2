import type { Key } from 'react-aria-components';
import { Button, ComboBox as AriaComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import styles from './Field.module.css';

export type ComboBoxItem = { id: string; label: string; detail?: string };

type ComboBoxProps = {
  label: string;
  description?: string;
  items: ComboBoxItem[];
  inputValue: string;
  onInputChange: (value: string) => void;
  selectedId: string | null;
  onSelectionChange: (id: string | null) => void;
  /** Shown in the list while nothing matches what is typed. */
  emptyText: string;
  isRequired?: boolean;
  errorMessage?: string | undefined;
};

/** Type to search, then choose: the items come from the caller (often from the server). */
export function ComboBox(props: ComboBoxProps) {
  return (
    <AriaComboBox
      items={props.items}
      inputValue={props.inputValue}
      onInputChange={props.onInputChange}
      selectedKey={props.selectedId}
      onSelectionChange={(key: Key | null) => props.onSelectionChange(key === null ? null : String(key))}
      allowsEmptyCollection
      menuTrigger="input"
      isRequired={props.isRequired ?? false}
      isInvalid={Boolean(props.errorMessage)}
      validationBehavior="aria"
      className={styles.field}
    >
      <Label className={styles.label}>
        {props.label}
        {props.isRequired && <span aria-hidden="true"> *</span>}
      </Label>
      <div className={styles.comboInput}>
        <Input className={styles.input} />
        <Button className={styles.comboButton} aria-hidden="true">
          <svg className={styles.chevron} viewBox="0 0 12 12">
            <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" />
          </svg>
        </Button>
      </div>
      {props.description && (
        <Text slot="description" className={styles.description}>
          {props.description}
        </Text>
      )}
      <FieldError className={styles.error}>{props.errorMessage}</FieldError>
      <Popover className={styles.popover}>
        <ListBox<ComboBoxItem> className={styles.listbox} renderEmptyState={() => <p className={styles.empty}>{props.emptyText}</p>}>
          {(item) => (
            <ListBoxItem id={item.id} textValue={item.label} className={styles.option}>
              <span>{item.label}</span>
              {item.detail && <span className={styles.optionDetail}>{item.detail}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaComboBox>
  );
}

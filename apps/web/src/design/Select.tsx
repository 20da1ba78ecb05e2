import type { Key } from 'react-aria-components';
import {
  Button,
  FieldError,
  Header,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  Select as AriaSelect,
  SelectValue,
} from 'react-aria-components';
import styles from './Field.module.css';
import { Chevron } from './SelectPlaceholder.tsx';

export type SelectOption = { id: string; label: string; lang?: string };
export type SelectGroup = { title: string; options: SelectOption[] };

type SelectProps = {
  label: string;
  /** Hide the label visually; screen readers still read it. */
  hideLabel?: boolean;
  /** Either a flat list of options or titled groups of them. */
  options?: SelectOption[];
  groups?: SelectGroup[];
  value: string | null;
  onChange: (id: string) => void;
  placeholder?: string;
  isRequired?: boolean;
  errorMessage?: string | undefined;
};

function Option({ option }: { option: SelectOption }) {
  return (
    <ListBoxItem id={option.id} textValue={option.label} className={styles.option}>
      <span lang={option.lang}>{option.label}</span>
    </ListBoxItem>
  );
}

/** A single choice from a list, in a keyboard-usable popover. */
export function Select({ label, hideLabel, options, groups, value, onChange, placeholder, isRequired, errorMessage }: SelectProps) {
  return (
    <AriaSelect
      selectedKey={value}
      onSelectionChange={(key: Key | null) => key !== null && onChange(String(key))}
      isRequired={isRequired ?? false}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      {...(placeholder ? { placeholder } : {})}
      className={styles.field}
    >
      <Label className={hideLabel ? 'visually-hidden' : styles.label}>
        {label}
        {isRequired && <span aria-hidden="true"> *</span>}
      </Label>
      <Button className={styles.trigger}>
        <SelectValue />
        <Chevron />
      </Button>
      <FieldError className={styles.error}>{errorMessage}</FieldError>
      <Popover className={styles.popover}>
        <ListBox className={styles.listbox}>
          {options?.map((option) => (
            <Option key={option.id} option={option} />
          ))}
          {groups?.map((group) => (
            <ListBoxSection key={group.title} className={styles.section}>
              <Header className={styles.sectionHeader}>{group.title}</Header>
              {group.options.map((option) => (
                <Option key={option.id} option={option} />
              ))}
            </ListBoxSection>
          ))}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}

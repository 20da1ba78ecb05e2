import type { Key } from 'react-aria-components';
import { Button, Header, Label, ListBox, ListBoxItem, ListBoxSection, Popover, Select as AriaSelect, SelectValue } from 'react-aria-components';
import styles from './Field.module.css';

export type SelectOption = { id: string; label: string; lang?: string };
export type SelectGroup = { title: string; options: SelectOption[] };

type SelectProps = {
  label: string;
  /** Hide the label visually; screen readers still read it. */
  hideLabel?: boolean;
  groups: SelectGroup[];
  value: string;
  onChange: (id: string) => void;
};

/** A single choice from grouped options, in a keyboard-usable popover list. */
export function Select({ label, hideLabel, groups, value, onChange }: SelectProps) {
  return (
    <AriaSelect
      selectedKey={value}
      onSelectionChange={(key: Key | null) => key !== null && onChange(String(key))}
      className={styles.field}
    >
      <Label className={hideLabel ? 'visually-hidden' : styles.label}>{label}</Label>
      <Button className={styles.trigger}>
        <SelectValue />
        <svg className={styles.chevron} viewBox="0 0 12 12" aria-hidden="true">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" />
        </svg>
      </Button>
      <Popover className={styles.popover}>
        <ListBox className={styles.listbox}>
          {groups.map((group) => (
            <ListBoxSection key={group.title} className={styles.section}>
              <Header className={styles.sectionHeader}>{group.title}</Header>
              {group.options.map((option) => (
                <ListBoxItem key={option.id} id={option.id} textValue={option.label} className={styles.option}>
                  <span lang={option.lang}>{option.label}</span>
                </ListBoxItem>
              ))}
            </ListBoxSection>
          ))}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}

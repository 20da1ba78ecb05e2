import { schoolLevels, schoolsOperations, type NewSchool } from '@jumelage/contracts';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { Checkbox } from '../../design/Checkbox.tsx';
import { ComboBox } from '../../design/ComboBox.tsx';
import fieldStyles from '../../design/Field.module.css';
import { Select } from '../../design/Select.tsx';
import { TextField } from '../../design/TextField.tsx';

export type SchoolChoice = { existingId: string } | { new: NewSchool } | null;

type SchoolPickerProps = {
  countryCode: string | null;
  value: SchoolChoice;
  onChange: (choice: SchoolChoice) => void;
  invalidFields: Set<string>;
};

/** Find one's school among those of the country, or describe a new one. */
export function SchoolPicker({ countryCode, value, onChange, invalidFields }: SchoolPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const searchText = useDeferredValue(text.trim());
  const creating = value !== null && 'new' in value;
  const results = useQuery({
    queryKey: ['schools', countryCode, searchText],
    queryFn: ({ signal }) => api.call(schoolsOperations.search, { query: { country: countryCode ?? '', q: searchText }, signal }),
    enabled: countryCode !== null && searchText.length >= 2 && !creating,
    placeholderData: (previous) => previous,
  });
  const regions = useQuery({
    queryKey: ['regions', countryCode],
    queryFn: ({ signal }) => api.call(schoolsOperations.regions, { params: { code: countryCode ?? '' }, signal }),
    enabled: countryCode !== null,
    select: (response) => response.regions,
  });
  if (!countryCode) return <p className={fieldStyles.description}>{t('register.school.chooseCountryFirst')}</p>;

  const newSchool: NewSchool = creating ? value.new : { name: text, countryCode, regionId: null, town: '', level: 'primary' };
  const updateNew = (change: Partial<NewSchool>) => onChange({ new: { ...newSchool, ...change, countryCode } });
  const error = (field: string) => (invalidFields.has(field) ? t(`register.invalid.${field}`) : undefined);

  return (
    <>
      {!creating && (
        <ComboBox
          label={t('register.school.search')}
          description={t('register.school.searchHint')}
          items={(results.data?.schools ?? []).map((school) => ({
            id: school.id,
            label: school.name,
            detail: [school.town, school.regionName].filter(Boolean).join(' · '),
          }))}
          inputValue={text}
          onInputChange={setText}
          selectedId={value && 'existingId' in value ? value.existingId : null}
          onSelectionChange={(id) => onChange(id ? { existingId: id } : null)}
          emptyText={searchText.length < 2 ? t('register.school.typeMore') : t('register.school.noMatch')}
          isRequired
          errorMessage={error('school') ?? error('school.existingId')}
        />
      )}
      <Checkbox isSelected={creating} onChange={(selected) => onChange(selected ? { new: newSchool } : null)}>
        {t('register.school.notListed')}
      </Checkbox>
      {creating && (
        <>
          <TextField
            label={t('register.school.name')}
            value={newSchool.name}
            onChange={(name) => updateNew({ name })}
            isRequired
            errorMessage={error('school.new.name')}
          />
          <div className={fieldStyles.row}>
            <TextField
              label={t('register.school.town')}
              value={newSchool.town}
              onChange={(town) => updateNew({ town })}
              isRequired
              errorMessage={error('school.new.town')}
            />
            {(regions.data?.length ?? 0) > 0 && (
              <Select
                label={t('register.school.region')}
                options={(regions.data ?? []).map((region) => ({ id: region.id, label: region.name }))}
                value={newSchool.regionId}
                onChange={(regionId) => updateNew({ regionId })}
                placeholder={t('register.choose')}
                isRequired
                errorMessage={error('school.new.regionId')}
              />
            )}
          </div>
          <Select
            label={t('register.school.level')}
            options={schoolLevels.map((level) => ({ id: level, label: t(`schoolLevels.${level}`) }))}
            value={newSchool.level}
            onChange={(level) => updateNew({ level: level as NewSchool['level'] })}
            isRequired
          />
        </>
      )}
    </>
  );
}

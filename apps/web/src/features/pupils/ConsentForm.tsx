import { imageConsents, pupilsOperations, type ImageConsent, type PupilAccount } from '@jumelage/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { invalidFieldsOf } from '../../api/field-errors.ts';
import { Form, SubmitOrCancel } from '../../design/Form.tsx';
import { Select } from '../../design/Select.tsx';
import { TextField } from '../../design/TextField.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { useTwinspaceChange } from '../twinspace/use-twinspace.ts';

/** What a pupil's family agreed to, and when: the account (to sign in at all) and images. */
type ConsentOf = { id: string; firstName: string } & Pick<PupilAccount, 'accountConsentOn' | 'imageConsent' | 'imageConsentOn'>;

export function ConsentForm({ projectId, pupil, onDone }: { projectId: string; pupil: ConsentOf; onDone: () => void }) {
  const { t } = useTranslation();
  const [accountConsentOn, setAccountConsentOn] = useState(pupil.accountConsentOn ?? '');
  const [imageConsent, setImageConsent] = useState<ImageConsent>(pupil.imageConsent);
  const [imageConsentOn, setImageConsentOn] = useState(pupil.imageConsentOn ?? '');
  const save = useTwinspaceChange(projectId);
  const submit = () =>
    save.mutate(
      () =>
        api.call(pupilsOperations.recordConsent, {
          params: { pupilId: pupil.id },
          body: {
            accountConsentOn: accountConsentOn || null,
            imageConsent,
            imageConsentOn: imageConsent === 'none' ? null : imageConsentOn || null,
          },
        }),
      { onSuccess: onDone },
    );
  const invalid = invalidFieldsOf(save.error);
  const dayError = (field: string) =>
    invalid.has(field)
      ? t(field === 'imageConsentOn' && !imageConsentOn ? 'twinspace.consent.imageDayMissing' : 'twinspace.invalidDay')
      : undefined;
  const title = t('twinspace.consent.title', { name: pupil.firstName });
  return (
    <Form onSubmit={submit} label={title}>
      <TextField
        label={t('twinspace.consent.accountOn')}
        description={t('twinspace.consent.accountHint')}
        type="date"
        value={accountConsentOn}
        onChange={setAccountConsentOn}
        errorMessage={dayError('accountConsentOn')}
      />
      <Select
        label={t('twinspace.consent.images')}
        options={imageConsents.map((id) => ({ id, label: t(`twinspace.imageConsent.${id}`) }))}
        value={imageConsent}
        onChange={(id) => setImageConsent(id as ImageConsent)}
      />
      {imageConsent !== 'none' && (
        <TextField
          label={t('twinspace.consent.imagesOn')}
          type="date"
          value={imageConsentOn}
          onChange={setImageConsentOn}
          isRequired
          errorMessage={dayError('imageConsentOn')}
        />
      )}
      {save.isError && invalid.size === 0 && <ErrorState error={save.error} />}
      <SubmitOrCancel
        submitLabel={t('twinspace.consent.submit')}
        cancelLabel={t('twinspace.cancel')}
        isDisabled={save.isPending}
        onCancel={onDone}
      />
    </Form>
  );
}

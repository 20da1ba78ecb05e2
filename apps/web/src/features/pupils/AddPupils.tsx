import { pupilsOperations, type PupilCard, type PupilCards } from '@jumelage/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { invalidFieldsOf, textRulesBrokenBy } from '../../api/field-errors.ts';
import { Button } from '../../design/Button.tsx';
import { Form, FormActions } from '../../design/Form.tsx';
import { Panel } from '../../design/Page.tsx';
import { TextField } from '../../design/TextField.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { PupilCardSheet } from './PupilCardSheet.tsx';
import { lineOfIssue, pupilNamesFrom } from './pupil-names.ts';
import { useTwinspaceChange } from '../twinspace/use-twinspace.ts';

/** A class list becomes accounts of my school in this project; their cards are shown once, to print. */
export function AddPupils({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const [cards, setCards] = useState<PupilCard[] | null>(null);
  if (cards) {
    return (
      <Panel>
        <PupilCardSheet title={t('twinspace.cards.title', { count: cards.length })} cards={cards} onClose={() => setCards(null)} />
      </Panel>
    );
  }
  return (
    <Panel title={t('twinspace.add.title')}>
      <AddPupilsForm projectId={projectId} onCreated={setCards} />
    </Panel>
  );
}

function AddPupilsForm({ projectId, onCreated }: { projectId: string; onCreated: (cards: PupilCard[]) => void }) {
  const { t } = useTranslation();
  const [names, setNames] = useState('');
  const [consentOn, setConsentOn] = useState('');
  const create = useTwinspaceChange<PupilCards>(projectId);
  const submit = () =>
    create.mutate(
      () =>
        api.call(pupilsOperations.create, {
          params: { id: projectId },
          body: { pupils: pupilNamesFrom(names), accountConsentOn: consentOn || null },
        }),
      { onSuccess: ({ cards }) => onCreated(cards) },
    );
  const invalid = invalidFieldsOf(create.error);
  const line = lineOfIssue(invalid);
  const [nameField, rule] = [...textRulesBrokenBy(create.error)].find(([field]) => field.startsWith('pupils.')) ?? [];
  const namesError = rule
    ? t('twinspace.add.lineProblem', { line: lineOfIssue(new Set([nameField!])) ?? 1, problem: t(`fieldErrors.${rule}`) })
    : line !== undefined
      ? t('twinspace.add.invalidLine', { line })
      : invalid.has('pupils')
        ? t('twinspace.add.invalidList')
        : undefined;
  const consentError = invalid.has('accountConsentOn') ? t('twinspace.invalidDay') : undefined;
  return (
    <Form onSubmit={submit} label={t('twinspace.add.title')}>
      <TextField
        label={t('twinspace.add.names')}
        description={t('twinspace.add.namesHint')}
        multiline
        value={names}
        onChange={setNames}
        isRequired
        errorMessage={namesError}
      />
      <TextField
        label={t('twinspace.add.consentOn')}
        description={t('twinspace.add.consentHint')}
        type="date"
        value={consentOn}
        onChange={setConsentOn}
        errorMessage={consentError}
      />
      {create.isError && !namesError && !consentError && <ErrorState error={create.error} />}
      <FormActions>
        <Button type="submit" isDisabled={create.isPending || names.trim() === ''}>
          {t('twinspace.add.submit')}
        </Button>
      </FormActions>
    </Form>
  );
}

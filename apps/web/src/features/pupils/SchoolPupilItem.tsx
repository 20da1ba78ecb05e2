import { pupilsOperations, type PupilAccount, type PupilCard, type SchoolPupil } from '@jumelage/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { Button } from '../../design/Button.tsx';
import { ConfirmButton } from '../../design/ConfirmButton.tsx';
import { FactList } from '../../design/FactList.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { ConsentForm } from './ConsentForm.tsx';
import { formatDay } from '../twinspace/format-dates.ts';
import { PupilCardSheet } from './PupilCardSheet.tsx';
import { fullName } from './pupil-names.ts';
import { useTwinspaceChange } from '../twinspace/use-twinspace.ts';
import styles from '../twinspace/Twinspace.module.css';

/**
 * A pupil of my school in this project. Any teacher of the project may take the pupil out; only
 * the teachers who look after the pupil see the account and act on it.
 */
export function SchoolPupilItem({ projectId, pupil }: { projectId: string; pupil: SchoolPupil }) {
  const { t } = useTranslation();
  const [editingConsent, setEditingConsent] = useState(false);
  const [card, setCard] = useState<PupilCard | null>(null);
  const change = useTwinspaceChange(projectId);
  const params = { pupilId: pupil.id };
  const name = fullName(pupil);
  const forPupil = (action: string) => ({ label: t(action), accessibleLabel: t('twinspace.actionFor', { action: t(action), name }) });
  const { account } = pupil;
  const careFor = pupil.can.lookAfter && account;
  return (
    <li className={styles.card}>
      <div className={styles.cardHeader}>
        <h3 className={styles.cardTitle}>{name}</h3>
        {account?.passwordMustChange && <span className={styles.badge}>{t('twinspace.pupils.cardPassword')}</span>}
        {account?.locked && <span className={styles.lockedBadge}>{t('twinspace.pupils.locked')}</span>}
      </div>
      {account ? <AccountFacts account={account} /> : <p>{t('twinspace.pupils.notLookedAfter')}</p>}
      {editingConsent && account && (
        <ConsentForm
          projectId={projectId}
          pupil={{ id: pupil.id, firstName: pupil.firstName, ...account }}
          onDone={() => setEditingConsent(false)}
        />
      )}
      {card && <PupilCardSheet title={t('twinspace.cards.title', { count: 1 })} cards={[card]} onClose={() => setCard(null)} />}
      {!editingConsent && !card && (
        <div className={styles.actions}>
          {careFor && (
            <>
              {account.locked && (
                <Button
                  isDisabled={change.isPending}
                  onPress={() => change.mutate(() => api.call(pupilsOperations.unlock, { params }))}
                  aria-label={forPupil('twinspace.pupils.unlock').accessibleLabel}
                >
                  {t('twinspace.pupils.unlock')}
                </Button>
              )}
              <Button
                variant="secondary"
                onPress={() => setEditingConsent(true)}
                aria-label={forPupil('twinspace.pupils.recordConsent').accessibleLabel}
              >
                {t('twinspace.pupils.recordConsent')}
              </Button>
              <ConfirmButton
                {...forPupil('twinspace.pupils.newCard')}
                confirmLabel={t('twinspace.pupils.newCardConfirm')}
                cancelLabel={t('twinspace.cancel')}
                isDisabled={change.isPending}
                onConfirm={() => change.mutate(() => api.call(pupilsOperations.newCard, { params }).then(setCard))}
              />
            </>
          )}
          <ConfirmButton
            {...forPupil('twinspace.pupils.takeOut')}
            confirmLabel={t('twinspace.pupils.takeOutConfirm', { name: pupil.firstName })}
            cancelLabel={t('twinspace.cancel')}
            isDisabled={change.isPending}
            variant="quiet"
            onConfirm={() =>
              change.mutate(() => api.call(pupilsOperations.removeFromProject, { params: { id: projectId, pupilId: pupil.id } }))
            }
          />
          {careFor && (
            <ConfirmButton
              {...forPupil('twinspace.pupils.delete')}
              confirmLabel={t('twinspace.pupils.deleteConfirm', { name })}
              cancelLabel={t('twinspace.cancel')}
              isDisabled={change.isPending}
              variant="quiet"
              onConfirm={() => change.mutate(() => api.call(pupilsOperations.remove, { params }))}
            />
          )}
        </div>
      )}
      {change.isError && <ErrorState error={change.error} />}
    </li>
  );
}

/** What only the teachers who look after the pupil see: the username and the family's consents. */
function AccountFacts({ account }: { account: PupilAccount }) {
  const { t, i18n } = useTranslation();
  return (
    <FactList
      facts={[
        { term: t('twinspace.pupils.username'), value: <span className={styles.username}>{account.username}</span> },
        {
          term: t('twinspace.pupils.account'),
          value: account.accountConsentOn ? (
            t('twinspace.pupils.agreedOn', { date: formatDay(account.accountConsentOn, i18n.language) })
          ) : (
            <strong className={styles.warning}>{t('twinspace.pupils.consentMissing')}</strong>
          ),
        },
        {
          term: t('twinspace.pupils.images'),
          value: account.imageConsentOn
            ? t('twinspace.pupils.imagesOn', {
                consent: t(`twinspace.imageConsent.${account.imageConsent}`),
                date: formatDay(account.imageConsentOn, i18n.language),
              })
            : t(`twinspace.imageConsent.${account.imageConsent}`),
        },
      ]}
    />
  );
}

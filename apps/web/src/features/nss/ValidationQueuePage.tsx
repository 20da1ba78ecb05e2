import { nssOperations, type PendingTeacher, type TeacherDecisionRequest } from '@jumelage/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { RequireSession } from '../../app/RequireSession.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button } from '../../design/Button.tsx';
import { Checkbox } from '../../design/Checkbox.tsx';
import { Dialog } from '../../design/Dialog.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { FactList } from '../../design/FactList.tsx';
import { FormActions } from '../../design/Form.tsx';
import { Page } from '../../design/Page.tsx';
import { TextField } from '../../design/TextField.tsx';
import { useCountryName } from '../countries/use-countries.ts';
import { ageRange } from '../accounts/profile-format.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import { CountryQueue } from './CountryQueue.tsx';
import styles from './ValidationQueuePage.module.css';

/** An NSS officer's queue of teachers waiting for validation, oldest first. */
export function ValidationQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('nssQueue.title'));
  return (
    <RequireSession may="validateTeachers" who={t('forbidden.officers')}>
      {(session) => (
        <CountryQueue account={session.account}>{(countryCode) => <Queue key={countryCode} countryCode={countryCode} />}</CountryQueue>
      )}
    </RequireSession>
  );
}

function Queue({ countryCode }: { countryCode: string }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [lastResult, setLastResult] = useState<{ decision: TeacherDecisionRequest['decision']; count: number } | null>(null);
  const queue = useInfiniteQuery({
    queryKey: ['nss-queue', countryCode],
    queryFn: ({ pageParam, signal }) =>
      api.call(nssOperations.pendingTeachers, { query: { country: countryCode, after: pageParam }, signal }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const decide = useMutation({
    mutationFn: (request: TeacherDecisionRequest) =>
      api.call(nssOperations.decideOnTeachers, { query: { country: countryCode }, body: request }),
    onSuccess: async (result, request) => {
      setLastResult({ decision: request.decision, count: result.decided.length });
      setSelected(new Set());
      setRejecting(false);
      setReason('');
      await queryClient.invalidateQueries({ queryKey: ['nss-queue', countryCode] });
    },
  });
  const teachers = queue.data?.pages.flatMap((page) => page.teachers) ?? [];
  const total = queue.data?.pages[0]?.total ?? 0;
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => new Set([...current].filter((other) => other !== id).concat(on ? [id] : [])));
  const ids = [...selected];

  return (
    <Page
      title={t('nssQueue.title')}
      width="wide"
      intro={<p>{t('nssQueue.intro', { country: countryName(countryCode), count: total })}</p>}
    >
      {lastResult && <Alert tone="info" title={t(`nssQueue.done.${lastResult.decision}`, { count: lastResult.count })} />}
      {queue.isPending && <p role="status">{t('app.loading')}</p>}
      {queue.isError && <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isSuccess && teachers.length === 0 && (
        <EmptyState>
          <h2>{t('nssQueue.empty.title')}</h2>
          <p>{t('nssQueue.empty.text')}</p>
        </EmptyState>
      )}
      {teachers.length > 0 && (
        <>
          <div className={styles.toolbar} role="toolbar" aria-label={t('nssQueue.actions')}>
            <Checkbox
              isSelected={selected.size === teachers.length}
              onChange={(all) => setSelected(new Set(all ? teachers.map((teacher) => teacher.id) : []))}
            >
              {t('nssQueue.selectAll', { count: teachers.length })}
            </Checkbox>
            <span className={styles.selectedCount}>{t('nssQueue.selected', { count: selected.size })}</span>
            <Button
              isDisabled={selected.size === 0 || decide.isPending}
              onPress={() => decide.mutate({ teacherIds: ids, decision: 'validate' })}
            >
              {t('nssQueue.validate')}
            </Button>
            <Button variant="secondary" isDisabled={selected.size === 0 || decide.isPending} onPress={() => setRejecting(true)}>
              {t('nssQueue.reject')}
            </Button>
          </div>
          <Dialog
            title={t('nssQueue.confirmReject', { count: selected.size })}
            isOpen={rejecting && selected.size > 0}
            onClose={() => setRejecting(false)}
          >
            <TextField
              label={t('nssQueue.reason')}
              description={t('nssQueue.reasonHint')}
              multiline
              value={reason}
              onChange={setReason}
              isRequired
              autoFocus
            />
            {decide.isError && <ErrorState error={decide.error} />}
            <FormActions>
              <Button
                variant="danger"
                isDisabled={reason.trim().length < 5 || decide.isPending}
                onPress={() => decide.mutate({ teacherIds: ids, decision: 'reject', reason })}
              >
                {t('nssQueue.confirmReject', { count: selected.size })}
              </Button>
              <Button variant="quiet" onPress={() => setRejecting(false)}>
                {t('nssQueue.cancel')}
              </Button>
            </FormActions>
          </Dialog>
          {decide.isError && <ErrorState error={decide.error} />}
          <ul className={styles.list}>
            {teachers.map((teacher) => (
              <TeacherCard
                key={teacher.id}
                teacher={teacher}
                isSelected={selected.has(teacher.id)}
                onToggle={(on) => toggle(teacher.id, on)}
              />
            ))}
          </ul>
          {queue.hasNextPage && (
            <Button variant="secondary" isDisabled={queue.isFetchingNextPage} onPress={() => void queue.fetchNextPage()}>
              {t('nssQueue.more')}
            </Button>
          )}
        </>
      )}
    </Page>
  );
}

function TeacherCard({ teacher, isSelected, onToggle }: { teacher: PendingTeacher; isSelected: boolean; onToggle: (on: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const { profile, school } = teacher;
  return (
    <li className={styles.card} data-selected={isSelected || undefined}>
      <Checkbox isSelected={isSelected} onChange={onToggle}>
        <span className="visually-hidden">{t('nssQueue.selectOne', { name: teacher.name })}</span>
      </Checkbox>
      <div className={styles.cardBody}>
        <div className={styles.cardHeader}>
          <h2 className={styles.name}>{teacher.name}</h2>
          <span className={styles.waiting}>{t('nssQueue.waiting', { count: teacher.waitingDays })}</span>
        </div>
        <p className={styles.meta}>
          {t(`staffRoles.${teacher.staffRole}`)} · {teacher.email}
        </p>
        <p className={styles.meta}>
          {school.name}, {school.town}
          {school.regionName && ` (${school.regionName})`} · {t(`schoolLevels.${school.level}`)}
        </p>
        <FactList
          facts={[
            { term: t('nssQueue.subjects'), value: profile.subjects.map((subject) => t(`subjects.${subject}`)).join(', ') || '—' },
            { term: t('nssQueue.ages'), value: ageRange(profile.pupilAgeMin, profile.pupilAgeMax) },
            { term: t('nssQueue.languages'), value: profile.workingLanguages.map((code) => languageName.of(code)).join(', ') || '—' },
          ]}
        />
        {profile.presentation && <p className={styles.presentation}>{profile.presentation}</p>}
      </div>
    </li>
  );
}

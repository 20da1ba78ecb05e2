import { projectDecisions, projectsOperations, webPages, type Project, type ProjectDetail } from '@jumelage/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, runCall } from '../../api/client.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button, LinkButton } from '../../design/Button.tsx';
import { Checkbox } from '../../design/Checkbox.tsx';
import { Form, FormActions } from '../../design/Form.tsx';
import { Panel } from '../../design/Page.tsx';
import { Select } from '../../design/Select.tsx';
import { TextField } from '../../design/TextField.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import partnerStyles from '../partners/PartnersPage.module.css';
import { editProjectPath, refreshProject } from './project-links.ts';
import styles from './Projects.module.css';

/** A change to the project, given as the call that makes it; then everything that shows it is read again. */
function useProjectChange(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runCall<unknown>,
    onSettled: () => refreshProject(queryClient, projectId),
  });
}

export function InvitationAnswer({ projectId, invitation }: { projectId: string; invitation: NonNullable<ProjectDetail['myInvitation']> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const answer = useProjectChange(projectId);
  const send = (choice: 'accept' | 'decline') =>
    answer.mutate(() => api.call(projectsOperations.answerInvitation, { params: { id: invitation.id }, body: { answer: choice } }), {
      onSuccess: () => choice === 'decline' && void navigate(webPages.myProjects),
    });
  return (
    <Panel title={t(`projects.invitedAs.${invitation.role}`, { name: invitation.inviterName ?? '—' })}>
      {invitation.message && <p className={partnerStyles.message}>{invitation.message}</p>}
      <div className={partnerStyles.actions}>
        <Button isDisabled={answer.isPending} onPress={() => send('accept')}>
          {t('projects.accept')}
        </Button>
        <Button variant="secondary" isDisabled={answer.isPending} onPress={() => send('decline')}>
          {t('projects.decline')}
        </Button>
      </div>
      {answer.isError && <ErrorState error={answer.error} />}
    </Panel>
  );
}

/** An officer's answer for their country; changes and rejections need a reason the founders will read. */
export function DecisionForm({ project }: { project: Project }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<(typeof projectDecisions)[number]>('approve');
  const [reason, setReason] = useState('');
  const decide = useProjectChange(project.id);
  const needsReason = decision !== 'approve';
  return (
    <Panel title={t('projects.decide')}>
      <Form
        label={t('projects.decide')}
        onSubmit={() =>
          decide.mutate(() =>
            api.call(projectsOperations.decide, {
              params: { id: project.id },
              body: { decision, version: project.version, ...(needsReason ? { reason } : {}) },
            }),
          )
        }
      >
        <Select
          label={t('projects.decision')}
          options={projectDecisions.map((id) => ({ id, label: t(`projects.decisions.${id}`) }))}
          value={decision}
          onChange={(id) => setDecision(id as typeof decision)}
        />
        {needsReason && (
          <TextField
            label={t('projects.reason')}
            description={t('projects.reasonHint')}
            multiline
            value={reason}
            onChange={setReason}
            maxLength={2000}
            isRequired
          />
        )}
        {decide.isError && <ErrorState error={decide.error} />}
        <FormActions>
          <Button type="submit" isDisabled={decide.isPending || (needsReason && reason.trim() === '')}>
            {t('projects.sendDecision')}
          </Button>
        </FormActions>
      </Form>
    </Panel>
  );
}

export function FounderActions({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { project, can } = detail;
  const change = useProjectChange(project.id);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const params = { id: project.id };
  const act = (action: 'submit' | 'withdraw' | 'close' | 'reopen') => change.mutate(() => api.call(projectsOperations[action], { params }));
  const showProblems = detail.submissionProblems.length > 0;
  return (
    <Panel title={t('projects.founderTools')}>
      {showProblems && (
        <Alert tone="info" title={t('projects.notReady')}>
          <ul className={styles.problems}>
            {detail.submissionProblems.map((problem) => (
              <li key={problem}>{t(`projects.problems.${problem}`)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <div className={partnerStyles.actions}>
        {can.edit && (
          <LinkButton href={editProjectPath(project.id)} variant={can.submit ? 'secondary' : 'primary'}>
            {t('projects.edit')}
          </LinkButton>
        )}
        {can.submit && (
          <Button isDisabled={change.isPending} onPress={() => act('submit')}>
            {t('projects.submit')}
          </Button>
        )}
        {can.withdraw && (
          <Button variant="secondary" isDisabled={change.isPending} onPress={() => act('withdraw')}>
            {t('projects.withdraw')}
          </Button>
        )}
        {can.close && (
          <Button variant="secondary" isDisabled={change.isPending} onPress={() => act('close')}>
            {t('projects.close')}
          </Button>
        )}
        {can.reopen && (
          <Button variant="secondary" isDisabled={change.isPending} onPress={() => act('reopen')}>
            {t('projects.reopen')}
          </Button>
        )}
        {can.delete && !confirmingDelete && (
          <Button variant="quiet" onPress={() => setConfirmingDelete(true)}>
            {t('projects.delete')}
          </Button>
        )}
        {confirmingDelete && (
          <>
            <Button
              variant="danger"
              autoFocus
              isDisabled={change.isPending}
              onPress={() =>
                change.mutate(() => api.call(projectsOperations.remove, { params }), {
                  onSuccess: () => void navigate(webPages.myProjects),
                })
              }
            >
              {t('projects.deleteForGood')}
            </Button>
            <Button variant="quiet" onPress={() => setConfirmingDelete(false)}>
              {t('nssQueue.cancel')}
            </Button>
          </>
        )}
      </div>
      {can.publish && (
        <Checkbox
          isSelected={project.isPublic}
          onChange={(isPublic) => change.mutate(() => api.call(projectsOperations.setVisibility, { params, body: { isPublic } }))}
        >
          {t('projects.public')}
        </Checkbox>
      )}
      {change.isError && <ErrorState error={change.error} />}
    </Panel>
  );
}

import { contactsOperations, projectsOperations, type ProjectDetail } from '@jumelage/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useSession } from '../accounts/use-session.ts';
import { Button } from '../../design/Button.tsx';
import { Card } from '../../design/Card.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import fieldStyles from '../../design/Field.module.css';
import { Form, FormActions } from '../../design/Form.tsx';
import { List } from '../../design/List.tsx';
import { Panel } from '../../design/Page.tsx';
import { Select } from '../../design/Select.tsx';
import { Table } from '../../design/Table.tsx';
import { TextField } from '../../design/TextField.tsx';
import { useCountryName } from '../countries/use-countries.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import partnerStyles from '../partners/PartnersPage.module.css';
import { refreshProject } from './project-links.ts';

/** The partner schools: who is in, what each can give, who is invited, and the forms for both. */
export function ProjectPartners({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const session = useSession();
  const me = detail.members.find((member) => member.id === session.data?.account.id);
  return (
    <Panel title={t('projects.partners')}>
      <Table
        label={t('projects.partners')}
        columns={[
          { name: t('projects.teacher'), isRowHeader: true },
          { name: t('projects.school') },
          { name: t('projects.hoursPerWeek') },
          { name: t('projects.digitalTools') },
        ]}
        rows={detail.members.map((member) => ({
          id: member.id,
          cells: [
            <>
              {member.name}
              <br />
              <span className={partnerStyles.meta}>{t(`projects.roles.${member.role}`)}</span>
            </>,
            `${member.schoolName}, ${member.town} · ${countryName(member.countryCode)}`,
            member.hoursPerWeek ?? '—',
            member.digitalTools || '—',
          ],
        }))}
      />
      {me && detail.can.savePlan && <PlanForm projectId={detail.project.id} hours={me.hoursPerWeek} tools={me.digitalTools} />}
      {detail.invitations.length > 0 && <PendingInvitations detail={detail} />}
      {(detail.can.inviteFounders || detail.can.inviteMembers) && <InviteForm detail={detail} />}
    </Panel>
  );
}

function PlanForm({ projectId, hours, tools }: { projectId: string; hours: number | null; tools: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [hoursText, setHoursText] = useState(hours === null ? '' : String(hours));
  const [toolsText, setToolsText] = useState(tools);
  const save = useMutation({
    mutationFn: () =>
      api.call(projectsOperations.savePlan, {
        params: { id: projectId },
        body: { hoursPerWeek: hoursText === '' ? null : Number(hoursText), digitalTools: toolsText },
      }),
    onSuccess: () => refreshProject(queryClient, projectId),
  });
  return (
    <Form label={t('projects.myPlan')} onSubmit={() => save.mutate()}>
      <h3>{t('projects.myPlan')}</h3>
      <div className={fieldStyles.row}>
        <TextField label={t('projects.hoursPerWeek')} type="number" inputMode="numeric" value={hoursText} onChange={setHoursText} />
        <TextField
          label={t('projects.digitalTools')}
          description={t('projects.digitalToolsHint')}
          value={toolsText}
          onChange={setToolsText}
          maxLength={500}
        />
      </div>
      {save.isError && <ErrorState error={save.error} />}
      {save.isSuccess && <p role="status">{t('projects.planSaved')}</p>}
      <FormActions>
        <Button type="submit" variant="secondary" isDisabled={save.isPending}>
          {t('projects.savePlan')}
        </Button>
      </FormActions>
    </Form>
  );
}

function PendingInvitations({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: (invitationId: string) =>
      api.call(projectsOperations.withdrawInvitation, { params: { id: detail.project.id, invitationId } }),
    onSettled: () => refreshProject(queryClient, detail.project.id),
  });
  return (
    <>
      <h3>{t('projects.invited')}</h3>
      <List>
        {detail.invitations.map((invitation) => (
          <Card key={invitation.id}>
            <p>
              {invitation.invitee.name} · {invitation.invitee.schoolName} · {t(`projects.roles.${invitation.role}`)}
            </p>
            <Button variant="quiet" isDisabled={withdraw.isPending} onPress={() => withdraw.mutate(invitation.id)}>
              {t('projects.withdrawInvitation')}
            </Button>
          </Card>
        ))}
      </List>
    </>
  );
}

/** Founders invite from their contacts: co-founders while the project is a draft, members once it is active. */
function InviteForm({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const role = detail.can.inviteFounders ? 'founder' : 'member';
  const contacts = useQuery({ queryKey: ['my-contacts'], queryFn: ({ signal }) => api.call(contactsOperations.listMine, { signal }) });
  const [teacherId, setTeacherId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const invite = useMutation({
    mutationFn: (invitee: string) =>
      api.call(projectsOperations.invite, { params: { id: detail.project.id }, body: { teacherId: invitee, role, message } }),
    onSuccess: async () => {
      setTeacherId(null);
      setMessage('');
      await refreshProject(queryClient, detail.project.id);
    },
  });
  const taken = new Set([...detail.members.map((member) => member.id), ...detail.invitations.map((invitation) => invitation.invitee.id)]);
  const options = (contacts.data?.contacts ?? [])
    .filter((contact) => !taken.has(contact.id))
    .map((contact) => ({ id: contact.id, label: `${contact.name} · ${contact.schoolName}` }));
  const title = t(`projects.invite.${role}`);
  if (contacts.isSuccess && options.length === 0) {
    return (
      <EmptyState>
        <p>{t('projects.noContactToInvite')}</p>
      </EmptyState>
    );
  }
  return (
    <Form label={title} onSubmit={() => teacherId !== null && invite.mutate(teacherId)}>
      <h3>{title}</h3>
      <p>{t(`projects.inviteHint.${role}`)}</p>
      <Select label={t('projects.contact')} options={options} value={teacherId} onChange={setTeacherId} isRequired />
      <TextField label={t('projects.invitationMessage')} multiline value={message} onChange={setMessage} maxLength={500} />
      {invite.isError && <ErrorState error={invite.error} />}
      <FormActions>
        <Button type="submit" isDisabled={invite.isPending || teacherId === null}>
          {t('projects.sendInvitation')}
        </Button>
      </FormActions>
    </Form>
  );
}

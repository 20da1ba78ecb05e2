import type { EventHandlers } from '../../platform/events/events.ts';
import { notifying } from '../notifications/module.ts';

/** Each carries the project's title and the people to tell as they were when it happened. */
type AboutProject = { projectId: string; projectTitle: string };

declare module '../../platform/events/events.ts' {
  interface DomainEvents {
    'projects.submitted': AboutProject & { officerIds: string[] };
    'projects.decided': AboutProject & { countryCode: string; outcome: string; reason?: string; founderIds: string[] };
    'projects.activated': AboutProject & { founderIds: string[] };
    'projects.invited': AboutProject & { inviteeId: string; inviterName: string; role: string };
    'projects.invitation_answered': AboutProject & { inviterId: string; inviteeName: string; answer: 'accepted' | 'declined' };
    'projects.member_joined': AboutProject & { memberName: string; founderIds: string[] };
  }
}

const aboutProject = ({ projectId }: AboutProject) => ({ subject: { type: 'project', id: projectId }, path: `/projects/${projectId}` });

export const projectEventHandlers: EventHandlers = {
  'projects.submitted': [
    notifying((event, { event: { actorId } }) => [
      {
        ...aboutProject(event),
        recipients: event.officerIds,
        kind: 'project_submitted',
        detail: { projectTitle: event.projectTitle },
        sentBy: actorId,
      },
    ]),
  ],
  'projects.decided': [
    notifying((event) => [
      {
        ...aboutProject(event),
        recipients: event.founderIds,
        kind: 'country_decision',
        detail: {
          projectTitle: event.projectTitle,
          countryCode: event.countryCode,
          outcome: event.outcome,
          ...(event.reason ? { reason: event.reason } : {}),
        },
        sentBy: null,
      },
    ]),
  ],
  'projects.activated': [
    notifying((event) => [
      {
        ...aboutProject(event),
        recipients: event.founderIds,
        kind: 'project_approved',
        detail: { projectTitle: event.projectTitle },
        sentBy: null,
      },
    ]),
  ],
  'projects.invited': [
    notifying((event, { event: { actorId } }) => [
      {
        ...aboutProject(event),
        recipients: [event.inviteeId],
        kind: 'invitation',
        detail: { projectTitle: event.projectTitle, actorName: event.inviterName, outcome: event.role },
        sentBy: actorId,
      },
    ]),
  ],
  'projects.invitation_answered': [
    notifying((event, { event: { actorId } }) => [
      {
        ...aboutProject(event),
        recipients: [event.inviterId],
        kind: 'invitation_answered',
        detail: { projectTitle: event.projectTitle, actorName: event.inviteeName, outcome: event.answer },
        sentBy: actorId,
      },
    ]),
  ],
  'projects.member_joined': [
    notifying((event, { event: { actorId } }) => [
      {
        ...aboutProject(event),
        recipients: event.founderIds,
        kind: 'member_joined',
        detail: { projectTitle: event.projectTitle, actorName: event.memberName },
        sentBy: actorId,
      },
    ]),
  ],
};

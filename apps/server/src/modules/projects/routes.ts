import { projectsOperations as operations } from '@jumelage/contracts';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { answerInvitation, inviteToProject, withdrawInvitation } from './invitations-service.ts';
import { removeMember } from './members.ts';
import { myProjects, reviewQueue } from './listing-service.ts';
import {
  closeProject,
  createProject,
  decideOnProject,
  editProject,
  readProject,
  removeDraft,
  savePartnerPlan,
  setProjectVisibility,
  submitProject,
  withdrawProject,
} from './service.ts';

/** Projects from the first draft to approval by every founding country, and their members. */
export const projectsRoutes: AppPlugin = async (app, dependencies) => {
  route(app, operations.create, async (request) => createProject(dependencies, requireActor(request.actor), request.body));
  route(app, operations.listMine, async (request) => myProjects(dependencies, requireActor(request.actor)));
  route(app, operations.read, async (request) => readProject(dependencies, requireActor(request.actor), request.params.id));
  route(app, operations.edit, async (request) => editProject(dependencies, requireActor(request.actor), request.params.id, request.body));
  route(app, operations.remove, async (request) => removeDraft(dependencies, requireActor(request.actor), request.params.id));
  route(app, operations.savePlan, async (request) =>
    savePartnerPlan(dependencies, requireActor(request.actor), request.params.id, request.body),
  );
  route(app, operations.submit, async (request) => submitProject(dependencies, requireActor(request.actor), request.params.id));
  route(app, operations.withdraw, async (request) => withdrawProject(dependencies, requireActor(request.actor), request.params.id));
  route(app, operations.close, async (request) => closeProject(dependencies, requireActor(request.actor), request.params.id, true));
  route(app, operations.reopen, async (request) => closeProject(dependencies, requireActor(request.actor), request.params.id, false));
  route(app, operations.setVisibility, async (request) =>
    setProjectVisibility(dependencies, requireActor(request.actor), request.params.id, request.body.isPublic),
  );
  route(app, operations.invite, async (request) =>
    inviteToProject(dependencies, requireActor(request.actor), request.params.id, request.body),
  );
  route(app, operations.withdrawInvitation, async (request) =>
    withdrawInvitation(dependencies, requireActor(request.actor), request.params.id, request.params.invitationId),
  );
  route(app, operations.answerInvitation, async (request) =>
    answerInvitation(dependencies, requireActor(request.actor), request.params.id, request.body.answer),
  );
  route(app, operations.removeMember, async (request) =>
    removeMember(dependencies, requireActor(request.actor), request.params.id, request.params.teacherId),
  );
  route(app, operations.reviewQueue, async (request) => reviewQueue(dependencies, requireActor(request.actor), request.query));
  route(app, operations.decide, async (request) =>
    decideOnProject(dependencies, requireActor(request.actor), request.params.id, request.body),
  );
};

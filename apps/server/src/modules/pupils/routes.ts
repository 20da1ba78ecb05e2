import { pupilsOperations as operations } from '@jumelage/contracts';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import {
  addExistingPupils,
  createPupils,
  deletePupil,
  pupilsOfMySchool,
  recordConsent,
  removePupilFromProject,
  resetPupilPassword,
  unlockPupil,
} from './service.ts';

/** Pupils' accounts, kept by their teachers: created for a project, their cards, their families' consent. */
export const pupilsRoutes: AppPlugin = async (app, dependencies) => {
  route(app, operations.ofMySchool, async (request) =>
    pupilsOfMySchool(dependencies, requireActor(request.actor), request.params.id, request.query.scope),
  );
  route(app, operations.create, async (request) =>
    createPupils(dependencies, requireActor(request.actor), request.params.id, request.body),
  );
  route(app, operations.addExisting, async (request) =>
    addExistingPupils(dependencies, requireActor(request.actor), request.params.id, request.body.pupilIds),
  );
  route(app, operations.removeFromProject, async (request) =>
    removePupilFromProject(dependencies, requireActor(request.actor), request.params.id, request.params.pupilId),
  );
  route(app, operations.newCard, async (request) => resetPupilPassword(dependencies, requireActor(request.actor), request.params.pupilId));
  route(app, operations.recordConsent, async (request) =>
    recordConsent(dependencies, requireActor(request.actor), request.params.pupilId, request.body),
  );
  route(app, operations.unlock, async (request) => unlockPupil(dependencies, requireActor(request.actor), request.params.pupilId));
  route(app, operations.remove, async (request) => deletePupil(dependencies, requireActor(request.actor), request.params.pupilId));
};

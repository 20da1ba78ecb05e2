import { contactsOperations as operations } from '@jumelage/contracts';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { answerRequest, blockTeacher, myContacts, removeContact, sendContactRequest, unblockTeacher } from './service.ts';

/** A teacher's own contacts: requests, answers, removal and blocks. */
export const contactsRoutes: AppPlugin = async (app, dependencies) => {
  route(app, operations.listMine, async (request) => myContacts(dependencies, requireActor(request.actor)));
  route(app, operations.request, async (request) => {
    await sendContactRequest(dependencies, requireActor(request.actor), request.body);
    return { status: 'sent' as const };
  });
  route(app, operations.accept, async (request) => answerRequest(dependencies, requireActor(request.actor), request.params.id, true));
  route(app, operations.decline, async (request) => answerRequest(dependencies, requireActor(request.actor), request.params.id, false));
  route(app, operations.remove, async (request) => removeContact(dependencies, requireActor(request.actor), request.params.userId));
  route(app, operations.block, async (request) => blockTeacher(dependencies, requireActor(request.actor), request.params.userId));
  route(app, operations.unblock, async (request) => unblockTeacher(dependencies, requireActor(request.actor), request.params.userId));
};

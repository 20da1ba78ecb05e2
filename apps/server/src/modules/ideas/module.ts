import type { DomainModule } from '../../platform/module.ts';
import { ideaEventHandlers } from './events.ts';
import { ideasRoutes } from './routes.ts';

export { contentOfIdea } from './project-content.ts';

/** Project ideas teachers post to find partners. */
export const ideasModule: DomainModule = { name: 'ideas', routes: [ideasRoutes], events: ideaEventHandlers, mails: ['interest_expressed'] };

import type { EventHandlers } from '../events/events.ts';
import { accessChannel, sessionsEndedChannel } from './access-changes.ts';

/**
 * Access changes and ended sessions go to every process once committed: the unit of work handles
 * them before the request is answered, as the services used to publish them themselves.
 */
export const busHandlers: EventHandlers = {
  'access.changed': [{ name: 'platform.publish', handle: (change, { bus }) => bus.publish(accessChannel, change) }],
  'sessions.ended': [{ name: 'platform.publish', handle: (ended, { bus }) => bus.publish(sessionsEndedChannel, ended) }],
};

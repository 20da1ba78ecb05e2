import type { Bus } from './bus.ts';

/**
 * Someone lost access to a TwinSpace (removed, deleted, consent withdrawn, pages deleted, or pupils
 * may no longer edit a page), or sessions ended (`sessionIds`): every process closes the open
 * real-time connections concerned at once, and the next connection is checked again. `null`
 * matches everyone (or every project).
 */
export type AccessChange = { projectId: string | null; userId: string | null; pageIds?: string[]; pupilsOnly?: boolean; sessionIds?: string[] };

export const accessChannel = 'twinspace.access-changed';

export async function announceAccessChange(bus: Bus, change: AccessChange): Promise<void> {
  await bus.publish(accessChannel, change);
}

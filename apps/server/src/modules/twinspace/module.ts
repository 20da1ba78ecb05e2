import type { DomainModule } from '../../platform/module.ts';
import { twinspaceRoutes } from './routes.ts';

export { membershipOf, requireMembership, type Membership } from './access.ts';
export { active, activeTwinspace, onTwinspace, twinspacePolicy, whileActive, type TwinspaceSubject } from './policy.ts';
export { pupilsWithoutPublicConsent, requirePublicImageConsent, withdrawPublicationsShowing } from './publication.ts';

/** The TwinSpace of an approved project: who is in it, its home. */
export const twinspaceModule: DomainModule = { name: 'twinspace', routes: [twinspaceRoutes] };

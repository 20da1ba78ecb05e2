import type { Visibility } from '@jumelage/contracts';
import { type Membership, twinspacePolicy } from '../twinspace/module.ts';

/** The uploader and the teachers, while the project is active. */
const mayChange = (member: Membership, uploadedBy: string | null) =>
  twinspacePolicy.write(member) && (twinspacePolicy.administer(member) || uploadedBy === member.userId);

/**
 * Who may do what with a TwinSpace's materials, once membership is known (see ../access.ts).
 * Every member, pupils too, uploads and tags pupils while the project is active; the uploader
 * and the teachers edit (teachers only, once it is public) and delete; only teachers remove a
 * tag, sort albums and choose what is public. A closed project is read-only.
 */
export const materialPolicy = {
  upload: (member: Membership) => twinspacePolicy.write(member),
  addTags: (member: Membership) => twinspacePolicy.write(member),
  removeTags: (member: Membership) => twinspacePolicy.write(member) && twinspacePolicy.administer(member),
  delete: (member: Membership, uploadedBy: string | null) => mayChange(member, uploadedBy),
  /** What the public reads of a public material, its title and description, a teacher changes. */
  edit: (member: Membership, uploadedBy: string | null, visibility: Visibility) =>
    mayChange(member, uploadedBy) && (visibility !== 'public' || twinspacePolicy.administer(member)),
  changeVisibility: (member: Membership) => twinspacePolicy.write(member) && twinspacePolicy.administer(member),
  manageAlbums: (member: Membership) => twinspacePolicy.write(member) && twinspacePolicy.administer(member),
  /** Which tagged pupils keep it from going public: teachers only. */
  seePublicationBlockers: (member: Membership) => twinspacePolicy.seePublicationBlockers(member),
};

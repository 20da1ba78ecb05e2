import type { Membership } from '../access.ts';
import { twinspacePolicy } from '../policy.ts';

/**
 * Who may do what with a TwinSpace's materials, once membership is known (see ../access.ts).
 * Every member, pupils too, uploads and tags pupils while the project is active; the uploader
 * and the teachers edit and delete; only teachers remove a tag, sort albums and choose what is
 * public. A closed project is read-only.
 */
export const materialPolicy = {
  upload: (member: Membership) => twinspacePolicy.write(member),
  addTags: (member: Membership) => twinspacePolicy.write(member),
  removeTags: (member: Membership) => twinspacePolicy.write(member) && twinspacePolicy.administer(member),
  edit: (member: Membership, uploadedBy: string | null) =>
    twinspacePolicy.write(member) && (twinspacePolicy.administer(member) || uploadedBy === member.userId),
  changeVisibility: (member: Membership) => twinspacePolicy.write(member) && twinspacePolicy.administer(member),
  manageAlbums: (member: Membership) => twinspacePolicy.write(member) && twinspacePolicy.administer(member),
  /** Which tagged pupils keep it from going public: teachers only. */
  seePublicationBlockers: (member: Membership) => twinspacePolicy.seePublicationBlockers(member),
};

import type { Visibility } from '@jumelage/contracts';
import { anyone, definePolicy, rulesOn, type Person } from '../../platform/auth/policy.ts';
import { active, onTwinspace, type Membership } from '../twinspace/module.ts';

/** A material as the rules need it: the reader's membership of its TwinSpace (none for a visitor), who uploaded it, what is public. */
export type MaterialSubject = {
  member: Membership | undefined;
  uploadedBy: string | null;
  visibility: Visibility;
  projectShownToThePublic: boolean;
};
type MemberOfMaterial = MaterialSubject & { member: Membership };

const activeMember = (_person: Person, member: Membership) => active(member);
const activeTeacher = (person: Person, member: Membership) => active(member) && member.role !== 'pupil';
const inActiveTwinspace = (material: MaterialSubject): material is MemberOfMaterial =>
  material.member !== undefined && active(material.member);
/** The uploader and the teachers, while the project is active. */
const mayChange = (person: Person, material: MaterialSubject) =>
  inActiveTwinspace(material) && (material.member.role !== 'pupil' || material.uploadedBy === person.userId);

/**
 * Members read every material of their TwinSpace; anyone else reads a material only while it is
 * public and its project is shown to the public (projects/public-visibility.ts). Everything else
 * does not exist.
 */
const onMaterial = rulesOn({
  name: 'This material',
  see: (_person, material: MaterialSubject | undefined): material is MaterialSubject =>
    material !== undefined && (material.member !== undefined || (material.visibility === 'public' && material.projectShownToThePublic)),
});

/**
 * Who may do what with a TwinSpace's materials. Every member, pupils too, uploads and tags pupils
 * while the project is active; the uploader and the teachers edit (teachers only, once it is
 * public) and delete; only teachers remove a tag, sort albums and choose what is public. A closed
 * project is read-only (403).
 */
export const materialPolicy = definePolicy({
  upload: onTwinspace(activeMember),
  manageAlbums: onTwinspace(activeTeacher),
  read: onMaterial(anyone),
  addTags: onMaterial((_person, material) => inActiveTwinspace(material)),
  removeTags: onMaterial((person, material) => inActiveTwinspace(material) && activeTeacher(person, material.member)),
  changeVisibility: onMaterial((person, material) => inActiveTwinspace(material) && activeTeacher(person, material.member)),
  /** What the public reads of a public material, its title and description, a teacher changes. */
  edit: onMaterial(
    (person, material) => mayChange(person, material) && (material.visibility !== 'public' || material.member?.role !== 'pupil'),
  ),
  delete: onMaterial(mayChange),
});

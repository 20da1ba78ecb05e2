import type { PageEditors } from '@jumelage/contracts';
import { anyone, definePolicy, rulesOn, type Person } from '../../platform/auth/policy.ts';
import { activeTwinspace, onTwinspace, whileActive, type Membership } from '../twinspace/module.ts';

/** A page as the rules need it: the reader's membership of its TwinSpace, who may edit its text. */
export type PageSubject = { member: Membership | undefined; editors: PageEditors };
type PageOfMember = { member: Membership; editors: PageEditors };

const teacher = (_person: Person, member: Membership) => member.role !== 'pupil';
const activeProject = whileActive((page: PageOfMember) => page.member);

/** A page of a TwinSpace someone is not in does not exist for them. */
const onPage = rulesOn({
  name: 'This page',
  see: (_person, page: PageSubject | undefined): page is PageOfMember => page?.member !== undefined,
});

/**
 * Who may do what with a TwinSpace's pages. Every member reads them; the text is written by
 * everyone or by the teachers only, as the page says; structure, visibility, who may edit, tags
 * and restoring a version are the teachers'. A closed project is read-only (409).
 */
export const pagePolicy = definePolicy({
  create: onTwinspace(teacher, activeTwinspace),
  read: onPage(anyone),
  edit: onPage((_person, { member, editors }) => editors === 'everyone' || member.role !== 'pupil', activeProject),
  administer: onPage((person, { member }) => teacher(person, member), activeProject),
});

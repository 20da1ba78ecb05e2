import { describe, it } from 'node:test';
import type { Visibility } from '@jumelage/contracts';
import { verdict } from '../../platform/auth/policy.ts';
import { askerIn, assertVerdicts, tableRows, twinspaceStates, twinspaceUnnamed } from '../../test/actors.ts';
import { materialPolicy } from './policy.ts';

/** A material's uploader is the pupil (userId 'pupil'), another member, or nobody left. */
type Material = { uploadedBy: 'pupil' | 'someone else' | null; visibility: Visibility; shown: boolean };

const members = { founder: 'ok 403', 'member teacher': 'ok 403', pupil: 'ok 403' };
const teachers = { founder: 'ok 403', 'member teacher': 'ok 403' };
const readers = { founder: 'ok ok', 'member teacher': 'ok ok', pupil: 'ok ok' };

function materialTable({ uploadedBy, visibility, shown }: Material) {
  /** Who is not in the TwinSpace reads it while it is public and its project shown, and changes nothing. */
  const seenByVisitors = visibility === 'public' && shown;
  const visitors = (answer: string) =>
    seenByVisitors
      ? Object.fromEntries(outsiders.map((asker) => [asker, asker === 'anonymous' && answer === '403 403' ? '401 401' : answer]))
      : {};
  const refusedVisitors = visitors('403 403');
  const pupilChanges = uploadedBy === 'pupil' ? members : teachers;
  return {
    upload: members,
    manageAlbums: teachers,
    read: { ...readers, ...visitors('ok ok') },
    addTags: { ...members, ...refusedVisitors },
    removeTags: { ...teachers, ...refusedVisitors },
    changeVisibility: { ...teachers, ...refusedVisitors },
    edit: { ...(visibility === 'public' ? teachers : pupilChanges), ...refusedVisitors },
    delete: { ...pupilChanges, ...refusedVisitors },
  };
}

const outsiders = Object.entries(twinspaceUnnamed)
  .filter(([, answer]) => answer === '404 404')
  .map(([asker]) => asker);

const materials: Material[] = [
  { uploadedBy: 'pupil', visibility: 'members', shown: true },
  { uploadedBy: 'pupil', visibility: 'public', shown: true },
  { uploadedBy: 'pupil', visibility: 'public', shown: false },
  { uploadedBy: 'someone else', visibility: 'members', shown: true },
  { uploadedBy: null, visibility: 'public', shown: true },
];

describe('material policy', () => {
  for (const material of materials) {
    it(`answers every action on a ${material.visibility} material uploaded by ${material.uploadedBy ?? 'a deleted account'}${material.shown ? '' : ' in a project the public does not see'}, for every place, active or closed`, () => {
      assertVerdicts(
        tableRows(materialTable(material), twinspaceUnnamed, twinspaceStates, (action, asker, status) => {
          const { person, member } = askerIn(asker, status);
          const subject = {
            member,
            uploadedBy: material.uploadedBy,
            visibility: material.visibility,
            projectShownToThePublic: material.shown,
          };
          return action === 'upload' || action === 'manageAlbums'
            ? verdict(materialPolicy, person, action, member)
            : verdict(materialPolicy, person, action, subject);
        }),
      );
    });
  }
});

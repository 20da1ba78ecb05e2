import type { MyProjectsResponse, ReviewQueueResponse } from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import { invitationsFor } from './invitation-queries.ts';
import { countAwaiting, projectsAwaiting, projectsOf } from './listing-queries.ts';
import { findProject, membersOf } from './queries.ts';
import { partnerSubject, projectPolicy } from './policy.ts';
import { submissionProblemsOf } from './rules.ts';
import { reviewingCountryOf } from './service.ts';

type Dependencies = Pick<AppDependencies, 'database'>;
type Waiting = MyProjectsResponse['waiting'][number];

/** The teacher's dashboard: my projects, invitations to answer, and what waits for me. */
export async function myProjects({ database }: Dependencies, actor: Actor): Promise<MyProjectsResponse> {
  authorize(projectPolicy, actor, 'listMine');
  const db = database.db;
  const [rows, invitations] = await Promise.all([projectsOf(db, actor.userId), invitationsFor(db, actor.userId)]);
  const waiting: Waiting[] = [];
  for (const row of rows) {
    const task = { projectId: row.id, title: row.title };
    const subject = partnerSubject(row.status, row.role);
    const maySubmit = projectPolicy.can(actor, 'submit', subject);
    if (maySubmit && row.status === 'changes_requested') waiting.push({ kind: 'answer_changes', ...task });
    if (maySubmit && row.status === 'draft') {
      const problems = submissionProblemsOf((await findProject(db, row.id))!, await membersOf(db, row.id));
      waiting.push({ kind: problems.length === 0 ? 'submit' : 'complete_draft', ...task });
    }
    if (projectPolicy.can(actor, 'savePlan', subject) && (row.hoursPerWeek === null || row.digitalTools.trim() === ''))
      waiting.push({ kind: 'plan_my_part', ...task });
  }
  return { projects: rows.map(({ hoursPerWeek: _hours, digitalTools: _tools, ...project }) => project), invitations, waiting };
}

export async function reviewQueue(
  { database }: Dependencies,
  actor: Actor,
  query: { country?: string | undefined; after?: string | undefined; limit: number },
): Promise<ReviewQueueResponse> {
  const country = reviewingCountryOf(actor, query.country, 'query.country');
  const after = query.after ? decodeCursor(query.after, 'after') : undefined;
  const [found, total] = await Promise.all([
    projectsAwaiting(database.db, country, after, query.limit + 1),
    countAwaiting(database.db, country),
  ]);
  const page = found.slice(0, query.limit);
  const last = page.at(-1);
  return {
    projects: page.map(({ cursorTime: _time, ...project }) => project),
    total,
    nextCursor: found.length > query.limit && last ? encodeCursor({ time: last.cursorTime, id: last.id }) : null,
  };
}

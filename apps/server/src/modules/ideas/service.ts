import {
  type IdeaBody,
  type IdeaDetail,
  type InterestBody,
  type MyIdeasResponse,
  type ParsedSearchIdeasQuery,
  type SearchIdeasResponse,
} from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { recordEvent, unitOfWork } from '../../platform/events/unit-of-work.ts';
import { decodeRankedCursor, encodeRankedCursor } from '../../platform/http/cursor.ts';
import { nonEmpty, partnersPolicy } from '../partners/module.ts';
import {
  deleteIdea,
  findIdea,
  ideasBy,
  insertIdea,
  insertInterest,
  interestsIn,
  lockIdeaStatus,
  searchIdeas,
  setIdeaStatus,
  updateIdea,
} from './queries.ts';

type Dependencies = Pick<AppDependencies, 'database'>;

function requireTeacherTools(actor: Actor): void {
  authorize(partnersPolicy, actor, 'searchPartners');
}

/** Open ideas of colleagues who may be found, never one's own, never across a block. */
export async function findIdeas({ database }: Dependencies, actor: Actor, query: ParsedSearchIdeasQuery): Promise<SearchIdeasResponse> {
  requireTeacherTools(actor);
  const found = await searchIdeas(
    database.db,
    {
      readerId: actor.userId,
      readerCountry: actor.countryCode,
      words: (query.q ?? '')
        .split(/\s+/)
        .filter((word) => word.length > 0)
        .slice(0, 8),
      countries: nonEmpty(query.countries),
      openToReaderCountry: query.openToMyCountry === 'true',
      subjects: nonEmpty(query.subjects),
      languages: nonEmpty(query.languages),
      ageMin: query.ageMin,
      ageMax: query.ageMax,
    },
    query.after ? decodeRankedCursor(query.after, 'after') : undefined,
    query.limit,
  );
  const page = found.slice(0, query.limit);
  const last = page.at(-1);
  return {
    results: page.map(({ score: _score, cursorTime: _cursorTime, ...idea }) => idea),
    nextCursor: found.length > query.limit && last ? encodeRankedCursor({ score: last.score, time: last.cursorTime, id: last.id }) : null,
  };
}

export async function readIdea({ database }: Dependencies, actor: Actor, id: string): Promise<IdeaDetail> {
  requireTeacherTools(actor);
  const idea = await findIdea(database.db, id, actor.userId);
  if (!idea) throw notFound('This idea');
  const mine = idea.author.id === actor.userId;
  const myInterest = mine ? [] : await interestsIn(database.db, id, actor.userId, actor.userId);
  return { idea, mine, myInterest: myInterest[0] ?? null, receivedInterests: mine ? await interestsIn(database.db, id, actor.userId) : [] };
}

export async function myIdeas({ database }: Dependencies, actor: Actor): Promise<MyIdeasResponse> {
  requireTeacherTools(actor);
  return { ideas: await ideasBy(database.db, actor.userId) };
}

export async function postIdea({ database }: Dependencies, actor: Actor, body: IdeaBody): Promise<{ id: string }> {
  requireTeacherTools(actor);
  return { id: await insertIdea(database.db, actor.userId, body) };
}

/** Only the author changes an idea; to anyone else it "does not exist", as if it were not theirs to see. */
export async function editIdea({ database }: Dependencies, actor: Actor, id: string, body: IdeaBody): Promise<void> {
  requireTeacherTools(actor);
  if ((await updateIdea(database.db, id, actor.userId, body)) === 0) throw notFound('This idea');
}

export async function changeIdeaStatus({ database }: Dependencies, actor: Actor, id: string, status: 'open' | 'closed'): Promise<void> {
  requireTeacherTools(actor);
  if ((await setIdeaStatus(database.db, id, actor.userId, status)) === 0) throw notFound('This idea');
}

export async function removeIdea({ database }: Dependencies, actor: Actor, id: string): Promise<void> {
  requireTeacherTools(actor);
  if ((await deleteIdea(database.db, id, actor.userId)) === 0) throw notFound('This idea');
}

/** An answer to someone else's open idea: stored once per teacher, and mailed to the author. */
export async function expressInterest(dependencies: AppDependencies, actor: Actor, id: string, body: InterestBody): Promise<void> {
  requireTeacherTools(actor);
  await unitOfWork(dependencies, async (db) => {
    const idea = await findIdea(db, id, actor.userId);
    if (!idea) throw notFound('This idea');
    if (idea.author.id === actor.userId) throw new AppError('validation_failed', 'This idea is yours: the answers come to you');
    // Read again under a lock: an idea closed or deleted meanwhile takes no answer.
    if ((await lockIdeaStatus(db, id)) !== 'open') throw new AppError('idea_closed', 'The author closed this idea');
    if (!(await insertInterest(db, id, actor.userId, body.message)))
      throw new AppError('idea_already_answered', 'You already answered this idea');
    const me = await db
      .selectFrom('users')
      .innerJoin('schools', 'schools.id', 'users.school_id')
      .select(['users.name', 'schools.name as school'])
      .where('users.id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    const payload = { authorId: idea.author.id, title: idea.title, fromName: me.name, school: me.school, message: body.message };
    await recordEvent(db, { type: 'ideas.interest_expressed', actorId: actor.userId, subject: { type: 'idea', id }, payload });
  });
}

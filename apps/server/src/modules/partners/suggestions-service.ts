import type { SuggestedPartnersResponse, SuggestionReason } from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { partnersPolicy } from './policy.ts';
import { suggestionProfileOf, suggestPartners, type ScoredCandidate } from './suggestion-queries.ts';

/** A reason is said only where it is a real reason: close time zones, recent activity. */
const closeHours = 2;
const recentDays = 30;

function reasonsFor(candidate: ScoredCandidate): SuggestionReason[] {
  const reasons: SuggestionReason[] = [];
  if (candidate.shared_subjects.length > 0) reasons.push({ kind: 'subjects', subjects: candidate.shared_subjects });
  const { shared_age_min: from, shared_age_max: to } = candidate;
  if (from !== null && to !== null && from <= to) reasons.push({ kind: 'ages', from, to });
  reasons.push({ kind: 'languages', languages: candidate.shared_languages });
  if (candidate.hours_apart <= closeHours) reasons.push({ kind: 'timeZone', hours: Math.round(candidate.hours_apart * 2) / 2 });
  if (candidate.days_idle <= recentDays) reasons.push({ kind: 'active', days: Math.floor(candidate.days_idle) });
  if (candidate.looking) reasons.push({ kind: 'looking' });
  return reasons;
}

/** Colleagues abroad chosen for the signed-in teacher, best first, each with why. */
export async function suggestedPartners(
  { database }: Pick<AppDependencies, 'database'>,
  actor: Actor,
  limit: number,
): Promise<SuggestedPartnersResponse> {
  authorize(partnersPolicy, actor, 'searchPartners');
  const me = await suggestionProfileOf(database.db, actor.userId);
  const hasAges = me?.ageMin !== null && me?.ageMax !== null;
  if (!me || me.languages.length === 0 || (me.subjects.length === 0 && !hasAges)) return { profileComplete: false, suggestions: [] };
  const candidates = await suggestPartners(database.db, actor.userId, me, limit);
  return {
    profileComplete: true,
    suggestions: candidates.map((candidate) => ({
      partner: { ...candidate.partner, lastActiveAt: new Date(candidate.partner.lastActiveAt).toISOString() },
      reasons: reasonsFor(candidate),
    })),
  };
}

import type { Project, ProjectMember, SubmissionProblem } from '@jumelage/contracts';

const requiredTexts = [
  ['summary', 'missing_summary'],
  ['description', 'missing_description'],
  ['objectives', 'missing_objectives'],
  ['workingMethod', 'missing_working_method'],
  ['activities', 'missing_activities'],
  ['expectedResults', 'missing_expected_results'],
] as const satisfies readonly (readonly [keyof Project, SubmissionProblem])[];

/**
 * What keeps a project from being submitted. The partnership rule of the programme: at least two
 * founders, from at least two schools, in at least two countries; each founder says what their
 * school can give.
 */
export function submissionProblemsOf(
  project: Project,
  members: ProjectMember[],
  today = new Date().toISOString().slice(0, 10),
): SubmissionProblem[] {
  const problems: SubmissionProblem[] = requiredTexts.filter(([field]) => project[field].trim() === '').map(([, problem]) => problem);
  if (project.subjects.length === 0) problems.push('missing_subjects');
  if (project.themes.length === 0) problems.push('missing_themes');
  if (project.pupilAgeMin === null || project.pupilAgeMax === null) problems.push('missing_ages');
  if (project.languages.length === 0) problems.push('missing_languages');
  if (project.startsOn === null || project.endsOn === null) problems.push('missing_dates');
  else if (project.endsOn < today) problems.push('ends_in_the_past');
  const founders = members.filter((member) => member.role === 'founder');
  if (founders.length < 2) problems.push('needs_two_founders');
  if (new Set(founders.map((founder) => founder.schoolId)).size < 2) problems.push('needs_two_schools');
  if (new Set(founders.map((founder) => founder.countryCode)).size < 2) problems.push('needs_two_countries');
  if (founders.some((founder) => founder.hoursPerWeek === null || founder.digitalTools.trim() === ''))
    problems.push('missing_partner_plans');
  return problems;
}

import type { ProjectPatch, ProjectStatus } from '@jumelage/contracts';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../platform/db/schema.ts';
import {
  askFoundingCountries,
  decideReview,
  insertMember,
  insertProject,
  openTwinspace,
  recordEvent,
  setPartnerPlan,
  setProjectState,
} from '../modules/projects/queries.ts';
import type { SeededRandom } from './seeded-random.ts';

type ProjectTemplate = Required<
  Pick<
    ProjectPatch,
    'title' | 'summary' | 'description' | 'subjects' | 'themes' | 'objectives' | 'workingMethod' | 'activities' | 'expectedResults'
  >
> & { ages: [number, number] };

const templates: ProjectTemplate[] = [
  {
    title: 'One river, many towns',
    summary: 'Pupils study the river of their town, measure its water and write a shared guide to Europe’s rivers.',
    description:
      'Each class adopts a river, measures temperature and clarity every month and shares its data on the TwinSpace; mixed teams compare the rivers and write one guide together.',
    subjects: ['science', 'geography'],
    themes: ['climate_and_environment', 'science_and_discovery'],
    objectives: 'Measure, compare and explain data; write scientific texts in English.',
    workingMethod: 'Mixed teams of pupils from every school, each team in charge of one chapter of the guide.',
    activities: 'Monthly measurements, two video calls, a shared spreadsheet, the guide written chapter by chapter.',
    expectedResults: 'A bilingual eBook guide to the rivers, presented to families in June.',
    ages: [11, 14],
  },
  {
    title: 'Tales we tell',
    summary: 'A fairy tale written in turns by partner classes, illustrated and read aloud.',
    description:
      'A class writes the beginning of a tale, the partner class writes what follows; pupils illustrate the chapters and record them as an audiobook.',
    subjects: ['language_and_literature', 'art'],
    themes: ['reading_and_storytelling', 'arts_and_culture'],
    objectives: 'Write and read for real readers abroad; practise English.',
    workingMethod: 'Classes write in turns; each chapter is illustrated by the other school.',
    activities: 'Chapters every three weeks, an illustration exchange, a reading by video call.',
    expectedResults: 'An illustrated audiobook shared with the families and the school libraries.',
    ages: [8, 11],
  },
  {
    title: 'Un marché européen des mathématiques',
    summary: 'Les élèves relèvent les prix dans leurs villes et construisent ensemble des graphiques sur le coût de la vie.',
    description:
      'Chaque classe relève les prix d’un panier de produits ; des équipes mixtes convertissent, comparent et présentent les résultats.',
    subjects: ['mathematics', 'economics'],
    themes: ['mathematics_and_logic', 'citizenship_and_democracy'],
    objectives: 'Calculer des moyennes et des pourcentages, lire des graphiques, argumenter.',
    workingMethod: 'Équipes mixtes de deux pays, une question par équipe.',
    activities: 'Relevés de prix, tableur partagé, deux visioconférences, une exposition commune.',
    expectedResults: 'Une exposition en ligne et une affiche dans chaque établissement.',
    ages: [12, 15],
  },
  {
    title: 'Songs of our streets',
    summary: 'Each class learns a song of the partner school, records it, and all sing together online.',
    description: 'Pupils choose a song of their region, teach it to their partners by video, and record a shared concert.',
    subjects: ['music', 'foreign_languages'],
    themes: ['arts_and_culture', 'cultural_heritage'],
    objectives: 'Sing in other languages; discover the partners’ musical heritage.',
    workingMethod: 'Every class teaches one song and learns all the others.',
    activities: 'Video tutorials, rehearsals, one online concert at the end of the year.',
    expectedResults: 'A recorded concert on the project’s public page.',
    ages: [9, 13],
  },
];

/** Every state a project can be in, so that each page of the journey has something to show. */
const demoStates: ProjectStatus[] = ['active', 'submitted', 'draft', 'active', 'changes_requested', 'closed', 'rejected'];

export type DemoPartner = { id: string; countryCode: string };

type DemoProject = {
  founders: [DemoPartner, DemoPartner];
  member: DemoPartner;
  officers: Record<string, string>;
  status: ProjectStatus;
  number: number;
};

/** A project written as its founders, officers and members would have made it, in the state asked. */
export async function insertDemoProject(db: Kysely<Schema>, project: DemoProject, random: SeededRandom): Promise<void> {
  const [first, second] = project.founders;
  const template = random.pick(templates);
  const { ages, ...content } = template;
  const startsOn = new Date(Date.UTC(2026, 8 + (project.number % 4), 1)).toISOString().slice(0, 10);
  const id = await insertProject(db, {
    title: content.title,
    createdBy: first.id,
    content: { ...content, pupilAgeMin: ages[0], pupilAgeMax: ages[1], languages: ['en'], startsOn, endsOn: '2027-06-30' },
  });
  await db
    .insertInto('contact_requests')
    .values({ from_user: first.id, to_user: second.id, message: 'Shall we work together?', status: 'accepted' })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
  await insertMember(db, id, second.id, 'founder');
  await recordEvent(db, id, 'joined', second.id);
  for (const founder of project.founders)
    await setPartnerPlan(db, id, founder.id, {
      hoursPerWeek: 1 + Math.floor(random.next() * 3),
      digitalTools: 'Tablets, a computer room, a projector',
    });
  if (project.status === 'draft') return;
  await setProjectState(db, id, { status: 'submitted', submitted: true });
  await askFoundingCountries(db, id);
  await recordEvent(db, id, 'submitted', first.id);
  if (project.status === 'submitted') return;
  await decide(db, id, first.countryCode, 'approved', project.officers);
  if (project.status === 'changes_requested' || project.status === 'rejected') {
    const reason =
      project.status === 'rejected'
        ? 'This is a commercial exchange, not a school project.'
        : 'Say how pupils of both schools work on one shared result.';
    await decide(db, id, second.countryCode, project.status, project.officers, reason);
    await setProjectState(db, id, { status: project.status });
    return;
  }
  await decide(db, id, second.countryCode, 'approved', project.officers);
  await setProjectState(db, id, { status: 'active', approved: true, isPublic: project.number % 3 !== 2 });
  await openTwinspace(db, id);
  await recordEvent(db, id, 'activated', null);
  await insertMember(db, id, project.member.id, 'member');
  await recordEvent(db, id, 'joined', project.member.id);
  if (project.status === 'closed') {
    await setProjectState(db, id, { status: 'closed' });
    await recordEvent(db, id, 'closed', first.id);
  }
}

async function decide(
  db: Kysely<Schema>,
  projectId: string,
  countryCode: string,
  status: 'approved' | 'changes_requested' | 'rejected',
  officers: Record<string, string>,
  reason?: string,
): Promise<void> {
  const officerId = officers[countryCode]!;
  await decideReview(db, { projectId, countryCode, status, officerId });
  await recordEvent(db, projectId, status, officerId, { countryCode, ...(reason ? { reason } : {}) });
}

export function demoStateOf(number: number): ProjectStatus {
  return demoStates[number % demoStates.length]!;
}

/** Validated teachers of each country, their first printed log-in first. */
export async function validatedTeachersByCountry(db: Kysely<Schema>): Promise<Map<string, DemoPartner[]>> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'country_code as countryCode'])
    .where('role', '=', 'teacher')
    .where('status', '=', 'validated')
    .orderBy(sql`length(email)`)
    .orderBy('email')
    .execute();
  return Map.groupBy(
    rows.map((row) => ({ id: row.id, countryCode: row.countryCode! })),
    (row) => row.countryCode,
  );
}

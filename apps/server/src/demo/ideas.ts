import type { Subject } from '@jumelage/contracts';

/** Project ideas as teachers write them, in a few of the working languages, for demo and benchmark data. */
export type IdeaTemplate = { title: string; description: string; subjects: Subject[]; ages: [number, number] };

const ideaTemplates: Record<string, IdeaTemplate[]> = {
  en: [
    {
      title: 'Our towns in ten pictures',
      description:
        'Each class photographs ten places that tell the story of its town, writes captions in English and guesses the partners’ places.',
      subjects: ['geography', 'foreign_languages'],
      ages: [10, 14],
    },
    {
      title: 'A recipe book of Europe',
      description: 'Pupils collect family recipes, cook one at school, film it and build a shared recipe book with the partner classes.',
      subjects: ['home_economics', 'foreign_languages'],
      ages: [8, 12],
    },
    {
      title: 'Climate detectives',
      description:
        'Pupils measure temperature and rain for three months, compare the data with partner schools and present their findings together.',
      subjects: ['science', 'environment', 'mathematics'],
      ages: [11, 15],
    },
    {
      title: 'Fairy tales across borders',
      description:
        'Each class writes the beginning of a tale, a partner class continues it; the final stories are illustrated and read aloud online.',
      subjects: ['language_and_literature', 'art'],
      ages: [7, 11],
    },
    {
      title: 'Coding a shared game',
      description: 'Mixed teams from both schools design levels of one game in a block-based language and test each other’s levels.',
      subjects: ['computing', 'mathematics'],
      ages: [12, 16],
    },
  ],
  fr: [
    {
      title: 'Correspondance illustrée',
      description: 'Les élèves échangent des lettres illustrées chaque mois et construisent ensemble un carnet de voyage imaginaire.',
      subjects: ['foreign_languages', 'art'],
      ages: [8, 11],
    },
    {
      title: 'Les mathématiques du marché',
      description: 'Relevés de prix dans nos villes, conversions, graphiques communs : une enquête partagée sur ce que coûte la vie.',
      subjects: ['mathematics', 'economics'],
      ages: [12, 15],
    },
    {
      title: 'Mémoire de la Grande Guerre',
      description: 'Chaque classe étudie un monument de sa commune ; ensemble, les élèves écrivent un guide bilingue des lieux de mémoire.',
      subjects: ['history', 'citizenship'],
      ages: [14, 17],
    },
  ],
  de: [
    {
      title: 'Musik verbindet uns',
      description: 'Jede Klasse lernt ein Lied der Partnerklasse und nimmt es auf; zum Schluss singen alle gemeinsam online.',
      subjects: ['music', 'foreign_languages'],
      ages: [9, 13],
    },
    {
      title: 'Wasser in unserer Stadt',
      description: 'Schülerinnen und Schüler untersuchen Flüsse und Brunnen ihrer Stadt und vergleichen die Messwerte mit den Partnern.',
      subjects: ['science', 'environment'],
      ages: [12, 16],
    },
  ],
  it: [
    {
      title: 'Il patrimonio della mia città',
      description: 'Ogni classe sceglie un monumento, ne racconta la storia in un video e prepara un quiz per i partner.',
      subjects: ['history', 'art'],
      ages: [11, 14],
    },
    {
      title: 'Orti scolastici europei',
      description: 'Coltiviamo lo stesso ortaggio in climi diversi e confrontiamo la crescita con foto e misure settimanali.',
      subjects: ['biology', 'environment'],
      ages: [8, 12],
    },
  ],
  es: [
    {
      title: 'Radio escolar europea',
      description: 'Los alumnos preparan programas de radio sobre su cultura y los intercambian con las escuelas socias.',
      subjects: ['media_education', 'foreign_languages'],
      ages: [12, 16],
    },
  ],
  pl: [
    {
      title: 'Legendy naszych miast',
      description: 'Uczniowie opowiadają legendy swoich miast, tłumaczą je na angielski i tworzą wspólny komiks z partnerami.',
      subjects: ['language_and_literature', 'art'],
      ages: [9, 13],
    },
    {
      title: 'Matematyka w sporcie',
      description: 'Mierzymy wyniki na lekcjach wychowania fizycznego i porównujemy statystyki ze szkołami partnerskimi.',
      subjects: ['mathematics', 'physical_education'],
      ages: [11, 15],
    },
  ],
};

/** Ideas written in the country's language where there are some, otherwise in English. */
export function ideaTemplatesIn(language: string): IdeaTemplate[] {
  return ideaTemplates[language] ?? ideaTemplates.en!;
}

/** "2027-03": the month `monthsAhead` after the given date. */
export function monthAfter(date: Date, monthsAhead: number): string {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + monthsAhead, 1)).toISOString().slice(0, 7);
}

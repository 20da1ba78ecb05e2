import type { Block } from './page-blocks.ts';

/**
 * What the demo TwinSpace's classes write, country by country: children's first names (none of
 * those the e2e specs give their own pupils, whom they find by first name), and a few words in the
 * class's language. The project's working language is English; each class adds its own.
 */
type ClassWords = { country: string; language: string; hello: string; greeting: string; girls: [string, string]; boys: [string, string] };

const classWords: Record<string, ClassWords> = {
  FR: {
    country: 'France',
    language: 'French',
    hello: 'Bonjour',
    greeting: 'Bonjour de toute notre classe ! Nous avons hâte de travailler avec vous et de découvrir vos villes.',
    girls: ['Manon', 'Inès'],
    boys: ['Théo', 'Arthur'],
  },
  DE: {
    country: 'Germany',
    language: 'German',
    hello: 'Hallo',
    greeting: 'Hallo von unserer ganzen Klasse! Wir freuen uns darauf, mit euch zu arbeiten und eure Städte kennenzulernen.',
    girls: ['Emilia', 'Hannah'],
    boys: ['Finn', 'Leon'],
  },
  ES: {
    country: 'Spain',
    language: 'Spanish',
    hello: 'Hola',
    greeting: '¡Hola de parte de toda nuestra clase! Tenemos muchas ganas de trabajar con vosotros y de conocer vuestras ciudades.',
    girls: ['Martina', 'Valeria'],
    boys: ['Mateo', 'Diego'],
  },
  IT: {
    country: 'Italy',
    language: 'Italian',
    hello: 'Ciao',
    greeting: 'Ciao da tutta la nostra classe! Non vediamo l’ora di lavorare con voi e di scoprire le vostre città.',
    girls: ['Giulia', 'Aurora'],
    boys: ['Leonardo', 'Tommaso'],
  },
  PL: {
    country: 'Poland',
    language: 'Polish',
    hello: 'Cześć',
    greeting: 'Cześć od całej naszej klasy! Nie możemy się doczekać wspólnej pracy i poznania waszych miast.',
    girls: ['Zuzanna', 'Hanna'],
    boys: ['Antoni', 'Filip'],
  },
  PT: {
    country: 'Portugal',
    language: 'Portuguese',
    hello: 'Olá',
    greeting: 'Olá de toda a nossa turma! Estamos ansiosos por trabalhar convosco e conhecer as vossas cidades.',
    girls: ['Beatriz', 'Matilde'],
    boys: ['Rodrigo', 'Tiago'],
  },
  NL: {
    country: 'the Netherlands',
    language: 'Dutch',
    hello: 'Hallo',
    greeting: 'Hallo van onze hele klas! We kijken ernaar uit om met jullie samen te werken en jullie steden te leren kennen.',
    girls: ['Sanne', 'Fenna'],
    boys: ['Daan', 'Bram'],
  },
  SE: {
    country: 'Sweden',
    language: 'Swedish',
    hello: 'Hej',
    greeting: 'Hej från hela vår klass! Vi ser fram emot att arbeta med er och lära känna era städer.',
    girls: ['Ebba', 'Alva'],
    boys: ['Oskar', 'Elias'],
  },
  CZ: {
    country: 'Czechia',
    language: 'Czech',
    hello: 'Ahoj',
    greeting: 'Ahoj od celé naší třídy! Moc se těšíme na společnou práci a na to, až poznáme vaše města.',
    girls: ['Tereza', 'Eliška'],
    boys: ['Vojtěch', 'Matěj'],
  },
  GR: {
    country: 'Greece',
    language: 'Greek',
    hello: 'Γεια σας',
    greeting: 'Γεια σας από όλη την τάξη μας! Ανυπομονούμε να δουλέψουμε μαζί σας και να γνωρίσουμε τις πόλεις σας.',
    girls: ['Ελένη', 'Μαρία'],
    boys: ['Γιώργος', 'Νίκος'],
  },
  RO: {
    country: 'Romania',
    language: 'Romanian',
    hello: 'Salut',
    greeting: 'Salutări de la toată clasa noastră! Abia așteptăm să lucrăm împreună și să vă cunoaștem orașele.',
    girls: ['Ioana', 'Bianca'],
    boys: ['Andrei', 'Ștefan'],
  },
  FI: {
    country: 'Finland',
    language: 'Finnish',
    hello: 'Hei',
    greeting: 'Terveisiä koko luokaltamme! Odotamme innolla yhteistyötä kanssanne ja teidän kaupunkeihinne tutustumista.',
    girls: ['Aino', 'Siiri'],
    boys: ['Eino', 'Onni'],
  },
};

export function classWordsOf(countryCode: string): ClassWords {
  const words = classWords[countryCode];
  if (!words) throw new Error(`No demo class words for ${countryCode}`);
  return words;
}

/** A class of four: girl, boy, girl, boy. */
export function pupilFirstNames(countryCode: string): Array<{ firstName: string; female: boolean }> {
  const { girls, boys } = classWordsOf(countryCode);
  return [girls[0], boys[0], girls[1], boys[1]].map((firstName, index) => ({ firstName, female: index % 2 === 0 }));
}

/** Names as a sentence says them: "Manon, Théo and Inès". */
const listed = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? ''));

/** The theme page, as the founders write it: first the French founder, then the partner. */
export const themePage = {
  title: 'Meet the partners',
  opening: [
    {
      paragraph: [
        'This is where our classes introduce themselves before we start working together. Each class writes its own page below: who you are, what your school and your town are like, and the questions you would like to ask the others.',
      ],
    },
    { heading: 'How we write' },
    {
      bullets: [
        'Write in English, so that everyone can read it.',
        'Add a few sentences in your own language too: the partners will try to understand them!',
        'Give only your first name, never your address or your family name.',
        'Answer the other classes’ questions on their page.',
      ],
    },
  ] satisfies Block[],
  calendar: [
    { heading: 'Our calendar' },
    {
      paragraph: [
        'Class pages ready by the end of the month. Then ',
        { text: 'a first video call', marks: ['bold'] },
        ', where each class reads its page aloud to the others.',
      ],
    },
  ] satisfies Block[],
  drawing: (src: string, alt: string): Block[] => [
    { paragraph: ['Some of the pupils drew our towns for the partners:'] },
    { image: { src, alt } },
  ],
};

export type ClassPage = { title: string; byTeacher: Block[]; byFirstPupil: Block[]; bySecondPupil: Block[] };

/** A class's page: the teacher sets it up, then two pupils write it; it names only the pupils it shows. */
export function classPage(countryCode: string, school: { name: string; town: string }, shown: string[]): ClassPage {
  const words = classWordsOf(countryCode);
  return {
    title: `${words.hello} from ${school.town}!`,
    byTeacher: [{ paragraph: [`The page of our class at ${school.name}. Write it together, and read it aloud before you publish it.`] }],
    byFirstPupil: [
      { heading: 'Who we are' },
      {
        paragraph: [
          'We are a class of ',
          { text: '24 pupils', marks: ['bold'] },
          ` at ${school.name} in ${school.town}. This page was written by ${listed(shown)}.`,
        ],
      },
      {
        paragraph: [
          'In our free time we play football and basketball, draw comics, and some of us sing in the school choir. Our favourite subjects are art, sport and, of course, English!',
        ],
      },
    ],
    bySecondPupil: [
      { heading: 'Our town' },
      {
        paragraph: [
          `${school.town} is in ${words.country}. Our school is ten minutes from the centre on foot. Our favourite places are the park, the library and the bakery next to the school, where we buy a snack after class.`,
        ],
      },
      { paragraph: [`In ${words.language}: `, { text: words.greeting, marks: ['italic'] }] },
      { heading: 'Questions for you' },
      {
        bullets: [
          'What time does your school day start, and when does it end?',
          'What do you eat for lunch at school?',
          'Which song would you teach us?',
        ],
      },
    ],
  };
}

import type { Language, SchoolLevel } from '@jumelage/contracts';

/**
 * What demo data is made of, country by country, in the country's own language: names, towns
 * (with the académie for France), how schools are named, and what teachers write about themselves.
 */
export type CountryPeople = {
  countryCode: string;
  language: Language;
  firstNames: { female: string[]; male: string[] };
  /** A pair where the family name takes a female form (Kowalski, Kowalska). */
  lastNames: Array<string | [male: string, female: string]>;
  towns: Array<{ name: string; regionId?: string }>;
  schoolNames: Record<SchoolLevel, string[]>;
  presentations: string[];
  /** What an officer of this country writes when rejecting a registration. */
  rejectionReason: string;
};

export const demoCountries: CountryPeople[] = [
  {
    countryCode: 'FR',
    language: 'fr',
    firstNames: { female: ['Camille', 'Sophie', 'Élodie', 'Aurélie', 'Céline', 'Hélène', 'Léa'], male: ['Julien', 'Nicolas', 'Thomas', 'Mathieu', 'François'] },
    lastNames: ['Martin', 'Bernard', 'Dubois', 'Durand', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Roux', 'Fournier', 'Mercier', 'Faure'],
    towns: [
      { name: 'Lyon', regionId: 'FR-LYON' }, { name: 'Villeurbanne', regionId: 'FR-LYON' }, { name: 'Nantes', regionId: 'FR-NANTES' },
      { name: 'Rennes', regionId: 'FR-RENNES' }, { name: 'Lille', regionId: 'FR-LILLE' }, { name: 'Besançon', regionId: 'FR-BESANCON' },
      { name: 'Toulouse', regionId: 'FR-TOULOUSE' }, { name: 'Créteil', regionId: 'FR-CRETEIL' }, { name: 'Montpellier', regionId: 'FR-MONTPELLIER' },
    ],
    schoolNames: {
      primary: ['École Jean Moulin', 'École élémentaire Les Tilleuls', 'École Jules Ferry', 'École primaire Marie Curie'],
      lower_secondary: ['Collège Victor Hugo', 'Collège Louise Michel', 'Collège Jean Jaurès', 'Collège Simone Veil'],
      upper_secondary: ['Lycée Condorcet', 'Lycée Émile Zola', 'Lycée Albert Camus', 'Lycée George Sand'],
      vocational: ['Lycée professionnel Gustave Eiffel', 'Lycée des métiers Jacques Prévert'],
      other: ['Cité scolaire internationale'],
    },
    presentations: [
      'Professeure passionnée par les échanges, je cherche une classe partenaire pour un projet sur le patrimoine de nos villes.',
      'Nous aimerions écrire un conte à plusieurs mains avec une école d’un autre pays, en français et en anglais.',
      'Mes élèves préparent une émission de radio scolaire : nous cherchons des partenaires pour parler d’environnement.',
    ],
    rejectionReason: 'L’établissement indiqué ne correspond pas à votre adresse professionnelle : merci de le corriger.',
  },
  {
    countryCode: 'DE',
    language: 'de',
    firstNames: { female: ['Anna', 'Katrin', 'Julia', 'Sabine', 'Miriam', 'Lena'], male: ['Lukas', 'Stefan', 'Michael', 'Jonas', 'Tobias', 'Jürgen'] },
    lastNames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schäfer', 'Koch', 'Hoffmann', 'Größer'],
    towns: [{ name: 'München' }, { name: 'Köln' }, { name: 'Leipzig' }, { name: 'Freiburg im Breisgau' }, { name: 'Münster' }, { name: 'Würzburg' }],
    schoolNames: {
      primary: ['Grundschule am Park', 'Astrid-Lindgren-Grundschule', 'Grundschule Sonnenhügel'],
      lower_secondary: ['Realschule am Stadtwald', 'Erich-Kästner-Realschule'],
      upper_secondary: ['Goethe-Gymnasium', 'Albert-Einstein-Gymnasium', 'Gymnasium am Römerkastell'],
      vocational: ['Berufskolleg Technik', 'Berufliche Schule für Wirtschaft'],
      other: ['Gesamtschule Nord'],
    },
    presentations: [
      'Ich unterrichte Englisch und Geschichte und suche eine Partnerschule für ein Projekt über Erinnerungsorte in Europa.',
      'Unsere Klasse möchte mit Schülerinnen und Schülern aus einem anderen Land ein gemeinsames Kochbuch schreiben.',
      'Wir suchen Partner für ein Umweltprojekt: Wasserqualität in unseren Flüssen messen und vergleichen.',
    ],
    rejectionReason: 'Die angegebene Schule passt nicht zu Ihrer dienstlichen Adresse; bitte korrigieren Sie Ihr Profil.',
  },
  {
    countryCode: 'ES',
    language: 'es',
    firstNames: { female: ['Lucía', 'María', 'Elena', 'Nuria', 'Begoña', 'Inés'], male: ['Javier', 'Carlos', 'Pablo', 'Sergio', 'Álvaro', 'Iñaki'] },
    lastNames: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Muñoz', 'Jiménez', 'Ibáñez'],
    towns: [{ name: 'Sevilla' }, { name: 'Valencia' }, { name: 'Zaragoza' }, { name: 'Bilbao' }, { name: 'Salamanca' }, { name: 'A Coruña' }],
    schoolNames: {
      primary: ['CEIP Miguel de Cervantes', 'CEIP Antonio Machado', 'CEIP Federico García Lorca'],
      lower_secondary: ['IES Clara Campoamor', 'IES Rosalía de Castro'],
      upper_secondary: ['IES Ramón y Cajal', 'IES Luis Vives', 'IES María Moliner'],
      vocational: ['CIFP Politécnico', 'Centro de Formación Profesional Río Ebro'],
      other: ['Colegio Internacional Mediterráneo'],
    },
    presentations: [
      'Profesora de inglés en secundaria; buscamos socios para un proyecto sobre tradiciones y fiestas de nuestras ciudades.',
      'Mis alumnos de primaria quieren crear un libro digital con cuentos de distintos países europeos.',
      'Buscamos un centro socio para un proyecto de ciencias sobre energías renovables y el clima.',
    ],
    rejectionReason: 'El centro indicado no coincide con su dirección profesional; por favor, corrija su perfil.',
  },
  {
    countryCode: 'IT',
    language: 'it',
    firstNames: { female: ['Giulia', 'Francesca', 'Chiara', 'Silvia', 'Elisa', 'Federica'], male: ['Marco', 'Luca', 'Alessandro', 'Davide', 'Matteo', 'Niccolò'] },
    lastNames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Galli'],
    towns: [{ name: 'Bologna' }, { name: 'Torino' }, { name: 'Napoli' }, { name: 'Firenze' }, { name: 'Palermo' }, { name: 'Trento' }],
    schoolNames: {
      primary: ['Scuola primaria Gianni Rodari', 'Scuola primaria Maria Montessori', 'Scuola primaria Collodi'],
      lower_secondary: ['Scuola secondaria di primo grado Dante Alighieri', 'Istituto comprensivo Leonardo da Vinci'],
      upper_secondary: ['Liceo classico Galileo Galilei', 'Liceo scientifico Enrico Fermi', 'Liceo linguistico Grazia Deledda'],
      vocational: ['Istituto tecnico Guglielmo Marconi', 'Istituto professionale Alberghiero'],
      other: ['Convitto nazionale'],
    },
    presentations: [
      'Insegno italiano e latino; cerchiamo partner per un progetto sui miti e le leggende d’Europa.',
      'La nostra classe vorrebbe realizzare un giornale online con studenti di altri paesi.',
      'Cerchiamo una scuola partner per un progetto di matematica nella vita quotidiana.',
    ],
    rejectionReason: 'La scuola indicata non corrisponde al suo indirizzo professionale; la preghiamo di correggere il profilo.',
  },
  {
    countryCode: 'PL',
    language: 'pl',
    firstNames: { female: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Małgorzata'], male: ['Piotr', 'Tomasz', 'Paweł', 'Michał', 'Łukasz', 'Wojciech'] },
    lastNames: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Woźniak', 'Woźniak'], ['Dąbrowski', 'Dąbrowska'], ['Kozłowski', 'Kozłowska'], ['Jankowski', 'Jankowska']],
    towns: [{ name: 'Kraków' }, { name: 'Gdańsk' }, { name: 'Wrocław' }, { name: 'Łódź' }, { name: 'Poznań' }, { name: 'Lublin' }],
    schoolNames: {
      primary: ['Szkoła Podstawowa nr 12 im. Marii Konopnickiej', 'Szkoła Podstawowa nr 5 im. Janusza Korczaka', 'Szkoła Podstawowa nr 3'],
      lower_secondary: ['Szkoła Podstawowa nr 21 im. Jana Pawła II', 'Szkoła Podstawowa z Oddziałami Dwujęzycznymi'],
      upper_secondary: ['I Liceum Ogólnokształcące im. Mikołaja Kopernika', 'V Liceum Ogólnokształcące im. Augusta Witkowskiego'],
      vocational: ['Technikum Łączności nr 14', 'Zespół Szkół Zawodowych nr 2'],
      other: ['Zespół Szkół Ogólnokształcących'],
    },
    presentations: [
      'Uczę języka angielskiego w szkole podstawowej i szukam partnerów do projektu o tradycjach świątecznych.',
      'Nasi uczniowie chcą wspólnie z rówieśnikami z innego kraju nakręcić krótki film o swoim mieście.',
      'Szukamy szkoły partnerskiej do projektu przyrodniczego o bioróżnorodności w naszej okolicy.',
    ],
    rejectionReason: 'Podana szkoła nie zgadza się z Pani/Pana adresem służbowym; prosimy o poprawienie profilu.',
  },
  {
    countryCode: 'PT',
    language: 'pt',
    firstNames: { female: ['Ana', 'Mariana', 'Inês', 'Catarina', 'Sofia', 'Beatriz'], male: ['João', 'Pedro', 'Tiago', 'Rui', 'Gonçalo', 'Nuno'] },
    lastNames: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Gonçalves', 'Lopes', 'Marques'],
    towns: [{ name: 'Porto' }, { name: 'Braga' }, { name: 'Coimbra' }, { name: 'Évora' }, { name: 'Faro' }, { name: 'Aveiro' }],
    schoolNames: {
      primary: ['Escola Básica de São João', 'Escola Básica do Castelo', 'Escola Básica Sophia de Mello Breyner'],
      lower_secondary: ['Escola Básica 2,3 Infante D. Henrique', 'Agrupamento de Escolas Gil Vicente'],
      upper_secondary: ['Escola Secundária Camões', 'Escola Secundária Eça de Queirós'],
      vocational: ['Escola Profissional de Hotelaria', 'Escola Profissional de Tecnologia'],
      other: ['Colégio Internacional do Atlântico'],
    },
    presentations: [
      'Sou professora de inglês e procuro parceiros para um projeto sobre o mar e as profissões ligadas a ele.',
      'Os meus alunos querem trocar cartas e vídeos com uma turma de outro país sobre a vida na escola.',
      'Procuramos uma escola parceira para um projeto de música tradicional europeia.',
    ],
    rejectionReason: 'A escola indicada não corresponde ao seu endereço profissional; por favor, corrija o seu perfil.',
  },
  {
    countryCode: 'NL',
    language: 'nl',
    firstNames: { female: ['Sanne', 'Lotte', 'Femke', 'Anouk', 'Eva', 'Iris'], male: ['Daan', 'Bram', 'Jeroen', 'Sem', 'Thijs', 'Ruben'] },
    lastNames: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'van Dijk'],
    towns: [{ name: 'Utrecht' }, { name: 'Groningen' }, { name: 'Eindhoven' }, { name: 'Leiden' }, { name: 'Zwolle' }, { name: 'Maastricht' }],
    schoolNames: {
      primary: ['Basisschool De Regenboog', 'Openbare Basisschool De Wilgen', 'Basisschool Het Kompas'],
      lower_secondary: ['Christelijk College Groevenbeek', 'Het Baarnsch Lyceum'],
      upper_secondary: ['Stedelijk Gymnasium', 'Erasmus College'],
      vocational: ['ROC Midden Nederland', 'Grafisch Lyceum'],
      other: ['Internationale School'],
    },
    presentations: [
      'Ik geef aardrijkskunde en zoek een partnerschool voor een project over water en klimaat.',
      'Onze leerlingen willen samen met een klas uit het buitenland een podcast maken over hun dagelijks leven.',
      'Wij zoeken partners voor een project over duurzaam reizen door Europa.',
    ],
    rejectionReason: 'De opgegeven school komt niet overeen met uw werkadres; pas uw profiel aan.',
  },
  {
    countryCode: 'SE',
    language: 'sv',
    firstNames: { female: ['Elin', 'Sara', 'Maja', 'Linnea', 'Karin', 'Ida'], male: ['Erik', 'Johan', 'Anders', 'Oskar', 'Gustav', 'Björn'] },
    lastNames: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Lindström', 'Åberg', 'Öberg'],
    towns: [{ name: 'Göteborg' }, { name: 'Uppsala' }, { name: 'Malmö' }, { name: 'Umeå' }, { name: 'Västerås' }, { name: 'Örebro' }],
    schoolNames: {
      primary: ['Björkskolan', 'Ängsskolan', 'Solbacka skola'],
      lower_secondary: ['Kvarnbyskolan', 'Hagaskolan'],
      upper_secondary: ['Katedralskolan', 'Polhemsgymnasiet'],
      vocational: ['Yrkesgymnasiet', 'Teknikcollege'],
      other: ['Internationella skolan'],
    },
    presentations: [
      'Jag undervisar i engelska och söker en partnerskola för ett projekt om friluftsliv och natur.',
      'Våra elever vill skriva en gemensam berättelse tillsammans med en klass i ett annat land.',
      'Vi söker partner för ett projekt om källkritik och nyheter i olika länder.',
    ],
    rejectionReason: 'Den angivna skolan stämmer inte med din arbetsadress; rätta gärna din profil.',
  },
  {
    countryCode: 'CZ',
    language: 'cs',
    firstNames: { female: ['Jana', 'Lucie', 'Tereza', 'Kateřina', 'Eva', 'Veronika'], male: ['Petr', 'Jiří', 'Martin', 'Tomáš', 'Ondřej', 'Jakub'] },
    lastNames: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Novotný', 'Novotná'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková'], ['Němec', 'Němcová'], ['Pokorný', 'Pokorná'], ['Marek', 'Marková']],
    towns: [{ name: 'Brno' }, { name: 'Olomouc' }, { name: 'Plzeň' }, { name: 'Liberec' }, { name: 'České Budějovice' }, { name: 'Ostrava' }],
    schoolNames: {
      primary: ['Základní škola Komenského', 'Základní škola Na Výsluní', 'Základní škola T. G. Masaryka'],
      lower_secondary: ['Základní škola a mateřská škola Husova', 'Základní škola Lesní'],
      upper_secondary: ['Gymnázium Jana Nerudy', 'Gymnázium Christiana Dopplera'],
      vocational: ['Střední průmyslová škola', 'Střední odborná škola gastronomická'],
      other: ['Mezinárodní škola'],
    },
    presentations: [
      'Učím angličtinu a dějepis a hledám partnerskou školu pro projekt o historii našich měst.',
      'Naši žáci by rádi spolu s vrstevníky z jiné země vytvořili společný komiks.',
      'Hledáme partnery pro projekt o zdravém životním stylu a sportu.',
    ],
    rejectionReason: 'Uvedená škola neodpovídá vaší pracovní adrese; opravte prosím svůj profil.',
  },
  {
    countryCode: 'GR',
    language: 'el',
    firstNames: { female: ['Μαρία', 'Ελένη', 'Κατερίνα', 'Σοφία', 'Αναστασία', 'Δέσποινα'], male: ['Γιώργος', 'Νίκος', 'Δημήτρης', 'Κώστας', 'Γιάννης', 'Παναγιώτης'] },
    lastNames: [['Παπαδόπουλος', 'Παπαδοπούλου'], ['Γεωργίου', 'Γεωργίου'], ['Νικολάου', 'Νικολάου'], ['Οικονόμου', 'Οικονόμου'], ['Κωνσταντίνου', 'Κωνσταντίνου'], ['Δημητρίου', 'Δημητρίου'], ['Ιωάννου', 'Ιωάννου'], ['Αθανασίου', 'Αθανασίου'], ['Βασιλείου', 'Βασιλείου'], ['Χριστοδούλου', 'Χριστοδούλου'], ['Μακρής', 'Μακρή'], ['Παπαδάκης', 'Παπαδάκη']],
    towns: [{ name: 'Θεσσαλονίκη' }, { name: 'Πάτρα' }, { name: 'Ηράκλειο' }, { name: 'Λάρισα' }, { name: 'Βόλος' }, { name: 'Ιωάννινα' }],
    schoolNames: {
      primary: ['1ο Δημοτικό Σχολείο', '5ο Δημοτικό Σχολείο', '12ο Δημοτικό Σχολείο'],
      lower_secondary: ['2ο Γυμνάσιο', '7ο Γυμνάσιο'],
      upper_secondary: ['1ο Γενικό Λύκειο', 'Πειραματικό Λύκειο'],
      vocational: ['1ο ΕΠΑΛ', '3ο ΕΠΑΛ'],
      other: ['Μουσικό Σχολείο'],
    },
    presentations: [
      'Διδάσκω αγγλικά και αναζητώ σχολείο-εταίρο για ένα έργο για τους μύθους της αρχαίας Ελλάδας.',
      'Οι μαθητές μας θέλουν να δημιουργήσουν μαζί με μια τάξη από άλλη χώρα ένα ψηφιακό βιβλίο συνταγών.',
      'Αναζητούμε εταίρους για ένα έργο για την προστασία της θάλασσας.',
    ],
    rejectionReason: 'Το σχολείο που δηλώσατε δεν αντιστοιχεί στην επαγγελματική σας διεύθυνση· διορθώστε το προφίλ σας.',
  },
  {
    countryCode: 'RO',
    language: 'ro',
    firstNames: { female: ['Ioana', 'Elena', 'Alexandra', 'Cristina', 'Raluca', 'Oana'], male: ['Andrei', 'Mihai', 'Ștefan', 'Bogdan', 'Vlad', 'Radu'] },
    lastNames: ['Popescu', 'Ionescu', 'Popa', 'Dumitru', 'Stan', 'Stoica', 'Gheorghe', 'Matei', 'Ciobanu', 'Munteanu', 'Florea', 'Țurcanu'],
    towns: [{ name: 'Cluj-Napoca' }, { name: 'Iași' }, { name: 'Timișoara' }, { name: 'Brașov' }, { name: 'Constanța' }, { name: 'Sibiu' }],
    schoolNames: {
      primary: ['Școala Gimnazială nr. 7', 'Școala Gimnazială „Ion Creangă”', 'Școala Primară „Mihai Eminescu”'],
      lower_secondary: ['Școala Gimnazială „George Coșbuc”', 'Școala Gimnazială nr. 11'],
      upper_secondary: ['Colegiul Național „Emil Racoviță”', 'Liceul Teoretic „Lucian Blaga”'],
      vocational: ['Colegiul Tehnic „Anghel Saligny”', 'Liceul Tehnologic de Turism'],
      other: ['Liceul de Arte'],
    },
    presentations: [
      'Predau limba engleză și caut o școală parteneră pentru un proiect despre legendele populare.',
      'Elevii noștri vor să realizeze împreună cu o clasă din altă țară o revistă digitală.',
      'Căutăm parteneri pentru un proiect STEM despre roboți și programare.',
    ],
    rejectionReason: 'Școala indicată nu corespunde adresei dumneavoastră profesionale; vă rugăm să corectați profilul.',
  },
  {
    countryCode: 'FI',
    language: 'fi',
    firstNames: { female: ['Aino', 'Laura', 'Emilia', 'Sanna', 'Hanna', 'Päivi'], male: ['Mikko', 'Juha', 'Antti', 'Ville', 'Timo', 'Jussi'] },
    lastNames: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Saarinen'],
    towns: [{ name: 'Tampere' }, { name: 'Oulu' }, { name: 'Jyväskylä' }, { name: 'Turku' }, { name: 'Kuopio' }, { name: 'Lahti' }],
    schoolNames: {
      primary: ['Koivukylän koulu', 'Kalevan koulu', 'Metsolan koulu'],
      lower_secondary: ['Hervannan yhtenäiskoulu', 'Rajakylän koulu'],
      upper_secondary: ['Tampereen lyseon lukio', 'Kuopion klassillinen lukio'],
      vocational: ['Ammattiopisto Tavastia', 'Koulutuskeskus Salpaus'],
      other: ['Kansainvälinen koulu'],
    },
    presentations: [
      'Opetan englantia ja etsin kumppanikoulua projektiin, jossa tutkimme lähiluontoa eri maissa.',
      'Oppilaamme haluavat tehdä yhteisen videon koulupäivästä toisen maan luokan kanssa.',
      'Etsimme kumppaneita matematiikan ja ohjelmoinnin projektiin.',
    ],
    rejectionReason: 'Ilmoittamasi koulu ei vastaa työosoitettasi; korjaa profiilisi.',
  },
];

import {
  countryCodes,
  galleryQuerySchema,
  projectThemes,
  subjects,
  type GalleryResponse,
  type PublicPage,
  type PublicPageSummary,
  type PublicProject,
  type PublicProjectDetail,
} from '@jumelage/contracts';
import english from '@jumelage/catalogs/locales/en.json' with { type: 'json' };
import french from '@jumelage/catalogs/locales/fr.json' with { type: 'json' };
import type { FastifyRequest } from 'fastify';
import { IntlMessageFormat } from 'intl-messageformat';
import { AppError } from '../../platform/errors.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { escapeHtml } from '../../platform/http/escape-html.ts';
import type { PrerenderedPage } from '../../platform/http/web-app.ts';
import { galleryPage, readPublicPage, readPublicProject } from './service.ts';

/**
 * The gallery's pages as HTML, for readers without JavaScript and for crawlers: the same texts as
 * the web app (its catalogs), the same data as the API. The app takes over the page once it runs.
 */
type PageLanguage = 'en' | 'fr';
const catalogs: Record<PageLanguage, Record<string, unknown>> = { en: english, fr: french };

type Translate = (key: string, values?: Record<string, string | number>) => string;

function translatorFor(language: PageLanguage): Translate {
  return (key, values) => {
    const message = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogs[language]);
    return typeof message === 'string' ? String(new IntlMessageFormat(message, language).format(values)) : key;
  };
}

/** `?lang=fr`, else the browser's first choice of English and French. */
function languageOf(request: FastifyRequest): PageLanguage {
  const asked = new URL(request.url, 'http://host').searchParams.get('lang');
  if (asked === 'fr' || asked === 'en') return asked;
  const accepted = (request.headers['accept-language'] ?? '').toLowerCase();
  const french = accepted.search(/(^|,)\s*fr/);
  const english = accepted.search(/(^|,)\s*en/);
  return french !== -1 && (english === -1 || french < english) ? 'fr' : 'en';
}

/** A tagged template whose values are escaped; nested `Html` stays as it is. */
class Html {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}
function html(strings: TemplateStringsArray, ...values: (string | number | Html | Html[] | null)[]): Html {
  const parts = values.map((value) => {
    if (value === null) return '';
    if (Array.isArray(value)) return value.map((item) => item.text).join('');
    return value instanceof Html ? value.text : escapeHtml(String(value));
  });
  return new Html(strings.reduce((text, part, index) => text + part + (parts[index] ?? ''), ''));
}

type Names = { t: Translate; country: (code: string) => string; language: (code: string) => string; date: (iso: string) => string };

function namesFor(language: PageLanguage): Names {
  const regions = new Intl.DisplayNames([language], { type: 'region' });
  const languages = new Intl.DisplayNames([language], { type: 'language' });
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    t: translatorFor(language),
    country: (code) => regions.of(code) ?? code,
    language: (code) => languages.of(code) ?? code,
    date: (iso) => dates.format(new Date(`${iso}T00:00:00Z`)),
  };
}

function facts(project: PublicProject, { t, country, language, date }: Names): Html {
  const ages =
    project.pupilAgeMin === null || project.pupilAgeMax === null
      ? null
      : t('gallery.ages', { min: project.pupilAgeMin, max: project.pupilAgeMax });
  const period =
    project.startsOn && project.endsOn ? t('gallery.from', { start: date(project.startsOn), end: date(project.endsOn) }) : null;
  const rows: [string, string | null][] = [
    [t('gallery.countries'), project.countries.map(country).join(', ')],
    [t('gallery.themes'), project.themes.map((theme) => t(`themes.${theme}`)).join(', ')],
    [t('gallery.subjects'), project.subjects.map((subject) => t(`subjects.${subject}`)).join(', ')],
    [t('gallery.languages'), project.languages.map(language).join(', ')],
    [t('gallery.period'), [period, ages].filter(Boolean).join(' · ')],
  ];
  return html`<dl>${rows.filter(([, value]) => value).map(([name, value]) => html`<dt>${name}</dt><dd>${value}</dd>`)}</dl>`;
}

function options(values: readonly string[], chosen: string | undefined, label: (value: string) => string, any: string): Html[] {
  return [
    html`<option value="">${any}</option>`,
    ...values.map((value) => html`<option value="${value}"${new Html(value === chosen ? ' selected' : '')}>${label(value)}</option>`),
  ];
}

function searchForm(query: Record<string, string>, names: Names): Html {
  const { t } = names;
  const field = (name: string, label: string, control: Html) => html`<p><label for="gallery-${name}">${label}</label> ${control}</p>`;
  const select = (name: string, values: readonly string[], label: (value: string) => string) =>
    html`<select id="gallery-${name}" name="${name}">${options(values, query[name], label, t('gallery.any'))}</select>`;
  const number = (name: string, min: number, max: number) =>
    html`<input id="gallery-${name}" name="${name}" type="number" min="${min}" max="${max}" value="${query[name] ?? ''}">`;
  return html`<form method="get" action="/gallery" role="search">
    ${field('q', t('gallery.text'), html`<input id="gallery-q" name="q" type="search" maxlength="200" value="${query.q ?? ''}">`)}
    ${field(
      'theme',
      t('gallery.theme'),
      select('theme', projectThemes, (theme) => t(`themes.${theme}`)),
    )}
    ${field(
      'subject',
      t('gallery.subject'),
      select('subject', subjects, (subject) => t(`subjects.${subject}`)),
    )}
    ${field('country', t('gallery.country'), select('country', countryCodes, names.country))}
    ${field('ageMin', t('gallery.ageMin'), number('ageMin', 2, 25))}
    ${field('ageMax', t('gallery.ageMax'), number('ageMax', 2, 25))}
    ${field('year', t('gallery.year'), number('year', 2000, 2100))}
    <p><button type="submit">${t('gallery.search')}</button></p>
  </form>`;
}

function projectCard(project: PublicProject, names: Names): Html {
  return html`<li><article><h2><a href="/gallery/${project.id}">${project.title}</a></h2>
    ${project.status === 'closed' ? html`<p>${names.t('gallery.closed')}</p>` : null}<p>${project.summary}</p>${facts(project, names)}</article></li>`;
}

/** The search's results, or undefined when the search is not valid (its cursor included). */
async function searchedGallery(
  dependencies: Pick<AppDependencies, 'database'>,
  query: Record<string, string>,
): Promise<GalleryResponse | undefined> {
  const parsed = galleryQuerySchema.safeParse(query);
  if (!parsed.success) return undefined;
  try {
    return await galleryPage(dependencies, parsed.data);
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed') return undefined;
    throw error;
  }
}

async function galleryListPage(
  dependencies: Pick<AppDependencies, 'database'>,
  request: FastifyRequest,
  names: Names,
): Promise<Omit<PrerenderedPage, 'language'>> {
  const { t } = names;
  const query = Object.fromEntries(new URL(request.url, 'http://host').searchParams) as Record<string, string>;
  delete query.lang;
  const searched = await searchedGallery(dependencies, query);
  const found: GalleryResponse = searched ?? { results: [], nextCursor: null };
  const next = found.nextCursor ? `/gallery?${new URLSearchParams({ ...query, after: found.nextCursor }).toString()}` : null;
  const results =
    found.results.length > 0
      ? html`<ul>${found.results.map((project) => projectCard(project, names))}</ul>`
      : html`<p>${t('gallery.empty')}</p>`;
  return {
    status: searched ? 200 : 400,
    title: `${t('gallery.title')} — Jumelage`,
    description: t('gallery.intro'),
    body: html`<main><h1>${t('gallery.title')}</h1><p>${t('gallery.intro')}</p>${searchForm(query, names)}
      ${searched ? results : html`<p role="alert">${t('gallery.invalid')}</p>`}
      ${next ? html`<p><a href="${next}">${t('gallery.next')}</a></p>` : null}</main>`.text,
  };
}

function projectPage(project: PublicProjectDetail, names: Names): Omit<PrerenderedPage, 'language'> {
  const { t } = names;
  const section = (title: string, text: string) => (text.trim() ? html`<h2>${title}</h2><p>${text}</p>` : null);
  return {
    status: 200,
    title: t('gallery.pageTitle', { title: project.title }),
    description: project.summary,
    body: html`<main><p><a href="/gallery">${t('gallery.back')}</a></p><article><h1>${project.title}</h1>
      ${project.status === 'closed' ? html`<p>${t('gallery.closed')}</p>` : null}<p>${project.summary}</p>${facts(project, names)}
      ${section(t('gallery.description'), project.description)}${section(t('gallery.objectives'), project.objectives)}${section(t('gallery.expectedResults'), project.expectedResults)}
      <h2>${t('gallery.partnerSchools')}</h2><ul>${project.schools.map((school) => html`<li>${school.name}, ${school.town} (${names.country(school.countryCode)})</li>`)}</ul>
      <h2>${t('gallery.pages')}</h2>${project.pages.length > 0 ? pageTree(project.id, project.pages, null) : html`<p>${t('gallery.noPages')}</p>`}
      </article></main>`.text,
  };
}

function pageTree(projectId: string, pages: PublicPageSummary[], parentId: string | null): Html | null {
  const children = pages.filter((page) => page.parentId === parentId);
  if (children.length === 0) return null;
  return html`<ul>${children.map((page) => html`<li><a href="/gallery/${projectId}/pages/${page.id}">${page.title}</a>${pageTree(projectId, pages, page.id)}</li>`)}</ul>`;
}

function twinspacePage(page: PublicPage, names: Names): Omit<PrerenderedPage, 'language'> {
  return {
    status: 200,
    title: names.t('gallery.pageTitle', { title: page.title }),
    description: page.project.title,
    // The page's HTML is sanitised by the server (public-html.ts): it goes in as it is.
    body: html`<main><p><a href="/gallery/${page.project.id}">${names.t('gallery.backToProject', { title: page.project.title })}</a></p>
      <article><h1>${page.title}</h1>${new Html(page.html)}</article></main>`.text,
  };
}

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const projectPathPattern = new RegExp(`^/gallery/(${uuid})/?$`, 'i');
const pagePathPattern = new RegExp(`^/gallery/(${uuid})/pages/(${uuid})/?$`, 'i');

function notFoundPage(language: PageLanguage, names: Names, message: string): PrerenderedPage {
  return {
    language,
    status: 404,
    title: `${names.t('gallery.title')} — Jumelage`,
    description: message,
    body: html`<main><h1>${message}</h1><p><a href="/gallery">${names.t('gallery.back')}</a></p></main>`.text,
  };
}

/** The HTML of a gallery page, or nothing for the other pages of the app. */
export async function prerenderGalleryPage(
  dependencies: Pick<AppDependencies, 'database'>,
  request: FastifyRequest,
  pathname: string,
): Promise<PrerenderedPage | undefined> {
  const language = languageOf(request);
  const names = namesFor(language);
  if (pathname === '/gallery' || pathname === '/gallery/') return { language, ...(await galleryListPage(dependencies, request, names)) };
  const db = dependencies.database.db;
  const [, projectId, pageId] = pagePathPattern.exec(pathname) ?? [];
  if (projectId && pageId) {
    const page = await readPublicPage(db, projectId, pageId);
    return page ? { language, ...twinspacePage(page, names) } : notFoundPage(language, names, names.t('gallery.pageNotFound'));
  }
  const id = projectPathPattern.exec(pathname)?.[1];
  if (!id) return undefined;
  const project = await readPublicProject(db, id);
  return project ? { language, ...projectPage(project, names) } : notFoundPage(language, names, names.t('gallery.notFound'));
}

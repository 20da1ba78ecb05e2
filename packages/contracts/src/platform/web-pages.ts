/**
 * The pages of the web app, as paths. The server answers these with the app and status 200,
 * and any other path with the app's "page not found" and status 404, so crawlers see the truth.
 * `:name` stands for one path segment.
 */
export const webPages = {
  home: '/',
  register: '/register',
  confirmEmail: '/confirm-email',
  signIn: '/sign-in',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  account: '/account',
  accountSecurity: '/account/security',
  validationQueue: '/nss/teachers',
  partners: '/partners',
  suggestedPartners: '/partners/suggestions',
  myContacts: '/my-contacts',
  ideas: '/ideas',
  newIdea: '/ideas/new',
  idea: '/ideas/:id',
  editIdea: '/ideas/:id/edit',
  myIdeas: '/my-ideas',
  myProjects: '/projects',
  project: '/projects/:id',
  editProject: '/projects/:id/edit',
  twinspace: '/projects/:id/twinspace',
  twinspacePupils: '/projects/:id/twinspace/pupils',
  twinspacePage: '/projects/:id/twinspace/pages/:pageId',
  twinspaceMaterials: '/projects/:id/twinspace/materials',
  myTwinspaces: '/twinspaces',
  pupilSignIn: '/pupils/sign-in',
  choosePassword: '/account/choose-password',
  projectReviews: '/nss/projects',
  notifications: '/notifications',
  gallery: '/gallery',
  galleryProject: '/gallery/:id',
  galleryTwinspacePage: '/gallery/:id/pages/:pageId',
  officers: '/admin/officers',
  outbox: '/admin/outbox',
  contacts: '/contacts',
  countryContacts: '/contacts/:country',
} as const;

const patterns = Object.values(webPages).map((page) => new RegExp(`^${page.replace(/:[a-z]+/gi, '[^/]+')}/?$`));

export function isWebPage(pathname: string): boolean {
  return patterns.some((pattern) => pattern.test(pathname));
}

import { webPages } from '@jumelage/contracts';
import { RouterProvider } from 'react-aria-components';
import { matchPath, Route, Routes, useHref, useNavigate } from 'react-router';
import { Layout } from './Layout.tsx';
import { lazyComponent, lazyPage, type LazyComponent } from './lazy-component.tsx';
import { NotFoundPage } from './status-pages.ts';

const CorrespondentsPage = lazyPage(() => import('../features/correspondents/CorrespondentsPage.tsx'), 'CorrespondentsPage');
const IdeaFormPage = lazyPage(() => import('../features/ideas/IdeaFormPage.tsx'), 'IdeaFormPage');

/**
 * The page at each of contracts' webPages (the server answers those paths with 200). Each is its
 * own chunk, loaded when first shown (Layout shows PageLoading meanwhile) or preloaded by main.tsx.
 * The home page, the first most visitors see, needs no more of the catalog than the bundled
 * sections; every other page loads the whole English catalog alongside.
 */
const pages: Record<keyof typeof webPages, LazyComponent<object>> = {
  home: lazyComponent(() => import('../features/home/HomePage.tsx'), 'HomePage'),
  register: lazyPage(() => import('../features/accounts/RegisterPage.tsx'), 'RegisterPage'),
  confirmEmail: lazyPage(() => import('../features/accounts/ConfirmEmailPage.tsx'), 'ConfirmEmailPage'),
  signIn: lazyPage(() => import('../features/accounts/SignInPage.tsx'), 'SignInPage'),
  forgotPassword: lazyPage(() => import('../features/accounts/ForgotPasswordPage.tsx'), 'ForgotPasswordPage'),
  resetPassword: lazyPage(() => import('../features/accounts/ResetPasswordPage.tsx'), 'ResetPasswordPage'),
  account: lazyPage(() => import('../features/accounts/AccountPage.tsx'), 'AccountPage'),
  accountSecurity: lazyPage(() => import('../features/accounts/SecurityPage.tsx'), 'SecurityPage'),
  validationQueue: lazyPage(() => import('../features/nss/ValidationQueuePage.tsx'), 'ValidationQueuePage'),
  partners: lazyPage(() => import('../features/partners/PartnersPage.tsx'), 'PartnersPage'),
  suggestedPartners: lazyPage(() => import('../features/partners/SuggestedPartnersPage.tsx'), 'SuggestedPartnersPage'),
  myContacts: lazyPage(() => import('../features/contacts/MyContactsPage.tsx'), 'MyContactsPage'),
  ideas: lazyPage(() => import('../features/ideas/IdeasPage.tsx'), 'IdeasPage'),
  newIdea: IdeaFormPage,
  idea: lazyPage(() => import('../features/ideas/IdeaPage.tsx'), 'IdeaPage'),
  editIdea: IdeaFormPage,
  myIdeas: lazyPage(() => import('../features/ideas/MyIdeasPage.tsx'), 'MyIdeasPage'),
  myProjects: lazyPage(() => import('../features/projects/MyProjectsPage.tsx'), 'MyProjectsPage'),
  project: lazyPage(() => import('../features/projects/ProjectPage.tsx'), 'ProjectPage'),
  editProject: lazyPage(() => import('../features/projects/ProjectFormPage.tsx'), 'ProjectFormPage'),
  twinspace: lazyPage(() => import('../features/twinspace/TwinspacePage.tsx'), 'TwinspacePage'),
  twinspacePupils: lazyPage(() => import('../features/pupils/PupilsPage.tsx'), 'PupilsPage'),
  twinspacePage: lazyPage(() => import('../features/pages/PagePage.tsx'), 'PagePage'),
  twinspaceMaterials: lazyPage(() => import('../features/materials/MaterialsPage.tsx'), 'MaterialsPage'),
  myTwinspaces: lazyPage(() => import('../features/twinspace/MyTwinspacesPage.tsx'), 'MyTwinspacesPage'),
  pupilSignIn: lazyPage(() => import('../features/pupils/PupilSignInPage.tsx'), 'PupilSignInPage'),
  choosePassword: lazyPage(() => import('../features/pupils/ChoosePasswordPage.tsx'), 'ChoosePasswordPage'),
  projectReviews: lazyPage(() => import('../features/projects/ReviewQueuePage.tsx'), 'ReviewQueuePage'),
  notifications: lazyPage(() => import('../features/notifications/NotificationsPage.tsx'), 'NotificationsPage'),
  gallery: lazyPage(() => import('../features/gallery/GalleryPage.tsx'), 'GalleryPage'),
  galleryProject: lazyPage(() => import('../features/gallery/GalleryProjectPage.tsx'), 'GalleryProjectPage'),
  galleryTwinspacePage: lazyPage(() => import('../features/gallery/GalleryTwinspacePage.tsx'), 'GalleryTwinspacePage'),
  officers: lazyPage(() => import('../features/admin/OfficersPage.tsx'), 'OfficersPage'),
  outbox: lazyPage(() => import('../features/admin/OutboxPage.tsx'), 'OutboxPage'),
  contacts: CorrespondentsPage,
  countryContacts: CorrespondentsPage,
};

/** Loads the page at this path, so that the app's first render shows it at once. */
export async function preloadPageAt(pathname: string): Promise<void> {
  const page = Object.entries(pages).find(([name]) => matchPath(webPages[name as keyof typeof webPages], pathname))?.[1];
  await (page ?? NotFoundPage).preload();
}

export function App() {
  const navigate = useNavigate();
  return (
    <RouterProvider navigate={(path) => void navigate(path)} useHref={useHref}>
      <Routes>
        <Route element={<Layout />}>
          {Object.entries(pages).map(([name, Page]) => (
            <Route key={name} path={webPages[name as keyof typeof webPages]} element={<Page />} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </RouterProvider>
  );
}

import { webPages } from '@jumelage/contracts';
import { RouterProvider } from 'react-aria-components';
import { Route, Routes, useHref, useNavigate } from 'react-router';
import { AccountPage } from '../features/accounts/AccountPage.tsx';
import { ConfirmEmailPage } from '../features/accounts/ConfirmEmailPage.tsx';
import { OfficersPage } from '../features/admin/OfficersPage.tsx';
import { OutboxPage } from '../features/admin/OutboxPage.tsx';
import { ForgotPasswordPage } from '../features/accounts/ForgotPasswordPage.tsx';
import { ResetPasswordPage } from '../features/accounts/ResetPasswordPage.tsx';
import { SecurityPage } from '../features/accounts/SecurityPage.tsx';
import { RegisterPage } from '../features/accounts/RegisterPage.tsx';
import { SignInPage } from '../features/accounts/SignInPage.tsx';
import { CorrespondentsPage } from '../features/correspondents/CorrespondentsPage.tsx';
import { NotFoundPage } from '../features/errors/NotFoundPage.tsx';
import { ValidationQueuePage } from '../features/nss/ValidationQueuePage.tsx';
import { MyContactsPage } from '../features/contacts/MyContactsPage.tsx';
import { PartnersPage } from '../features/partners/PartnersPage.tsx';
import { SuggestedPartnersPage } from '../features/partners/SuggestedPartnersPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { IdeaFormPage } from '../features/ideas/IdeaFormPage.tsx';
import { IdeaPage } from '../features/ideas/IdeaPage.tsx';
import { IdeasPage } from '../features/ideas/IdeasPage.tsx';
import { MyIdeasPage } from '../features/ideas/MyIdeasPage.tsx';
import { GalleryPage } from '../features/gallery/GalleryPage.tsx';
import { GalleryProjectPage } from '../features/gallery/GalleryProjectPage.tsx';
import { GalleryTwinspacePage } from '../features/gallery/GalleryTwinspacePage.tsx';
import { NotificationsPage } from '../features/notifications/NotificationsPage.tsx';
import { MyProjectsPage } from '../features/projects/MyProjectsPage.tsx';
import { ProjectFormPage } from '../features/projects/ProjectFormPage.tsx';
import { ProjectPage } from '../features/projects/ProjectPage.tsx';
import { ReviewQueuePage } from '../features/projects/ReviewQueuePage.tsx';
import { ChoosePasswordPage } from '../features/pupils/ChoosePasswordPage.tsx';
import { MyTwinspacesPage } from '../features/twinspace/MyTwinspacesPage.tsx';
import { PupilSignInPage } from '../features/pupils/PupilSignInPage.tsx';
import { PupilsPage } from '../features/pupils/PupilsPage.tsx';
import { MaterialsPage } from '../features/materials/MaterialsPage.tsx';
import { TwinspacePage } from '../features/twinspace/TwinspacePage.tsx';
import { PagePage } from '../features/pages/PagePage.tsx';
import { Layout } from './Layout.tsx';

/** The pages; every path here is also listed in contracts' webPages so the server answers 200. */
export function App() {
  const navigate = useNavigate();
  return (
    <RouterProvider navigate={(path) => void navigate(path)} useHref={useHref}>
      <Routes>
        <Route element={<Layout />}>
          <Route path={webPages.home} element={<HomePage />} />
          <Route path={webPages.register} element={<RegisterPage />} />
          <Route path={webPages.confirmEmail} element={<ConfirmEmailPage />} />
          <Route path={webPages.signIn} element={<SignInPage />} />
          <Route path={webPages.forgotPassword} element={<ForgotPasswordPage />} />
          <Route path={webPages.resetPassword} element={<ResetPasswordPage />} />
          <Route path={webPages.account} element={<AccountPage />} />
          <Route path={webPages.accountSecurity} element={<SecurityPage />} />
          <Route path={webPages.validationQueue} element={<ValidationQueuePage />} />
          <Route path={webPages.partners} element={<PartnersPage />} />
          <Route path={webPages.suggestedPartners} element={<SuggestedPartnersPage />} />
          <Route path={webPages.myContacts} element={<MyContactsPage />} />
          <Route path={webPages.ideas} element={<IdeasPage />} />
          <Route path={webPages.newIdea} element={<IdeaFormPage />} />
          <Route path={webPages.idea} element={<IdeaPage />} />
          <Route path={webPages.editIdea} element={<IdeaFormPage />} />
          <Route path={webPages.myIdeas} element={<MyIdeasPage />} />
          <Route path={webPages.myProjects} element={<MyProjectsPage />} />
          <Route path={webPages.project} element={<ProjectPage />} />
          <Route path={webPages.editProject} element={<ProjectFormPage />} />
          <Route path={webPages.twinspace} element={<TwinspacePage />} />
          <Route path={webPages.twinspacePupils} element={<PupilsPage />} />
          <Route path={webPages.twinspacePage} element={<PagePage />} />
          <Route path={webPages.twinspaceMaterials} element={<MaterialsPage />} />
          <Route path={webPages.myTwinspaces} element={<MyTwinspacesPage />} />
          <Route path={webPages.pupilSignIn} element={<PupilSignInPage />} />
          <Route path={webPages.choosePassword} element={<ChoosePasswordPage />} />
          <Route path={webPages.projectReviews} element={<ReviewQueuePage />} />
          <Route path={webPages.notifications} element={<NotificationsPage />} />
          <Route path={webPages.gallery} element={<GalleryPage />} />
          <Route path={webPages.galleryProject} element={<GalleryProjectPage />} />
          <Route path={webPages.galleryTwinspacePage} element={<GalleryTwinspacePage />} />
          <Route path={webPages.officers} element={<OfficersPage />} />
          <Route path={webPages.outbox} element={<OutboxPage />} />
          <Route path={webPages.contacts} element={<CorrespondentsPage />} />
          <Route path={webPages.countryContacts} element={<CorrespondentsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </RouterProvider>
  );
}

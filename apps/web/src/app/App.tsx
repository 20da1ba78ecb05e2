import { webPages } from '@jumelage/contracts';
import { RouterProvider } from 'react-aria-components';
import { Route, Routes, useHref, useNavigate } from 'react-router';
import { NotFoundPage } from '../features/errors/NotFoundPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { Layout } from './Layout.tsx';

/** The pages; every path here is also listed in contracts' webPages so the server answers 200. */
export function App() {
  const navigate = useNavigate();
  return (
    <RouterProvider navigate={(path) => void navigate(path)} useHref={useHref}>
      <Routes>
        <Route element={<Layout />}>
          <Route path={webPages.home} element={<HomePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </RouterProvider>
  );
}

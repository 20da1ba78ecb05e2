import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { retriesLoad } from './api/client.ts';
import { App, preloadPageAt } from './app/App.tsx';
import './design/base.css';
import { setUpI18n } from './i18n/i18n.ts';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: retriesLoad, refetchOnWindowFocus: false } } });

// The page at the address loads alongside the catalogs: the first render shows it whole.
await Promise.all([setUpI18n(), preloadPageAt(window.location.pathname)]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);

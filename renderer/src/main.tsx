import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startApiClient } from './api/start';
import { createQueryClient } from './api/queries';
import { App } from './App';
import { initI18n } from './i18n';
import './styles.css';

// The transport is chosen (and serve mode's token taken from the URL) before the router
// reads the address: the fragment belongs to the router afterwards.
const api = startApiClient(window);
initI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App api={api} queryClient={createQueryClient()} />
  </StrictMode>,
);

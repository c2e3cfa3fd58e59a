// First, before any schema is built: zod must not compile validators with new Function, which the
// Content-Security-Policy refuses (sync-server/src/securityHeaders.ts).
import './app/zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/styles.scss';
import { App } from './app/App';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { adoptTokenFromAddress } from './api/token';
import { App } from './App';
import { installFileDrop } from './hooks/useFileDrop';
import './styles.css';

// Before the first request: take the browser-mode token out of the address bar.
adoptTokenFromAddress();
// A file dropped on the window is imported (or ignored), never opened in place of the app.
installFileDrop();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

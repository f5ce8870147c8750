import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { adoptTokenFromAddress } from './api/token';
import { App } from './App';
import './styles.css';

// Before the first request: take the browser-mode token out of the address bar.
adoptTokenFromAddress();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

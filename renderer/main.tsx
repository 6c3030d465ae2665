import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/tokens.css';
import './styles/global.css';
import './styles/controls.css';
import './styles/print.css';
import { App } from './app/App';
import { startApp } from './app/startup';
import { preloadRoute } from './app/views';

// The current place's view is a chunk of its own: ask for it now, so it downloads and runs
// while the database is opened and read rather than after.
void startApp(preloadRoute(window.location.hash));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

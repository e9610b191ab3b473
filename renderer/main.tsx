import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { language } from './i18n';
import './styles.css';

document.documentElement.lang = language;

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

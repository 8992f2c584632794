import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { i18n, rememberLanguage } from './i18n';
import './app/styles.css';

rememberLanguage(i18n.language === 'en' ? 'en' : 'vi');
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);

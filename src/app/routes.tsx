/**
 * The route table. Each page is its own chunk (`lazy`), so a page downloads only its own
 * code; the shell (layout, not-found) is in the entry.
 */
import type { RouteObject } from 'react-router';
import { LangLayout } from './lang-layout';
import { NotFound, NotFoundPage } from '../routes/not-found';

export const routes: RouteObject[] = [
  { path: '/', lazy: () => import('../routes/language-picker') },
  {
    path: ':lang',
    Component: LangLayout,
    children: [
      { index: true, lazy: () => import('../routes/home') },
      { path: 'reference', lazy: () => import('../routes/reference') },
      { path: 'support', lazy: () => import('../routes/support') },
      { path: 'setup/:page?', lazy: () => import('../routes/setup') },
      { path: 'troubleshoot', lazy: () => import('../routes/troubleshoot') },
      { path: 'cant-send/:page?', lazy: () => import('../routes/cant-send') },
      { path: 'cant-receive/:page?', lazy: () => import('../routes/cant-receive') },
      { path: 'check', lazy: () => import('../routes/check') },
      { path: 'error', lazy: () => import('../routes/error') },
      { path: '*', Component: NotFound },
    ],
  },
  { path: '*', Component: NotFoundPage },
];

/**
 * The route table. Each page is its own chunk (`lazy`), so a page downloads only its own
 * code; the shell (layout, not-found, error pages) is in the entry. Every route is under an
 * error element, so that no failure reaches React Router's default screen. The pages of a
 * language share their layout's: React Router renders nothing below a route whose `lazy`
 * has not resolved (react-router 7.18 `_renderMatches`), so an error element of the page
 * whose download failed would never be shown.
 */
import type { RouteObject } from 'react-router';
import { withText } from '../i18n/i18n';
import { NotFound, NotFoundPage } from '../routes/not-found';
import { FramedRouteError } from '../routes/route-error';
import { LangLayout } from './lang-layout';

const page = (path: string | undefined, lazy: RouteObject['lazy']): RouteObject => (path === undefined ? { index: true, lazy } : { path, lazy });

/** Fresh route objects: React Router keeps a failed download in the route, so a retry needs new ones. */
export function createRoutes(): RouteObject[] {
  return [
    { path: '/', lazy: () => import('../routes/language-picker'), errorElement: <FramedRouteError /> },
    {
      path: ':lang',
      Component: LangLayout,
      errorElement: <FramedRouteError />,
      children: [
        page(undefined, () => import('../routes/home')),
        page('reference', withText(() => import('../routes/reference'), 'reference')),
        page('support', withText(() => import('../routes/support'), 'troubleshoot', 'support')),
        // The sheet's text comes with the flow's code, so that the result never waits for it.
        page('setup/:page?', withText(() => import('../routes/setup'), 'sheet')),
        page('troubleshoot', withText(() => import('../routes/troubleshoot'), 'troubleshoot')),
        page('cant-send/:page?', withText(() => import('../routes/cant-send'), 'troubleshoot')),
        page('cant-receive/:page?', withText(() => import('../routes/cant-receive'), 'troubleshoot')),
        page('check', withText(() => import('../routes/check'), 'troubleshoot')),
        page('error/:message?', withText(() => import('../routes/error'), 'errorLookup')),
        page('apps/:app?', withText(() => import('../routes/apps'), 'apps')),
        { path: '*', Component: NotFound },
      ],
    },
    { path: '*', Component: NotFoundPage, errorElement: <FramedRouteError /> },
  ];
}

/** The table the build's prerender renders. */
export const routes = createRoutes();

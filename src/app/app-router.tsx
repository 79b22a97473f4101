/** The app's router, which "Try again" on an error page replaces with a fresh one (see retry.ts). */
import { useCallback, useRef, useState } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { BASENAME } from './basename';
import { RetryContext } from './retry';
import { createRoutes } from './routes';

type Router = ReturnType<typeof createBrowserRouter>;

export function createAppRouter(routes = createRoutes()): Router {
  return createBrowserRouter(routes, { basename: BASENAME });
}

export function AppRouter({ initial }: { initial: Router }) {
  const [router, setRouter] = useState(initial);
  const current = useRef(initial);
  const retry = useCallback(() => {
    current.current.dispose();
    current.current = createAppRouter();
    setRouter(current.current);
  }, []);
  return (
    <RetryContext value={retry}>
      <RouterProvider router={router} />
    </RetryContext>
  );
}

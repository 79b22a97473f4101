import { createContext } from 'react';

/**
 * Shows the current URL again with a fresh router. React Router keeps a route's failed
 * download for good, so "Try again" starts a new router at the same URL; the browser fetches
 * the file again. What the customer typed lives outside the routes, so it is still there.
 */
export const RetryContext = createContext<() => void>(() => window.location.reload());

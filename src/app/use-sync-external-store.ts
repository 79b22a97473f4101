/** What `use-sync-external-store/shim` is aliased to in builds (vite.config.ts): React's own hook. */
export { useSyncExternalStore } from 'react';

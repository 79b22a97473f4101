/**
 * What the error lookup downloads to search: the matcher and every app's table (the support
 * page's list of messages shares the tables). One chunk, loaded after the page is shown
 * (src/app/error-lookup-parts.ts), so that the page itself stays within its budget.
 */
export { matchMessage, type Candidate } from './match';
export { messageById } from './index';

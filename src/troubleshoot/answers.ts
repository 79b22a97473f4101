/**
 * What troubleshooting answers can be: the options the two question flows and the settings
 * checker offer. Kept apart from the rules (rules.ts), so that a page which only links to a
 * flow's question (an app's walkthrough) carries the flows' options and not the rules.
 */
import { optionsOf, type AnswerOf } from '../flow/steps';
import { PORTS } from '../settings/servers';

/**
 * What a mail app may show as "connection security". STARTTLS is here because apps
 * offer it (often by default), not because the provider supports it: it never does.
 */
export const APP_SECURITY = ['ssl-tls', 'starttls', 'none'] as const;
export type AppSecurity = (typeof APP_SECURITY)[number];

/** The form of the user name the app holds. Only the form: the ID itself is personal. */
export const USER_FORMS = ['id', 'id-uppercase', 'address', 'other'] as const;
export type UserForm = (typeof USER_FORMS)[number];

/** "I don't know", an answer to most troubleshooting questions (as in the setup flow). */
export const UNSURE = 'unsure';

/** The flows' security and user-name questions: what the app may show, or "don't know". */
export const SECURITY_OPTIONS = [...APP_SECURITY, UNSURE] as const;
export const USER_NAME_OPTIONS = [...USER_FORMS, UNSURE] as const;

/** The incoming port a flow asks about: one of the two the incoming server offers, another, or "don't know". */
export const RECEIVE_PORT_OPTIONS = [`${PORTS.popSsl}`, `${PORTS.pop}`, 'other', UNSURE] as const;

/** The setup flow's network answers, so that troubleshooting answers carry over to setup. */
export const NETWORKS = optionsOf('network');
export type Network = AnswerOf<'network'>;
export type YesNoUnsure = AnswerOf<'virus-check'>;

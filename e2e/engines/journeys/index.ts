/** Every journey the engines run, in the order they run. */
import { coldLinks } from './cold-links';
import { FLOW_JOURNEYS } from './flows';
import type { Journey } from './journey';
import { redeploy } from './redeploy';
import { resultJourney } from './result';
import { TOOL_JOURNEYS } from './tools';

export const JOURNEYS: readonly Journey[] = [...FLOW_JOURNEYS, resultJourney, coldLinks, ...TOOL_JOURNEYS, redeploy];

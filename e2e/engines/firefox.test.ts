/** The journeys in Firefox (Debian's firefox-esr). */
import { FirefoxPage } from './firefox';
import { engineSuite } from './suite';

engineSuite({
  name: 'firefox',
  watch: false,
  widths: [{ width: 1280, height: 900 }],
  launch: (server) => FirefoxPage.launch(server),
});

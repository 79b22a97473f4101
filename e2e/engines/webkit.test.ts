/** The journeys in WebKit (Debian's WebKitGTK MiniBrowser), at a desktop width and at an iPhone's. */
import { engineSuite, PORT } from './suite';
import { WebKitPage } from './webkit';

engineSuite({
  name: 'webkit',
  watch: true,
  widths: [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ],
  launch: (server) => WebKitPage.launch(server, PORT + 1, 'test-results/engines'),
});

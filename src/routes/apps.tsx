/** `/:lang/apps/` (what each app supports) and `/:lang/apps/:app/` (one app's guide). */
import { useParams } from 'react-router';
import { AppGuide } from './apps/guide';
import { AppList } from './apps/list';

export function Component() {
  const { app } = useParams();
  return app === undefined ? <AppList /> : <AppGuide app={app} />;
}

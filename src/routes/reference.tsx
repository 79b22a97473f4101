/** The whole server table of the source page, grouped by receive / send, every value copyable. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { useLang } from '../app/use-lang';
import { useRef } from 'react';
import { CopyButton, CopyValue } from '../components/copy-button';
import { PageHeading } from '../components/heading';
import { Notice } from '../components/notice';
import { usePageMeta } from '../components/page-meta';
import { ADDRESS_KINDS, EXAMPLE_ID } from '../settings/account';
import { SERVERS, type Role, type Server } from '../settings/servers';

function portsBySecurity(security: 'ssl-tls' | 'none'): string {
  const ports = new Set(SERVERS.flatMap((s) => s.ports.filter((p) => p.security === security).map((p) => p.port)));
  return [...ports].sort((a, b) => b - a).join(' / ');
}

function ServerCard({ server }: { server: Server }) {
  const { t } = useTranslation('reference');
  const hostRef = useRef<HTMLElement>(null);
  const role = t(server.role === 'receive' ? 'table.roleReceive' : 'table.roleSend');
  return (
    <div className="mt-4 rounded border border-slate-300 p-4">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 className="text-lg font-bold">
          <span className="sr-only">{t('table.host')}: </span>
          <code ref={hostRef} className="break-all font-mono select-all">
            {server.host}
          </code>
        </h3>
        <CopyButton value={server.host} what={t('table.copyHost', { role, host: server.host })} target={hostRef} />
      </div>
      {server.hostNotes.map((n) => (
        <p key={n} className="mt-2 font-semibold text-amber-900">
          {t('noteMark', { n })} {t(`notes.${n}`)}
        </p>
      ))}
      <ul className="mt-3 divide-y divide-slate-200 border-t border-slate-200">
        {server.ports.map((p) => (
          <li key={p.port} className="py-3">
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t('table.port')}</dt>
              <dd>
                <CopyValue value={String(p.port)} what={t('table.copyPort', { host: server.host, port: p.port })} />
              </dd>
              <dt className="font-semibold">{t('table.security')}</dt>
              <dd className="font-bold">{t(`security.${p.security}`)}</dd>
              <dt className="font-semibold">{t('table.note')}</dt>
              <dd>
                {p.notes.map((n) => (
                  <span key={n} className="block">
                    {t('noteMark', { n })} {t(`notes.${n}`)}
                  </span>
                ))}
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}

function RoleSection({ serverRole: role }: { serverRole: Role }) {
  const { t } = useTranslation('reference');
  return (
    <section className="mt-8">
      <h2 className="text-xl font-bold">{t(role === 'receive' ? 'receive.heading' : 'send.heading')}</h2>
      {SERVERS.filter((s) => s.role === role).map((server) => (
        <ServerCard key={server.host} server={server} />
      ))}
    </section>
  );
}

export function Component() {
  const { t } = useTranslation('reference');
  const lang = useLang();
  usePageMeta({ title: t('title'), description: t('intro') });
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-4 text-lg">{t('intro')}</p>
      <p className="mt-2">
        <Link to={paths.setup(lang, 'registration')} className="text-lg text-sky-800 underline underline-offset-4">
          {t('startSetup')}
        </Link>
      </p>

      <Notice tone="warning" title={t('starttls.heading')}>
        <p>{t('starttls.body', { sslPorts: portsBySecurity('ssl-tls'), plainPorts: portsBySecurity('none') })}</p>
      </Notice>

      <section className="mt-8">
        <h2 className="text-xl font-bold">{t('account.heading')}</h2>
        <dl className="mt-3 space-y-3">
          <div>
            <dt className="font-semibold">{t('account.userName')}</dt>
            <dd className="mt-1 flex flex-wrap items-center gap-2">
              {t('account.userNameValue', { example: EXAMPLE_ID })}
            </dd>
            <dd className="mt-1 text-slate-800">{t('account.userNameRule')}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t('account.password')}</dt>
            <dd className="mt-1">{t('account.passwordValue')}</dd>
            {/* The source's note on its password row, where it stands there (shared/SPEC.md §2). */}
            <dd className="mt-1 text-slate-800">{t('account.passwordNote')}</dd>
          </div>
        </dl>
      </section>

      <RoleSection serverRole="receive" />
      <RoleSection serverRole="send" />

      <section className="mt-8">
        <h2 className="text-xl font-bold">{t('addresses.heading')}</h2>
        <p className="mt-2">{t('addresses.intro')}</p>
        <table className="mt-3 w-full border-collapse">
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="py-1 pe-3 text-start">{t('addresses.kind')}</th>
              <th scope="col" className="py-1 text-start">{t('addresses.example')}</th>
            </tr>
          </thead>
          <tbody>
            {ADDRESS_KINDS.map((k) => (
              <tr key={k.kind} className="border-b border-slate-200">
                <th scope="row" className="py-2 pe-3 text-start font-normal">{t(`addresses.kinds.${k.kind}`)}</th>
                <td className="py-2 font-mono break-all">{k.example}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 font-semibold text-red-800">
          {t('addresses.atson')}
        </p>
      </section>

      <section className="mt-8">
        <h2 className="text-xl font-bold">{t('extended.heading')}</h2>
        <p className="mt-2 text-lg font-bold">{t('extended.recommended')}</p>
        <p className="mt-1">{t('extended.recommendedBody')}</p>
        <p className="mt-4 font-bold">{t('extended.other')}</p>
        <p className="mt-1">{t('extended.otherBody')}</p>
        <p className="mt-4">{t('extended.smtpAuth')}</p>
        <p className="mt-2">{t('extended.ownConnection')}</p>
        <p className="mt-2">{t('extended.registration')}</p>
      </section>

      <section className="mt-8">
        <h2 className="text-xl font-bold">{t('antivirus.heading')}</h2>
        <p className="mt-2">{t('antivirus.body')}</p>
      </section>
    </>
  );
}

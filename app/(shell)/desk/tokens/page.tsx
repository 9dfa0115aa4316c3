import { Suspense } from 'react';
import { DeskForm } from '@/components/desk/DeskForm';
import { DeskShell } from '@/components/desk/DeskShell';
import { inputClass, labelClass } from '@/components/desk/ui';
import { config } from '@/lib/config';
import { formatDateTime } from '@/lib/format';
import { TOKEN_SCOPES } from '@/lib/tokens/api-tokens';
import { getApiTokens } from '@/lib/site/desk';
import { DeskLoading, deskUserOr } from '../gate';

export const metadata = { title: 'API tokens' };

export default function TokensPage() {
  return (
    <Suspense fallback={<DeskLoading />}>
      <Tokens />
    </Suspense>
  );
}

async function Tokens() {
  const gate = await deskUserOr('/desk/tokens', 'admin');
  if (!gate.user) return gate.refusal;
  const tokens = await getApiTokens();
  const { locale, timeZone } = config();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, { locale, timeZone }) : 'Never');
  return (
    <DeskShell role={gate.user.role} title="API tokens" current="tokens">
      <p className="mb-6 max-w-3xl font-sans text-ink-muted">
        Each integration (a wire feed, an importer) gets its own token for the ingest API at <code>/api/v1/articles</code>. The token is shown once
        when it is made; only its hash is stored. Withdraw a token the moment an integration stops or leaks.
      </p>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_360px]">
        <div className="overflow-x-auto">
          <table className="w-full min-w-[560px] border-collapse font-sans text-sm">
            <caption className="sr-only">API tokens</caption>
            <thead>
              <tr className="border-b-2 border-ink text-left">
                <th scope="col" className="py-2 pr-3">Name</th>
                <th scope="col" className="py-2 pr-3">Scopes</th>
                <th scope="col" className="py-2 pr-3">Last used</th>
                <th scope="col" className="py-2">State</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id} className="border-b border-rule align-top">
                  <td className="py-2 pr-3">
                    <span className="font-semibold">{t.name}</span>
                    <code className="block text-xs text-ink-muted">{t.prefix}…</code>
                  </td>
                  <td className="py-2 pr-3">{t.scopes.join(', ')}</td>
                  <td className="py-2 pr-3">{when(t.lastUsedAt)}</td>
                  <td className="py-2">
                    {t.revokedAt ? (
                      <span className="text-ink-muted">Withdrawn {when(t.revokedAt)}</span>
                    ) : (
                      <DeskForm action={`/api/desk/tokens/${t.id}`} method="DELETE" submitLabel={`Withdraw ${t.name}`} confirm={`Withdraw the token “${t.name}”? The integration stops working at once.`} />
                    )}
                  </td>
                </tr>
              ))}
              {tokens.length === 0 ? (
                <tr>
                  <td colSpan={4} className="py-3 text-ink-muted">
                    No tokens yet.
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
        <section aria-labelledby="new-token" className="rounded border border-rule p-4">
          <h2 id="new-token" className="font-sans text-base font-bold">
            New token
          </h2>
          <DeskForm action="/api/desk/tokens" submitLabel="Create token" listFields={['scopes']} secretLabel="The new token" className="mt-3 grid gap-3">
            <div>
              <label htmlFor="token-name" className={labelClass}>
                Integration name
              </label>
              <input id="token-name" name="name" required maxLength={80} className={inputClass} />
            </div>
            <fieldset>
              <legend className={labelClass}>Scopes</legend>
              {TOKEN_SCOPES.map((scope) => (
                <label key={scope} className="mt-2 flex items-center gap-2 font-sans text-sm">
                  <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === 'articles:write'} className="size-4" />
                  {scope}
                </label>
              ))}
            </fieldset>
          </DeskForm>
        </section>
      </div>
    </DeskShell>
  );
}

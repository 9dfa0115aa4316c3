import Link from 'next/link';
import { redirect } from 'next/navigation';
import { DeskRefusal } from '@/components/desk/DeskShell';
import { hasRole, type StaffRole } from '@/lib/desk/roles';
import type { SessionUser } from '@/lib/site/auth';
import { getDeskUser } from '@/lib/site/desk';

/**
 * The page-side check (the proxy only sees whether a session cookie exists): a signed-in staff member
 * with at least `least`, or a sign-in redirect, or a clear refusal.
 */
export async function deskUserOr(path: string, least: StaffRole = 'contributor'): Promise<{ user: SessionUser; refusal?: never } | { refusal: React.ReactNode; user?: never }> {
  const user = await getDeskUser();
  if (!user) redirect(`/account/sign-in?next=${encodeURIComponent(path)}`);
  if (!hasRole(user.role, least)) {
    return {
      refusal: (
        <DeskRefusal>
          <h1 className="font-serif text-3xl font-bold">This part of the desk is not open to you</h1>
          <p className="mt-4">
            {least === 'contributor'
              ? 'The desk is for newsroom staff. If you work here, ask an administrator to give your account a staff role.'
              : `This needs the ${least} role. Ask an administrator if you need it.`}
          </p>
          <p className="mt-6">
            <Link href="/" className="font-semibold underline">
              Back to the front page
            </Link>
          </p>
        </DeskRefusal>
      ),
    };
  }
  return { user };
}

export function DeskLoading() {
  return <p className="mx-auto max-w-6xl px-4 py-10 font-sans text-ink-muted">Loading the desk…</p>;
}

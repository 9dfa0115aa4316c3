import { Suspense } from 'react';
import { DeskForm } from '@/components/desk/DeskForm';
import { DeskShell } from '@/components/desk/DeskShell';
import { inputClass, labelClass } from '@/components/desk/ui';
import { ROLES } from '@/lib/desk/roles';
import { getStaff } from '@/lib/site/desk';
import { DeskLoading, deskUserOr } from '../gate';

export const metadata = { title: 'Staff' };

const ROLE_HELP = {
  reader: 'Reads and comments; no desk access.',
  contributor: 'Writes and submits their own drafts.',
  editor: 'Edits, schedules, publishes and moderates.',
  admin: 'Everything, plus staff, sections and API tokens.',
} as const;

export default function StaffPage() {
  return (
    <Suspense fallback={<DeskLoading />}>
      <Staff />
    </Suspense>
  );
}

async function Staff() {
  const gate = await deskUserOr('/desk/staff', 'admin');
  if (!gate.user) return gate.refusal;
  const staff = await getStaff();
  return (
    <DeskShell role={gate.user.role} title="Staff" current="staff">
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_360px]">
        <table className="w-full border-collapse font-sans text-sm">
          <caption className="sr-only">Staff accounts</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-3">Name</th>
              <th scope="col" className="py-2 pr-3">Email</th>
              <th scope="col" className="py-2">Role</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((u) => (
              <tr key={u.id} className="border-b border-rule">
                <td className="py-2 pr-3 font-semibold">{u.name}</td>
                <td className="py-2 pr-3 break-all">{u.email}</td>
                <td className="py-2 capitalize">{u.role}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <section aria-labelledby="role-heading" className="rounded border border-rule p-4">
          <h2 id="role-heading" className="font-sans text-base font-bold">
            Change someone’s role
          </h2>
          <p className="mt-1 font-sans text-sm text-ink-muted">The person signs up as a reader first; then give their account a role here.</p>
          <DeskForm action="/api/desk/staff" submitLabel="Save role" className="mt-3 grid gap-3">
            <div>
              <label htmlFor="staff-email" className={labelClass}>
                Email
              </label>
              <input id="staff-email" name="email" type="email" required autoComplete="off" className={inputClass} />
            </div>
            <fieldset>
              <legend className={labelClass}>Role</legend>
              {ROLES.map((role) => (
                <label key={role} className="mt-2 flex items-start gap-2 font-sans text-sm">
                  <input type="radio" name="role" value={role} defaultChecked={role === 'contributor'} className="mt-1 size-4" />
                  <span>
                    <span className="font-semibold capitalize">{role}</span> <span className="text-ink-muted">{ROLE_HELP[role]}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          </DeskForm>
        </section>
      </div>
    </DeskShell>
  );
}

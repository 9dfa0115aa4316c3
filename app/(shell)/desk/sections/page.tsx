import { Suspense } from 'react';
import { DeskForm } from '@/components/desk/DeskForm';
import { DeskShell } from '@/components/desk/DeskShell';
import { inputClass, labelClass } from '@/components/desk/ui';
import { getSectionsForDesk } from '@/lib/site/desk';
import { DeskLoading, deskUserOr } from '../gate';

export const metadata = { title: 'Sections' };

export default function SectionsPage() {
  return (
    <Suspense fallback={<DeskLoading />}>
      <Sections />
    </Suspense>
  );
}

function SectionFields({ prefix, values }: { prefix: string; values?: { name: string; description: string; position: number } }) {
  return (
    <>
      <div>
        <label htmlFor={`${prefix}-name`} className={labelClass}>
          Name
        </label>
        <input id={`${prefix}-name`} name="name" required maxLength={60} defaultValue={values?.name} className={inputClass} />
      </div>
      <div>
        <label htmlFor={`${prefix}-description`} className={labelClass}>
          Description
        </label>
        <input id={`${prefix}-description`} name="description" maxLength={300} defaultValue={values?.description} className={inputClass} />
      </div>
      <div>
        <label htmlFor={`${prefix}-position`} className={labelClass}>
          Position in the navigation
        </label>
        <input id={`${prefix}-position`} name="position" type="number" min={0} max={1000} defaultValue={values?.position ?? 0} className={inputClass} />
      </div>
    </>
  );
}

async function Sections() {
  const gate = await deskUserOr('/desk/sections', 'admin');
  if (!gate.user) return gate.refusal;
  const sections = await getSectionsForDesk();
  return (
    <DeskShell role={gate.user.role} title="Sections" current="sections">
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_360px]">
        <ul className="grid gap-4">
          {sections.map((s) => (
            <li key={s.slug} className="rounded border border-rule p-4">
              <h2 className="font-serif text-xl font-bold">
                {s.name} <span className="font-sans text-sm font-normal text-ink-muted">/{s.slug}</span>
              </h2>
              <details className="mt-2">
                <summary className="cursor-pointer font-sans text-sm font-semibold">Edit {s.name}</summary>
                <DeskForm action={`/api/desk/sections/${s.slug}`} method="PUT" submitLabel="Save section" numberFields={['position']} className="mt-3 grid gap-3">
                  <SectionFields prefix={`section-${s.slug}`} values={s} />
                </DeskForm>
              </details>
            </li>
          ))}
        </ul>
        <section aria-labelledby="new-section" className="rounded border border-rule p-4">
          <h2 id="new-section" className="font-sans text-base font-bold">
            New section
          </h2>
          <DeskForm action="/api/desk/sections" submitLabel="Create section" numberFields={['position']} className="mt-3 grid gap-3">
            <div>
              <label htmlFor="new-slug" className={labelClass}>
                Slug (its address, cannot change later)
              </label>
              <input id="new-slug" name="slug" required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxLength={40} className={inputClass} />
            </div>
            <SectionFields prefix="new" />
          </DeskForm>
        </section>
      </div>
    </DeskShell>
  );
}

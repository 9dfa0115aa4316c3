import type { BodyRow, FieldRow } from '@/lib/desk/compare';

const ROW_TONE: Record<BodyRow['kind'], string> = {
  same: '',
  changed: 'bg-members-bg',
  added: 'bg-members-bg',
  removed: 'bg-members-bg',
};

/** Two columns, the chosen revision beside the current version; changed rows are marked in words and colour. */
export function RevisionCompare({ fields, body, leftLabel }: { fields: FieldRow[]; body: BodyRow[]; leftLabel: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[640px] table-fixed border-collapse font-sans text-sm">
        <caption className="sr-only">{leftLabel} compared with the current version</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="w-36 py-2 pr-3">Field</th>
            <th scope="col" className="py-2 pr-3">{leftLabel}</th>
            <th scope="col" className="py-2">Current version</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((row) => (
            <tr key={row.label} className={`border-b border-rule align-top ${row.changed ? 'bg-members-bg' : ''}`}>
              <th scope="row" className="py-2 pr-3 text-left font-semibold">
                {row.label}
                {row.changed ? <span className="block text-xs font-normal text-members">changed</span> : null}
              </th>
              <td className="py-2 pr-3 break-words">{row.before}</td>
              <td className="py-2 break-words">{row.after}</td>
            </tr>
          ))}
          {body.map((row, i) => (
            <tr key={i} className={`border-b border-rule align-top ${ROW_TONE[row.kind]}`}>
              <th scope="row" className="py-2 pr-3 text-left font-semibold">
                {i === 0 ? 'Body' : <span className="sr-only">Body, continued</span>}
                {row.kind !== 'same' ? <span className="block text-xs font-normal text-members">{row.kind}</span> : null}
              </th>
              <td className="py-2 pr-3 font-serif break-words whitespace-pre-line">{row.before ?? ''}</td>
              <td className="py-2 font-serif break-words whitespace-pre-line">{row.after ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

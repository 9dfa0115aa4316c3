import { config } from '@/lib/config';
import { formatDate, formatDateTime, formatRelative } from '@/lib/format';

type Props = { iso: string; className?: string } & (
  | { style: 'datetime' | 'date' }
  /** Relative to `now`, which the caller takes from the cached data so renders stay deterministic. */
  | { style: 'relative'; now: string }
);

/** A machine-readable <time> shown in the site's locale and time zone. */
export function Time(props: Props) {
  const { locale, timeZone } = config();
  const text =
    props.style === 'relative'
      ? formatRelative(props.iso, props.now, { locale, timeZone })
      : props.style === 'date'
        ? formatDate(props.iso, { locale, timeZone })
        : formatDateTime(props.iso, { locale, timeZone });
  return (
    <time dateTime={props.iso} className={props.className} title={formatDateTime(props.iso, { locale, timeZone })}>
      {text}
    </time>
  );
}

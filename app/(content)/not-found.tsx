import { NotFoundMessage, notFoundMetadata } from '@/app/_routes/not-found-message';

export const metadata = notFoundMetadata;

/** A page of this group that does not exist: inside the group's layout, which has the masthead already. */
export default function NotFound() {
  return <NotFoundMessage />;
}

import { serializeJsonLd, type JsonLdObject } from '@/lib/seo/structured-data';

/** Structured data for search engines: one `<script type="application/ld+json">` per object, `<` escaped. */
export function JsonLd({ data }: { data: JsonLdObject[] }) {
  return data.map((item, i) => (
    // Escaped by serializeJsonLd (Next's JSON-LD guide): the text cannot close the script element.
    <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(item) }} />
  ));
}

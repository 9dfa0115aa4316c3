'use client';

import { useId, useState } from 'react';
import type { ArticleFields } from '@/lib/desk/fields';
import { slugify } from '@/lib/desk/slug';
import { hintClass, inputClass, labelClass } from '../ui';
import { Field } from './Field';

interface Props {
  fields: ArticleFields;
  update: (patch: Partial<ArticleFields>) => void;
  sections: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
  fieldError: (name: string) => string | null;
  /** True once readers have seen the article: a new slug then adds a redirect from the old one. */
  published: boolean;
}

/** Where and how the article appears: URL, section, byline, tags, access, comments, search snippet. */
export function SettingsPanel({ fields, update, sections, authors, fieldError, published }: Props) {
  const id = useId();
  const [tagsText, setTagsText] = useState(fields.tags.join(', '));
  return (
    <div className="grid gap-5">
      <Field
        name="slug"
        label="Slug"
        maxLength={100}
        value={fields.slug}
        hint={
          published
            ? 'Changing it keeps the old address working: it redirects here.'
            : `Left empty, it is made from the headline: ${slugify(fields.headline) || '…'}`
        }
        error={fieldError('slug')}
        onChange={(slug) => update({ slug: slug.toLowerCase().replace(/\s+/g, '-') })}
      />
      <div>
        <label htmlFor={`${id}-section`} className={labelClass}>
          Section <span className="text-accent">*</span>
        </label>
        <select
          id={`${id}-section`}
          value={fields.section}
          onChange={(e) => update({ section: e.target.value })}
          className={inputClass}
          aria-invalid={fieldError('section') ? true : undefined}
        >
          {sections.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className={labelClass}>Byline</legend>
        {fieldError('authors') ? <p className="font-sans text-sm font-semibold text-accent">{fieldError('authors')}</p> : null}
        <ul className="mt-1 max-h-48 overflow-y-auto rounded border border-rule p-2 font-sans text-sm">
          {authors.map((a) => {
            const checked = fields.authors.includes(a.slug);
            return (
              <li key={a.slug}>
                <label className="flex items-center gap-2 py-1">
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={() => update({ authors: checked ? fields.authors.filter((s) => s !== a.slug) : [...fields.authors, a.slug] })}
                    className="size-4"
                  />
                  {a.name}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div>
        <label htmlFor={`${id}-tags`} className={labelClass}>
          Tags
        </label>
        <p id={`${id}-tags-hint`} className={hintClass}>
          Separate with commas. New tags are created when you save.
        </p>
        <input
          id={`${id}-tags`}
          type="text"
          value={tagsText}
          aria-describedby={`${id}-tags-hint`}
          onChange={(e) => {
            setTagsText(e.target.value);
            update({ tags: [...new Set(e.target.value.split(',').map((t) => t.trim()).filter(Boolean))] });
          }}
          className={inputClass}
        />
      </div>
      <fieldset>
        <legend className={labelClass}>Who can read it</legend>
        <div className="mt-1 flex gap-5 font-sans text-sm">
          {(['public', 'members'] as const).map((v) => (
            <label key={v} className="flex items-center gap-2">
              <input type="radio" name={`${id}-visibility`} checked={fields.visibility === v} onChange={() => update({ visibility: v })} className="size-4" />
              {v === 'public' ? 'Everyone' : 'Members only'}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={`${id}-comments`} className={labelClass}>
          Comments
        </label>
        <select
          id={`${id}-comments`}
          value={fields.commentsMode ?? ''}
          onChange={(e) => update({ commentsMode: (e.target.value || null) as ArticleFields['commentsMode'] })}
          className={inputClass}
        >
          <option value="">Site default</option>
          <option value="open">Open</option>
          <option value="premoderated">Checked before they appear</option>
          <option value="closed">Closed</option>
        </select>
      </div>
      <Field
        name="seo-title"
        label="Search title"
        maxLength={70}
        hint="For search results and shares; the headline is used when empty."
        value={fields.seoTitle ?? ''}
        error={fieldError('seoTitle')}
        onChange={(seoTitle) => update({ seoTitle })}
      />
      <Field
        name="seo-description"
        label="Search description"
        multiline
        maxLength={200}
        hint="The standfirst is used when empty."
        value={fields.seoDescription ?? ''}
        error={fieldError('seoDescription')}
        onChange={(seoDescription) => update({ seoDescription })}
      />
    </div>
  );
}

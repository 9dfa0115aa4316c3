import type { Extensions } from '@tiptap/core';
import Heading from '@tiptap/extension-heading';
import { ListItem } from '@tiptap/extension-list';
import StarterKit from '@tiptap/starter-kit';
import { isAllowedHref } from '@/lib/desk/rich-text';
import { MediaImage } from './MediaImage';
import { PullQuote } from './PullQuote';

/** The body has two heading levels; pasted h1 becomes h2 and h4–h6 become h3. */
const BodyHeading = Heading.extend({
  parseHTML() {
    return [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level: level <= 2 ? 2 : 3 } }));
  },
}).configure({ levels: [2, 3] });

/**
 * Stored bodies have no nested lists, so Tab does not indent a list item: it moves focus on,
 * as everywhere else on the page (no keyboard trap).
 */
const FlatListItem = ListItem.extend({
  addKeyboardShortcuts() {
    return { Enter: () => this.editor.commands.splitListItem(this.name) };
  },
});

/** Only what a stored body can hold: paragraphs, two heading levels, quotes, lists, library images, bold, italic, links. */
export function bodyExtensions(): Extensions {
  return [
    StarterKit.configure({
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      heading: false,
      listItem: false,
      link: {
        openOnClick: false,
        autolink: false,
        linkOnPaste: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedHref(url),
        HTMLAttributes: { target: null, rel: 'noopener', class: null },
      },
    }),
    BodyHeading,
    FlatListItem,
    PullQuote,
    MediaImage,
  ];
}

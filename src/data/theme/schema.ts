import { z } from 'zod';
import { urlProblem, type UrlUse } from '../safe-url.ts';

/** Also used by each council's theme in content/councils/. */
export const hexColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'must be a six-digit hex colour such as "#1d4f91"' });

/** An address checked by the rule report MDX follows (src/data/safe-url.ts), the value quoted in the message. */
export function safeUrl(use: UrlUse) {
  return z
    .string()
    .min(1, { error: 'must not be empty' })
    .superRefine((url, context) => {
      const problem = urlProblem(url, use);
      if (problem !== undefined) context.addIssue({ code: 'custom', message: `${JSON.stringify(url)} is ${problem}.` });
    });
}

/** A link in a footer: a label, and an address that is a web page, an email address or a path on this site. */
export const footerLinkSchema = z
  .object({
    /** @example "Accessibility statement" */
    label: z.string().min(1, { error: 'must not be empty' }),
    /** https://, http://, mailto: or a path on this site. @example "/about/" */
    href: safeUrl('link'),
  })
  .strict();

/** The publisher's look, set once in `content/theme.json`. */
export const themeSchema = z
  .object({
    /** The organisation that publishes the site, shown in the header, e.g. "Tabled example site". */
    name: z.string().min(1, { error: 'must not be empty' }),
    /** A short line under the name, e.g. "Children's social care performance reports". */
    tagline: z.string().min(1, { error: 'must not be empty' }),
    /** Path under `public/` of an SVG or PNG logo, e.g. "/logo.svg". Optional. */
    logo: z
      .object({
        src: z
          .string()
          .regex(/^\/[^\s]+\.(svg|png)$/, { message: 'must be a path in public/ such as "/logo.svg"' })
          .pipe(safeUrl('resource')),
        /** Alternative text; the name of the organisation. */
        alt: z.string().min(1),
      })
      .optional(),
    colours: z.object({
      /** Header band and links. Must reach 4.5:1 against white (checked). */
      brand: hexColour,
      /** Focus ring. */
      focus: hexColour,
    }),
    /**
     * The address the site is served at, at the root of its domain, e.g. "https://reports.example-council.gov.uk".
     * Canonical links, the feed, the sitemap and structured data are built from it. Required unless `demo`.
     */
    address: z
      .string()
      .refine((text) => {
        try {
          const url = new URL(text);
          return (url.protocol === 'https:' || url.protocol === 'http:') && url.pathname === '/' && url.search === '' && url.hash === '' && !text.endsWith('/');
        } catch {
          return false;
        }
      }, { message: 'must be the site\'s address with no path or trailing slash, such as "https://reports.example-council.gov.uk"' })
      .optional(),
    /** True for a demonstration site: it may be built at https://example.org (the default when `address` is not set). */
    demo: z.boolean().default(false),
    /** Who answers readers' questions about the site and its data, shown on the About page. Optional. */
    contact: z
      .object({
        /** A team or post, e.g. "Performance and Intelligence Team". */
        name: z.string().min(1),
        email: z.email().optional(),
        /** A web page of the publisher's, e.g. a contact form. */
        url: z.url({ protocol: /^https?$/ }).optional(),
      })
      .strict()
      .optional(),
    /** Links in the footer, e.g. accessibility statement, open data licence. */
    footerLinks: z.array(footerLinkSchema).default([]),
  })
  .strict();

export type Theme = z.output<typeof themeSchema>;

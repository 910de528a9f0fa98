/** One `<meta property="og:…">` tag. */
export interface OpenGraphTag {
  property: string;
  content: string;
}

export interface OpenGraphInput {
  title: string;
  description: string;
  /** Absolute address of the page (its canonical one where it has one); none for a page with no address of its own, such as the 404 page. */
  url?: string | undefined;
  /** `article` for a report, `website` for everything else. */
  type: 'article' | 'website';
  siteName: string;
}

/** The Open Graph tags a page's head carries, so a shared link shows the report's title and purpose. */
export function openGraphTags(input: OpenGraphInput): OpenGraphTag[] {
  return [
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    { property: 'og:type', content: input.type },
    ...(input.url === undefined ? [] : [{ property: 'og:url', content: input.url }]),
    { property: 'og:site_name', content: input.siteName },
    { property: 'og:locale', content: 'en_GB' },
  ];
}

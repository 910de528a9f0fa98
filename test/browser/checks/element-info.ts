/**
 * What a failing check says about an element: enough to find it in the page source. Extractors that
 * run inside the page return this shape (each builds it inline, since a function sent to the browser
 * cannot import), and the test side turns it into one line.
 */
export interface ElementInfo {
  tag: string;
  id: string;
  className: string;
  text: string;
}

/** `table#x.y "Caption text…"` */
export function elementLabel(info: ElementInfo): string {
  const id = info.id ? `#${info.id}` : '';
  const classes = info.className.trim() ? `.${info.className.trim().split(/\s+/).join('.')}` : '';
  const text = info.text.replace(/\s+/g, ' ').trim();
  const quoted = text ? ` "${text.length > 60 ? `${text.slice(0, 59)}…` : text}"` : '';
  return `${info.tag}${id}${classes}${quoted}`;
}

import { Parser } from 'htmlparser2';

/**
 * Just enough of a DOM to read a built page: elements with their attributes, children and text, and
 * the few look-ups the reader uses (by tag name only). The scan reads every page of a site; a full DOM
 * (linkedom registers a listener map for every node) made most of its time garbage collection.
 */
export interface LightText {
  nodeType: 3;
  textContent: string;
}

export interface LightAttribute {
  name: string;
  value: string;
}

export class LightElement {
  readonly nodeType = 1 as const;
  readonly childNodes: (LightElement | LightText)[] = [];
  readonly children: LightElement[] = [];
  readonly attributes: LightAttribute[];
  readonly tagName: string;
  readonly parentElement: LightElement | null;

  // Plain fields, not parameter properties: Node runs this file with type stripping alone.
  constructor(tagName: string, attributes: Record<string, string>, parentElement: LightElement | null) {
    this.tagName = tagName;
    this.parentElement = parentElement;
    this.attributes = Object.entries(attributes).map(([name, value]) => ({ name, value }));
  }

  getAttribute(name: string): string | null {
    return this.attributes.find((a) => a.name === name)?.value ?? null;
  }

  hasAttribute(name: string): boolean {
    return this.attributes.some((a) => a.name === name);
  }

  get textContent(): string {
    let text = '';
    for (const child of this.childNodes) text += child.textContent;
    return text;
  }

  /** Descendants in document order with this tag name, or all of them for "*". */
  querySelectorAll(tag: string): LightElement[] {
    const found: LightElement[] = [];
    const visit = (element: LightElement): void => {
      for (const child of element.children) {
        if (tag === '*' || child.tagName === tag) found.push(child);
        visit(child);
      }
    };
    visit(this);
    return found;
  }

  querySelector(tag: string): LightElement | null {
    for (const child of this.children) {
      if (child.tagName === tag) return child;
      const deeper = child.querySelector(tag);
      if (deeper) return deeper;
    }
    return null;
  }

  /** This element or its nearest ancestor with this tag name. */
  closest(tag: string): LightElement | null {
    for (let element: LightElement | null = this; element; element = element.parentElement) if (element.tagName === tag) return element;
    return null;
  }
}

/** Parses a page; the result's children are its top-level elements (normally one <html>). */
export function parseLight(html: string): LightElement {
  const root = new LightElement('#document', {}, null);
  let current = root;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element = new LightElement(name, attributes, current);
        current.childNodes.push(element);
        current.children.push(element);
        current = element;
      },
      ontext(text) {
        const last = current.childNodes.at(-1);
        if (last?.nodeType === 3) last.textContent += text;
        else current.childNodes.push({ nodeType: 3, textContent: text });
      },
      onclosetag() {
        current = current.parentElement ?? root;
      },
    },
    // SVG's <path … /> closes itself; in plain HTML mode the parser would nest what follows inside it.
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: false, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

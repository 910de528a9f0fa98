/** A mistake in one prop of a component, so that the message can point at that prop's line and column. */
export class PropError extends Error {
  override name = 'PropError';
  constructor(
    readonly prop: string,
    message: string,
  ) {
    super(message);
  }
}

/** Which prop a view's message is about, by what it says, where the view could not say so itself. */
function propAtFault(message: string, props: Record<string, unknown>): string {
  const has = (name: string) => props[name] !== undefined;
  if (/^indicators? "|indicator "[^"]+" is not in/.test(message)) return has('indicators') ? 'indicators' : 'indicator';
  if (/^area "|^council "/.test(message)) return has('council') ? 'council' : 'area';
  if (/^show="/.test(message)) return 'show';
  if (/breakdown/.test(message) && has('breakdown')) return 'breakdown';
  if (/no figures? |no breakdown rows|not a period DfE publishes|the data has no rows|the data gives no/.test(message)) {
    for (const name of ['period', 'periods', 'year', 'from']) if (has(name)) return name;
  }
  return 'tag';
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Where a component is written in a report's MDX: the file, and the line and column of its tag and of
 * each prop, which the MDX plugin (src/render/markdown/component-props.ts) gives every report component as
 * `tabledAt`. A message from the component then starts `content/reports/x/index.mdx:12:20: <Value
 * indicator="referrals"> period="2024-03":`, the place of the prop at fault, and ends with a full stop.
 */
export class Where {
  readonly file: string | undefined;
  readonly #places: Map<string, string>;
  readonly #tag: string;

  constructor(
    readonly component: string,
    readonly props: Record<string, unknown>,
    reportId?: string,
  ) {
    const at = typeof props['tabledAt'] === 'string' ? props['tabledAt'] : undefined;
    const [file, ...rest] = at?.split('|') ?? [];
    this.file = file !== undefined && file !== '' ? file : reportId === undefined ? undefined : `content/reports/${reportId}`;
    this.#places = new Map(rest.map((part) => [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)]));
    const indicator = typeof props['indicator'] === 'string' && props['indicator'] !== '' ? ` indicator="${props['indicator']}"` : '';
    this.#tag = `<${component}${indicator}>`;
  }

  /** The place of a prop (or the tag): `content/reports/x/index.mdx:12:20`. */
  placeOf(prop: string): string | undefined {
    if (this.file === undefined) return undefined;
    const place = this.#places.get(prop) ?? this.#places.get('tag');
    return place === undefined ? this.file : `${this.file}:${place}`;
  }

  /** The start of a message about `prop`: its place, the tag, and the prop as written. */
  about(prop: string): string {
    const place = this.placeOf(prop);
    const value = prop !== 'tag' && typeof this.props[prop] === 'string' && !(prop === 'indicator' && this.#tag.includes('indicator=')) ? ` ${prop}="${String(this.props[prop])}"` : '';
    return `${place === undefined ? '' : `${place}: `}${this.#tag}${value}`;
  }

  /** An error about `prop` saying what is wrong and what to write instead. */
  fail(prop: string, message: string): Error {
    return new PropError(prop, `${this.about(prop)}: ${sentence(message)}`);
  }

  /** An error thrown while the component worked, re-told from where the prop at fault is written. */
  located(error: unknown): Error {
    const message = error instanceof Error ? error.message : String(error);
    // Already told from here (a PropError this made, or a component's own message): keep it.
    if (error instanceof PropError && message.startsWith(this.about(error.prop))) return error;
    for (const start of [this.about('tag'), String(this)]) {
      if (message.startsWith(`${start}: `)) return this.fail(error instanceof PropError ? error.prop : propAtFault(message.slice(start.length + 2), this.props), message.slice(start.length + 2));
    }
    return Object.assign(this.fail(error instanceof PropError ? error.prop : propAtFault(message, this.props), message), { cause: error });
  }

  toString(): string {
    return this.about('tag');
  }
}

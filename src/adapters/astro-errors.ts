const COLOUR = /\u001b\[[0-9;]*m/g;
const FRAME = /^\s+at \S/;
const SECTION = /^\s+(Hint|Error reference|Location|Stack trace|Caused by):\s*$/;
/** Astro's logger printing an error object (`[ERROR] Error: …`), which the final message repeats. */
const LOGGED_ERROR = /\[ERROR\] (?:\[[\w-]+\] )?(?:[A-Z]\w*)?Error: /;
const CAUGHT_RENDERING = /^(.*\[ERROR\] \[build\] Caught error rendering \S+?): (?:(?:[A-Z]\w*)?Error: )?(.*)$/;
/** Astro's guess for any error thrown inside MDX: ours are deliberate and say what to do. */
const GENERIC_MDX_HINT = /This issue often occurs when your MDX component encounters runtime errors/;
/** Where Astro locates an error it did not find in the author's files: our bundle, not theirs. */
const INTERNAL_LOCATION = /node_modules|\.prerender|[/\\]chunks[/\\]/;

/**
 * Turns a failed `astro build`'s error output into the message an author can act on: stack frames,
 * causes that repeat the message, internal locations and Astro's generic hints are dropped, a located
 * file is named relative to the working folder. Fed line by line, so output can still stream.
 */
export class BuildErrorFilter {
  readonly #cwd: string;
  /** A section header waiting for its first line, which decides whether the section is kept. */
  #held: string | undefined;
  /** Inside a stack trace: its indented lines are dropped too. */
  #skipping = false;
  /**
   * A logged error whose message runs over several lines: its lines are dropped until its stack
   * (`true`) or until the line that starts the final message (that line), which repeats them.
   */
  #repeating: true | string | undefined;
  /** The lines dropped while waiting for the final message, printed after all if it never comes. */
  #dropped: string[] = [];
  /** What has been printed, so that a cause repeating the message is not printed again. */
  #printed = '';

  constructor(cwd: string) {
    this.#cwd = cwd.endsWith('/') ? cwd : `${cwd}/`;
  }

  /** The lines to print for one line of Astro's stderr (none, it, or a held header with it). */
  push(raw: string): string[] {
    const line = raw.replace(COLOUR, '');
    if (this.#repeating !== undefined) {
      const ends = this.#repeating === true ? FRAME.test(line) : line === this.#repeating;
      if (!ends) {
        if (this.#repeating !== true) this.#dropped.push(line);
        return [];
      }
      this.#repeating = undefined;
      this.#dropped = [];
    }
    if (this.#skipping) {
      if (/^\s/.test(line) && !SECTION.test(line)) return [];
      this.#skipping = false;
    }
    const held = this.#held;
    this.#held = undefined;
    if (held !== undefined) {
      const header = held.trim();
      const dropped =
        (header === 'Location:' && INTERNAL_LOCATION.test(line)) ||
        (header === 'Hint:' && GENERIC_MDX_HINT.test(line)) ||
        (header === 'Caused by:' && this.#printed.includes(line.trim()));
      return dropped ? [] : this.#print([held, this.#relative(line).replace(/:0:0$/, '')]);
    }
    if (FRAME.test(line)) return [];
    const section = SECTION.exec(line);
    if (section) {
      if (section[1] === 'Stack trace') this.#skipping = true;
      else this.#held = line;
      return [];
    }
    if (LOGGED_ERROR.test(line)) {
      this.#repeating = true;
      return [];
    }
    const caught = CAUGHT_RENDERING.exec(line);
    if (caught) {
      if (caught[2]) this.#repeating = caught[2];
      return this.#print([caught[1] ?? line]);
    }
    return this.#print([this.#relative(line)]);
  }

  #print(lines: string[]): string[] {
    this.#printed = `${this.#printed}${lines.join('\n')}\n`.slice(-20_000);
    return lines;
  }

  /** Whatever is still held when the output ends. */
  end(): string[] {
    const held = this.#held;
    this.#held = undefined;
    const dropped = this.#dropped;
    this.#dropped = [];
    this.#repeating = undefined;
    return [...dropped.flatMap((line) => this.push(line)), ...(held === undefined ? [] : [held])];
  }

  #relative(line: string): string {
    return line.split(this.#cwd).join('');
  }
}

/** The whole of a failed build's output, filtered as BuildErrorFilter does. */
export function filterBuildErrors(output: string, cwd: string): string {
  const filter = new BuildErrorFilter(cwd);
  const lines = output.split('\n').flatMap((line) => filter.push(line));
  return [...lines, ...filter.end()].join('\n');
}

declare namespace App {
  interface Locals {
    /** Set by the report page before its MDX renders: the defaults for data-bound components. */
    report?: { authority: string; period: string };
  }
}

// Preloaded (node --import) into the second of two builds: moves the clock 400 days and 7 hours on, so
// that anything a build takes from the clock (a date, a time, a stamp) makes the two builds differ.
const SHIFT_MS = (400 * 24 + 7) * 60 * 60 * 1000;
const RealDate = Date;

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + SHIFT_MS);
    else super(...args);
  }

  static now() {
    return RealDate.now() + SHIFT_MS;
  }
}

globalThis.Date = ShiftedDate;

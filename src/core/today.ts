// Today in the browser's own time zone as an ISO date: its own small module, so that a page
// needing only the date (the options page) does not load the template catalogue.
/** Today's date in the local time zone, ISO (YYYY-MM-DD). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

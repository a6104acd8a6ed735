const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** A calendar date, the same on the server and in every browser (so hydration never disagrees). */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

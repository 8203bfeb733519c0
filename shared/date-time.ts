/**
 * A date and time as CaseCoder stores one (created_at and the like): ISO 8601 with seconds, as
 * `new Date().toISOString()` writes it, or as an xsd:dateTime of a REFI-QDA file (a fraction and a
 * zone optional). REFI-QDA exports copy it into creationDateTime, which the schema types
 * xsd:dateTime: a value of another form would make the export invalid.
 */
const DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:Z|[+-](\d\d):(\d\d))?$/;

export function isDateTime(value: unknown): value is string {
  const parts = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!parts) return false;
  const [year, month, day, hour, minute, second, zoneHours = 0, zoneMinutes = 0] = parts.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const date = new Date(0);
  date.setUTCFullYear(year!, month! - 1, day!);
  return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day! && hour! < 24 && minute! < 60 && second! < 60 && zoneHours! <= 14 && zoneMinutes! < 60;
}

import { InvalidFieldError } from './audit-http.errors';

const ID = /^[A-Za-z0-9._:/-]{1,200}$/;

/** A task, run or directive id from the path: letters, digits and . _ : / - only. */
export function idParam(field: string, value: string | undefined): string {
  if (!value || !ID.test(value))
    throw new InvalidFieldError(field, `expected an id of letters, digits and . _ : / - (got '${value ?? ''}')`);
  return value;
}

/** An ISO-8601 instant with a time zone, e.g. 2022-03-28T10:00:00+07:00. */
export function instantParam(field: string, value: string | undefined): string {
  if (!value) throw new InvalidFieldError(field, 'required, e.g. 2022-03-28T10:00:00+07:00');
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidFieldError(field, `expected an ISO-8601 instant such as 2022-03-28T10:00:00+07:00 (got '${value}')`);
  }
  return new Date(Date.parse(value.length === 10 ? `${value}T23:59:59.999+07:00` : value)).toISOString();
}

/** A whole number query parameter within [min, max], or the fallback when absent. */
export function intParam(field: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InvalidFieldError(field, `expected a whole number from ${min} to ${max} (got '${value}')`);
  return n;
}

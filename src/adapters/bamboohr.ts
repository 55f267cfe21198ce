import { addressFromFields, email, personFrom, phone, present } from './_lib/people.js';
import { readWith } from './_lib/run.js';
import { calendarDate, compact, instant, str, type Json } from './_lib/values.js';
import type { Adapter, AdapterResult, Mapped, ProfileFragment } from './types.js';

function mapEmployee(employee: Json): Mapped {
  const employeeId = str(employee.employeeNumber) ?? str(employee.id);
  if (employeeId === undefined) return { malformed: 'no employeeNumber or id' };
  const emails = [email(employee.workEmail, 'work'), email(employee.homeEmail, 'personal')];
  const first = str(employee.firstName);
  const last = str(employee.lastName);
  const full = str(employee.displayName) ?? [first, str(employee.middleName), last].filter(Boolean).join(' ');
  const ssn = str(employee.ssn);
  const profile: ProfileFragment = compact({
    kind: 'employee' as const,
    name: full ? compact({ full, given: first, family: last }) : undefined,
    // BambooHR writes an empty date as 0000-00-00, which reads as absent.
    dateOfBirth: calendarDate(employee.dateOfBirth),
    nationalIds: ssn ? [{ type: 'us-ssn' as const, value: ssn }] : undefined,
    emails: present(emails),
    phones: present([
      phone(employee.mobilePhone, 'mobile'),
      phone(employee.homePhone, 'home'),
      phone(employee.workPhone, 'work'),
    ]),
    // The country is a name from BambooHR's list ("United States"), not a code.
    addresses: present([
      addressFromFields(
        {
          line1: employee.address1,
          line2: employee.address2,
          city: employee.city,
          region: employee.state,
          postalCode: employee.zipcode,
          country: employee.country,
        },
        'home',
      ),
    ]),
    employment: compact({ startDate: calendarDate(employee.hireDate) }),
  });
  const observedAt = instant(employee.lastChanged);
  return {
    partials: [{ person: personFrom(employeeId, emails), profile, ...(observedAt && { observedAt }) }],
  };
}

/** The BambooHR employee adapter. */
export const bamboohrAdapter: Adapter = { name: 'bamboohr', lineDelimited: false, map: mapEmployee };

/**
 * Reads BambooHR employees (a custom report's `employees` array, the directory, or an array of
 * `/v1/employees/{id}?fields=...` answers) into partial profiles keyed by `employeeNumber` (else `id`)
 * and the work and home e-mails.
 *
 * @example
 * fromBamboohr([{ id: '4', employeeNumber: 'E-1004', country: 'United States', city: 'Reno' }])
 *   .partials[0]?.profile.addresses // [{ purpose: 'home', city: 'Reno', country: 'US' }]
 */
export function fromBamboohr(input: string | readonly unknown[]): AdapterResult {
  return readWith(bamboohrAdapter, input);
}

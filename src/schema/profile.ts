import { z } from 'zod';
import { asn, countryCode, isoDate, isoDateTime, list, MAX_LONG_TEXT, text, timeZone } from './primitives.js';

export const nameSchema = z.object({
  full: text().min(1, 'must not be empty'),
  given: text().optional(),
  family: text().optional(),
  aliases: list(text()).optional(),
});

export const claimedLocationSchema = z.object({
  country: countryCode.optional(),
  region: text().optional(),
  city: text().optional(),
  timeZone: timeZone.optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});

export const nationalIdSchema = z.object({
  type: z.enum(['us-ssn', 'us-itin', 'other']),
  value: text().optional(),
  verification: z.enum(['match', 'mismatch', 'deceased', 'unverified']).optional(),
});

export const addressSchema = z.object({
  purpose: z.enum(['home', 'mailing', 'shipping', 'document', 'billing', 'other']).optional(),
  line1: text().optional(),
  line2: text().optional(),
  city: text().optional(),
  region: text().optional(),
  postalCode: text().optional(),
  country: countryCode.optional(),
  deliveryType: z
    .enum(['residential', 'commercial', 'cmra', 'po-box', 'forwarder', 'carrier-pickup', 'vacant', 'unknown'])
    .optional(),
  /** True when the address was confirmed to belong to the person (e.g. by address-validation or a visit). */
  verified: z.boolean().optional(),
  /** When this address was entered or last changed. */
  recordedAt: isoDateTime.optional(),
});

export const documentSchema = z.object({
  type: z.enum(['passport', 'drivers-license', 'state-id', 'residence-permit', 'visa', 'other']),
  issuingCountry: countryCode.optional(),
  issuingRegion: text().optional(),
  number: text().optional(),
  nameOnDocument: text().optional(),
  dateOfBirth: isoDate.optional(),
  address: addressSchema.omit({ purpose: true }).optional(),
  expiresOn: isoDate.optional(),
  verification: z
    .object({
      status: z.enum(['passed', 'failed', 'not-run']),
      method: z.enum(['in-person', 'live-video', 'automated']).optional(),
      at: isoDateTime.optional(),
    })
    .optional(),
});

export const emailSchema = z.object({
  address: text(),
  purpose: z.enum(['personal', 'work', 'recovery', 'other']).optional(),
});

export const phoneSchema = z.object({
  number: text(),
  purpose: z.enum(['mobile', 'home', 'work', 'other']).optional(),
  lineType: z
    .enum(['mobile', 'landline', 'voip', 'fixed-voip', 'non-fixed-voip', 'toll-free', 'unknown'])
    .optional(),
  carrier: text().optional(),
});

export const payrollAccountSchema = z.object({
  routingNumber: text().optional(),
  accountNumber: text().optional(),
  holderName: text().optional(),
  institution: text().optional(),
  institutionType: z.enum(['bank', 'neobank', 'money-service', 'crypto', 'prepaid', 'other']).optional(),
  country: countryCode.optional(),
  addedAt: isoDateTime.optional(),
  /** The company or agency pay goes to when it is not the person (a staffing firm, a contractor's LLC). */
  payeeEntity: text().optional(),
});

export const softwareSchema = z.object({ name: text(), firstSeenAt: isoDateTime.optional() });

export const usbDeviceSchema = z.object({
  /** USB vendor id as four hex digits, e.g. "1d6b". */
  vendorId: z
    .string()
    .regex(/^[0-9a-fA-F]{4}$/, 'must be four hex digits, like "1d6b"')
    .optional(),
  productId: z
    .string()
    .regex(/^[0-9a-fA-F]{4}$/, 'must be four hex digits, like "0104"')
    .optional(),
  manufacturer: text().optional(),
  product: text().optional(),
  serial: text().optional(),
  interfaceClasses: list(
    z.enum(['hid-keyboard', 'hid-mouse', 'hid-other', 'mass-storage', 'network', 'audio', 'video', 'other']),
  ).optional(),
  firstSeenAt: isoDateTime.optional(),
});

export const displaySchema = z.object({
  name: text().optional(),
  /** EDID three-letter manufacturer code, e.g. "LNX" or "TSB". */
  manufacturerCode: text().optional(),
  productCode: text().optional(),
  firstSeenAt: isoDateTime.optional(),
});

export const deviceSchema = z.object({
  id: text(),
  serial: text().optional(),
  /** Serial number the device reported at its first management check-in. */
  reportedSerial: text().optional(),
  managed: z.boolean().optional(),
  shippedTo: addressSchema.omit({ purpose: true }).optional(),
  shippedAt: isoDateTime.optional(),
  deliveredAt: isoDateTime.optional(),
  software: list(softwareSchema).optional(),
  usb: list(usbDeviceSchema).optional(),
  displays: list(displaySchema).optional(),
});

export const loginSchema = z.object({
  at: isoDateTime,
  ip: text().optional(),
  deviceId: text().optional(),
  source: z.enum(['idp', 'vpn', 'ats', 'interview', 'esign', 'saas', 'other']).optional(),
  interactive: z.boolean().optional(),
  geo: z
    .object({
      country: countryCode.optional(),
      region: text().optional(),
      city: text().optional(),
      lat: z.number().min(-90).max(90).optional(),
      lon: z.number().min(-180).max(180).optional(),
      asn: asn.optional(),
      org: text().optional(),
      connectionType: z
        .enum(['residential', 'mobile', 'business', 'hosting', 'vpn', 'proxy', 'tor', 'unknown'])
        .optional(),
      provider: text().optional(),
    })
    .optional(),
});

export const activitySchema = z.object({
  at: isoDateTime,
  kind: z.enum(['commit', 'chat', 'login', 'meeting', 'ticket', 'email', 'other']).optional(),
  /** Length of the activity in minutes, when known (a session, a meeting). */
  durationMinutes: z
    .number()
    .nonnegative()
    .max(60 * 24 * 31)
    .optional(),
});

export const interviewSchema = z.object({
  at: isoDateTime.optional(),
  mode: z.enum(['video', 'phone', 'in-person', 'text']),
  /** The step required video; a candidate who switches it to phone or text declined video. */
  videoRequired: z.boolean().optional(),
  cameraOn: z.boolean().optional(),
  identityVerifiedLive: z.boolean().optional(),
  ip: text().optional(),
});

export const employmentSchema = z.object({
  startDate: isoDate.optional(),
  workArrangement: z.enum(['remote', 'hybrid', 'onsite']).optional(),
  /** Where the role is based; a domestic role pays into domestic accounts. */
  roleCountry: countryCode.optional(),
  workHistory: list(
    z.object({
      employer: text(),
      /** The employer's website or domain as the candidate gave it (`https://example.com`, `example.com`). */
      website: text().optional(),
      start: isoDate.optional(),
      end: isoDate.optional(),
      fullTime: z.boolean().optional(),
    }),
  ).optional(),
  /** The staffing agency or contracting firm that placed the worker or bills for them. */
  agency: z.object({ name: text(), website: text().optional() }).optional(),
  education: list(
    z.object({
      institution: text(),
      graduationYear: z.number().int().min(1900).max(2200).optional(),
    }),
  ).optional(),
});

/** Someone the candidate named to speak for their work. */
export const referenceSchema = z.object({
  name: text().optional(),
  email: text().optional(),
  phone: text().optional(),
  /** The employer the reference speaks for, and its website or domain. */
  employer: text().optional(),
  employerWebsite: text().optional(),
  relationship: text().optional(),
});

export const onlinePresenceSchema = z.object({
  platform: text(),
  handle: text().optional(),
  createdAt: isoDate.or(isoDateTime).optional(),
});

export const profileSchema = z.object({
  id: z.string().min(1, 'must not be empty').max(200),
  kind: z.enum(['candidate', 'employee', 'contractor']).optional(),
  organizationId: text().optional(),
  name: nameSchema.optional(),
  dateOfBirth: isoDate.optional(),
  claimed: claimedLocationSchema.optional(),
  nationalIds: list(nationalIdSchema).optional(),
  documents: list(documentSchema).optional(),
  emails: list(emailSchema).optional(),
  phones: list(phoneSchema).optional(),
  addresses: list(addressSchema).optional(),
  payroll: z.object({ accounts: list(payrollAccountSchema).optional() }).optional(),
  devices: list(deviceSchema).optional(),
  logins: list(loginSchema).optional(),
  activity: list(activitySchema).optional(),
  interviews: list(interviewSchema).optional(),
  employment: employmentSchema.optional(),
  onlinePresence: list(onlinePresenceSchema).optional(),
  references: list(referenceSchema).optional(),
  resumeText: z.string().max(MAX_LONG_TEXT).optional(),
  photoHash: text().optional(),
  referredBy: text().optional(),
});

/** A candidate's or employee's profile after validation. Only `id` is required. */
export type Profile = z.infer<typeof profileSchema>;
/** What callers may pass in: before defaults and transforms (country codes in any case). */
export type ProfileInput = z.input<typeof profileSchema>;
export type Address = z.infer<typeof addressSchema>;
export type PostalAddress = Omit<Address, 'purpose'>;
export type IdentityDocument = z.infer<typeof documentSchema>;
export type Device = z.infer<typeof deviceSchema>;
export type Login = z.infer<typeof loginSchema>;
export type Interview = z.infer<typeof interviewSchema>;
export type PayrollAccount = z.infer<typeof payrollAccountSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type NationalId = z.infer<typeof nationalIdSchema>;
export type Phone = z.infer<typeof phoneSchema>;
export type Email = z.infer<typeof emailSchema>;
export type Reference = z.infer<typeof referenceSchema>;

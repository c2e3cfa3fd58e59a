import { otherServiceSchema, serviceContactSchema } from '../../domain/records/assessment';
import type { ErrorItem } from '../../ui/ErrorSummary';

export const UNIVERSAL_SERVICES = [
  { field: 'universalSchool', title: 'School, nursery or early years setting' },
  { field: 'universalGp', title: 'GP (family doctor)' },
  { field: 'universalHealthVisitorOrSchoolNurse', title: 'Health visitor or school nurse' },
] as const;
export type UniversalServiceField = (typeof UNIVERSAL_SERVICES)[number]['field'];

export interface ContactForm {
  name: string;
  organisation: string;
  phone: string;
}
export interface OtherServiceForm extends ContactForm {
  service: string;
}
export interface ServicesForm {
  universal: Record<UniversalServiceField, ContactForm>;
  others: OtherServiceForm[];
}

const EMPTY_CONTACT: ContactForm = { name: '', organisation: '', phone: '' };

function contactFrom(value: unknown): ContactForm {
  const contact = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof contact[key] === 'string' ? (contact[key] as string) : '');
  return { name: text('name'), organisation: text('organisation'), phone: text('phone') };
}

export function servicesFormFrom(data: Record<string, unknown>): ServicesForm {
  const others = Array.isArray(data['otherServices']) ? (data['otherServices'] as unknown[]) : [];
  return {
    universal: Object.fromEntries(UNIVERSAL_SERVICES.map(({ field }) => [field, contactFrom(data[field])])) as Record<
      UniversalServiceField,
      ContactForm
    >,
    others: others.map((row) => ({
      ...contactFrom(row),
      service:
        typeof (row as Record<string, unknown>)['service'] === 'string'
          ? String((row as Record<string, unknown>)['service'])
          : '',
    })),
  };
}

export function emptyOtherService(): OtherServiceForm {
  return { ...EMPTY_CONTACT, service: '' };
}

function trimmed(contact: ContactForm) {
  return {
    name: contact.name.trim() || undefined,
    organisation: contact.organisation.trim() || undefined,
    phone: contact.phone.trim() || undefined,
  };
}

function isBlank(contact: ContactForm & { service?: string }) {
  return [contact.name, contact.organisation, contact.phone, contact.service ?? ''].every((v) => v.trim() === '');
}

export type ServicesResult = { ok: true; fields: Record<string, unknown> } | { ok: false; errors: ErrorItem[] };

/**
 * The assessment fields for the services page. A blank universal service clears it; a blank
 * other-service row is dropped; a row with details but no service name is refused.
 */
export function buildServices(form: ServicesForm): ServicesResult {
  const errors: ErrorItem[] = [];
  const fields: Record<string, unknown> = {};
  for (const { field } of UNIVERSAL_SERVICES) {
    const contact = form.universal[field];
    if (isBlank(contact)) {
      fields[field] = null;
      continue;
    }
    const parsed = serviceContactSchema.safeParse(trimmed(contact));
    if (parsed.success) fields[field] = parsed.data;
    else
      for (const issue of parsed.error.issues)
        errors.push({ href: `${field}-${String(issue.path[0])}`, message: issue.message });
  }
  const others: unknown[] = [];
  form.others.forEach((row, index) => {
    if (isBlank(row)) return;
    const parsed = otherServiceSchema.safeParse({ ...trimmed(row), service: row.service.trim() });
    if (parsed.success) others.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        errors.push({
          href: `otherServices-${index}-${String(issue.path[0])}`,
          message: issue.path[0] === 'service' ? `Enter the name of service ${index + 1}` : issue.message,
        });
  });
  fields['otherServices'] = others.length > 0 ? others : null;
  return errors.length > 0 ? { ok: false, errors } : { ok: true, fields };
}

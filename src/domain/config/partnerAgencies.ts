import { z } from 'zod';
import { agencyTypeSchema } from '../records/directory';

/**
 * The partner agencies a family can consent to share with, one line each as on the Birmingham
 * consent form (seed 004) and the Calderdale agencies-contacted tool (seed 002, appendix 3).
 * `key` is a stable slug used to seed the agency directory; consent records refer to agency
 * record ids, not to these keys.
 */
export const partnerAgencySchema = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z]*$/, 'Agency keys are camelCase'),
  name: z.string().min(1),
  type: agencyTypeSchema,
  /** Plain-English description shown to families on the consent screen. */
  plainDescription: z.string().min(1),
});
export type PartnerAgency = z.infer<typeof partnerAgencySchema>;

export const partnerAgencyListSchema = z
  .array(partnerAgencySchema)
  .min(1)
  .superRefine((list, ctx) => {
    const keys = new Set<string>();
    list.forEach((agency, index) => {
      if (keys.has(agency.key))
        ctx.addIssue({ code: 'custom', path: [index, 'key'], message: `Agency key ${agency.key} is used twice` });
      keys.add(agency.key);
    });
  });

export const DEFAULT_PARTNER_AGENCIES: readonly PartnerAgency[] = partnerAgencyListSchema.parse([
  {
    key: 'health',
    name: 'Health',
    type: 'health',
    plainDescription: 'Health visitors, school nurses, GPs and hospitals',
  },
  {
    key: 'camhs',
    name: 'Child and Adolescent Mental Health Services (CAMHS)',
    type: 'camhs',
    plainDescription: 'People who help children and young people with their feelings and mental health',
  },
  { key: 'school', name: 'School', type: 'school', plainDescription: 'Your child’s school or college' },
  {
    key: 'earlyYears',
    name: 'Early years and nursery',
    type: 'earlyYears',
    plainDescription: 'Nurseries, pre-schools and childminders',
  },
  {
    key: 'childrensCentre',
    name: 'Children’s centre',
    type: 'childrensCentre',
    plainDescription: 'Your local children’s centre or family hub',
  },
  {
    key: 'housing',
    name: 'Housing',
    type: 'housing',
    plainDescription: 'The council’s housing team and housing associations',
  },
  { key: 'police', name: 'Police', type: 'police', plainDescription: 'The police, including neighbourhood officers' },
  {
    key: 'voluntary',
    name: 'Voluntary sector',
    type: 'voluntary',
    plainDescription: 'Charities and community groups that support families',
  },
  {
    key: 'adultServices',
    name: 'Adult services',
    type: 'adultServices',
    plainDescription: 'Services that support adults, such as adult mental health or drug and alcohol services',
  },
  {
    key: 'youthOffending',
    name: 'Youth offending service',
    type: 'youthOffending',
    plainDescription: 'The team that works with young people who have got into trouble with the law',
  },
  {
    key: 'childrensSocialCare',
    name: 'Children’s social care',
    type: 'childrensSocialCare',
    plainDescription: 'The council’s social workers for children and families',
  },
]);

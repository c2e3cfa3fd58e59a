import { z } from 'zod';

/** Who did what to a case, append-only. Holds no personal data beyond ids. */
export const auditEventSchema = z.object({
  action: z.string().min(1).max(100),
  subjectKind: z.string().max(50).optional(),
  subjectId: z.string().optional(),
  at: z.iso.datetime({ offset: true }),
  detail: z.string().max(1000).optional(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

import type { z } from 'zod';

/** The messages a schema gives, keyed by field path, as the GOV.UK error summary will list them. */
export function messagesOf(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const messages: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    messages[path] ??= issue.message;
  }
  return messages;
}

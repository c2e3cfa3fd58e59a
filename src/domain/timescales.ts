/** Calderdale requires the assessment within 4 weeks of the enquiry (caf-domain.md, Timescales). */
export const ASSESSMENT_DUE_DAYS = 28;

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y as number, (m as number) - 1, (d as number) + days));
  return date.toISOString().slice(0, 10);
}

export function assessmentDueDate(enquiryDate: string): string {
  return addDays(enquiryDate, ASSESSMENT_DUE_DAYS);
}

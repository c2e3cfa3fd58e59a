import { z } from 'zod';

/**
 * Which end of a scale is worse. Stored with every score, so reports never mix a scale where 5 is
 * the most concern with one where 5 is the least.
 */
export const scaleDirectionSchema = z.enum(['higherIsMoreConcern', 'higherIsLessConcern']);
export type ScaleDirection = z.infer<typeof scaleDirectionSchema>;

export const pciScaleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    min: z.number().int(),
    max: z.number().int(),
    direction: scaleDirectionSchema,
    /** One entry per point, lowest first: the label practitioners see and the words families see. */
    points: z.array(z.object({ value: z.number().int(), label: z.string().min(1), plainLabel: z.string().min(1) })),
  })
  .superRefine((scale, ctx) => {
    if (scale.max <= scale.min)
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'The top of the scale must be above the bottom' });
    const expected = Array.from({ length: Math.max(0, scale.max - scale.min + 1) }, (_, i) => scale.min + i);
    const values = scale.points.map((point) => point.value);
    if (values.length !== expected.length || values.some((value, i) => value !== expected[i]))
      ctx.addIssue({ code: 'custom', path: ['points'], message: 'Give one label for every point, lowest first' });
  });
export type PciScale = z.infer<typeof pciScaleSchema>;

/** Barnet's Parent, Child Indicators (seed 001): 1 = least concern, 5 = most concern. */
export const DEFAULT_PCI_SCALE: PciScale = pciScaleSchema.parse({
  id: 'pci-1-5',
  name: 'Parent and Child Indicators (1 to 5)',
  min: 1,
  max: 5,
  direction: 'higherIsMoreConcern',
  points: [
    { value: 1, label: 'No concern', plainLabel: 'Not worried' },
    { value: 2, label: 'A little concern', plainLabel: 'A little worried' },
    { value: 3, label: 'Some concern', plainLabel: 'Quite worried' },
    { value: 4, label: 'A lot of concern', plainLabel: 'Very worried' },
    { value: 5, label: 'Most concern', plainLabel: 'Extremely worried' },
  ],
});

export const PCI_SCALES: readonly PciScale[] = [DEFAULT_PCI_SCALE];

export function findPciScale(scaleId: string, scales: readonly PciScale[] = PCI_SCALES): PciScale | undefined {
  return scales.find((scale) => scale.id === scaleId);
}

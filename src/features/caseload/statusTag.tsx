import type { EpisodeStatus } from '../../domain/records/episode';
import { Tag, type TagColour } from '../../ui/Tag';

const LABEL: Record<EpisodeStatus, [string, TagColour]> = {
  enquiry: ['Enquiry', 'grey'],
  preAssessment: ['Pre-assessment', 'light-blue'],
  assessment: ['Assessment', 'blue'],
  plan: ['Plan', 'turquoise'],
  review: ['Review', 'purple'],
  closed: ['Closed', 'green'],
};

export function EpisodeStatusTag({ status }: { status: EpisodeStatus }) {
  const [text, colour] = LABEL[status] ?? ['Unknown', 'grey'];
  return <Tag colour={colour}>{text}</Tag>;
}

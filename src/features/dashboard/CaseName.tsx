import { Link } from 'react-router';
import { useRecord } from '../../db';
import { childDisplayName } from '../caseload/childName';

/** A case's link, named by its first child (and "and others" for a family CAF), read when the row shows. */
export function CaseName({ childIds, to }: { childIds: readonly string[]; to: string }) {
  const child = useRecord('child', childIds[0]);
  const name = child ? childDisplayName(child) : child === null ? 'Case without a named child' : 'Loading name…';
  const others = childIds.length - 1;
  return (
    <Link className="govuk-link" to={to}>
      {name}
      {others > 0 && child ? ` and ${others === 1 ? '1 other child' : `${others} other children`}` : ''}
    </Link>
  );
}

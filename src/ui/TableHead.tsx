/** A GOV.UK table's header row: one column heading per entry, in order. */
export function TableHead({ headings }: { headings: readonly React.ReactNode[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {headings.map((heading, index) => (
          // Headings are fixed for a table, so their position is their identity.
          <th scope="col" className="govuk-table__header" key={index}>
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}

// The validation report in plain words, each problem a button that selects the step it is about.
export function ProblemsPanel({ issues, checking, onSelect }) {
  return (
    <section aria-labelledby="ehd-problems-heading">
      <h2 id="ehd-problems-heading" className="ehd-heading">Problems</h2>
      <p role="status" className="ehd-hint">
        {checking ? 'Checking…' : issues.length === 0 ? 'No problems: this workflow can be published.' : `${issues.length} problem(s) to fix before publishing.`}
      </p>
      <ul className="ehd-problems">
        {issues.map((issue, i) => (
          <li key={i}>
            {issue.activityId ? (
              <button type="button" className="ehd-link" onClick={() => onSelect(issue.activityId)}>{issue.activityId}{issue.input ? `, ${issue.input}` : ''}</button>
            ) : null}
            {issue.activityId ? ': ' : ''}{issue.message} <span className="ehd-code">({issue.code})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

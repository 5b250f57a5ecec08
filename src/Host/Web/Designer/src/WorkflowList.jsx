// The designer's first page: every workflow, to open one.
import { useEffect, useState } from 'react';
import { api } from './api.js';

export function WorkflowList() {
  const [workflows, setWorkflows] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    api.workflows().then(setWorkflows, (e) => setError(e.message));
  }, []);
  if (error) {
    return <p className="ehd-error" role="alert">The workflows could not be listed: {error}</p>;
  }
  if (!workflows) {
    return <p role="status">Loading the workflows…</p>;
  }
  return (
    <table className="ehd-table">
      <caption>Workflows</caption>
      <thead><tr><th scope="col">Workflow</th><th scope="col">Published version</th><th scope="col">Draft</th></tr></thead>
      <tbody>
        {workflows.map((w) => (
          <tr key={w.id}>
            <td><a href={`admin/designer/${encodeURIComponent(w.id)}`}>{w.name}</a> <span className="ehd-code">({w.id})</span></td>
            <td>{w.published ?? 'none'}</td>
            <td>{w.draft ? `version ${w.draft}` : 'none'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

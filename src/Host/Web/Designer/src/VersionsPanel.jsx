// Version history: every version with its status and dates, each exportable, and what changed between two.
import { useEffect, useState } from 'react';
import { api } from './api.js';

const when = (text) => (text ? new Date(text).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '');

export function VersionsPanel({ workflowId, summary }) {
  const versions = summary?.versions ?? [];
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [diff, setDiff] = useState(null);
  const [error, setError] = useState(null);

  // Offer the newest two versions, again whenever one is added (a publish), not on every change of the list.
  useEffect(() => {
    if (versions.length >= 2) {
      setFrom(String(versions[versions.length - 2].version));
      setTo(String(versions[versions.length - 1].version));
    }
  }, [versions.length]);

  const compare = async () => {
    setError(null);
    try {
      setDiff(await api.diff(workflowId, from, to));
    } catch (e) {
      setDiff(null);
      setError(e.messages.join(' '));
    }
  };

  return (
    <section aria-labelledby="ehd-versions-heading">
      <h2 id="ehd-versions-heading" className="ehd-heading">Version history</h2>
      <table className="ehd-table">
        <caption className="ehd-visually-hidden">Versions of this workflow</caption>
        <thead><tr><th scope="col">Version</th><th scope="col">Status</th><th scope="col">Created</th><th scope="col">Published</th><th scope="col">File</th></tr></thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <td>{v.version}</td>
              <td>{v.status}{summary.published === v.version ? ' (new cases start on it)' : ''}</td>
              <td>{when(v.createdAt)}</td>
              <td>{when(v.publishedAt)}</td>
              <td><a href={api.exportAddress(workflowId, v.version)} download>Export version {v.version}</a></td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.length >= 2 && (
        <div className="ehd-inline">
          <label htmlFor="ehd-diff-from">Compare version</label>
          <select id="ehd-diff-from" value={from} onChange={(e) => setFrom(e.target.value)}>
            {versions.map((v) => <option key={v.version} value={v.version}>{v.version}</option>)}
          </select>
          <label htmlFor="ehd-diff-to">with version</label>
          <select id="ehd-diff-to" value={to} onChange={(e) => setTo(e.target.value)}>
            {versions.map((v) => <option key={v.version} value={v.version}>{v.version}</option>)}
          </select>
          <button type="button" className="ehd-button" onClick={compare}>Show what changed</button>
        </div>
      )}
      {error && <p className="ehd-error" role="alert">{error}</p>}
      {diff && (
        <div className="ehd-diff" aria-live="polite">
          <p>
            {diff.isEmpty ? 'The two versions are the same.'
              : diff.changesBehaviour ? `Version ${diff.to} runs differently from version ${diff.from}.`
                : `Version ${diff.to} only looks different (names, descriptions or layout).`}
          </p>
          <pre>{diff.text}</pre>
        </div>
      )}
    </section>
  );
}

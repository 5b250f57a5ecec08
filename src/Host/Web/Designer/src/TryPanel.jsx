// "Try it": runs the definition as it is now (saved or not) against a scenario with a fake clock, on the
// server, storing nothing, and shows the trace.
import { useState } from 'react';
import { api } from './api.js';

const Example = `{
  "start": "2026-04-01T09:00:00Z",
  "case": { "childrenBornOn": ["2019-06-01"], "levelOfNeed": "complex", "urgency": "standard", "referrerAgency": "school" },
  "steps": [],
  "until": "2026-04-30T17:00:00Z"
}`;

const time = (text) => new Date(text).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/London' });

export function TryPanel({ workflowId, definitionForServer }) {
  const [scenario, setScenario] = useState(Example);
  const [result, setResult] = useState(null);
  const [errors, setErrors] = useState([]);
  const [running, setRunning] = useState(false);

  const run = async () => {
    setErrors([]);
    let parsed;
    try {
      parsed = JSON.parse(scenario);
    } catch (e) {
      setErrors([`The scenario is not valid JSON yet: ${e.message}`]);
      return;
    }
    setRunning(true);
    try {
      setResult(await api.tryIt(workflowId, definitionForServer(), parsed));
    } catch (e) {
      setResult(null);
      setErrors(e.messages);
    } finally {
      setRunning(false);
    }
  };

  return (
    <section aria-labelledby="ehd-try-heading">
      <h2 id="ehd-try-heading" className="ehd-heading">Try it</h2>
      <p className="ehd-hint" id="ehd-scenario-hint">
        A scenario says when the run starts, the case it opens, and what happens in order: events, tasks completed, the clock moving on.
        The run uses a pretend clock and stores nothing.
      </p>
      <label htmlFor="ehd-scenario">Scenario (JSON)</label>
      <textarea id="ehd-scenario" aria-describedby="ehd-scenario-hint" rows={8} spellCheck={false} value={scenario} onChange={(e) => setScenario(e.target.value)} />
      <div><button type="button" className="ehd-button ehd-primary" onClick={run} disabled={running}>{running ? 'Running…' : 'Run the scenario'}</button></div>
      {errors.length > 0 && <ul className="ehd-error" role="alert">{errors.map((m, i) => <li key={i}>{m}</li>)}</ul>}
      {result && (
        <div aria-live="polite">
          <p role="status">
            The instance ended {result.instanceStatus}{result.caseState ? `; the case is at ${result.caseState}` : ''};
            {' '}{result.openTasks.length} open task(s), {result.pendingTimers.length} pending timer(s).
          </p>
          <table className="ehd-table ehd-trace">
            <caption>Trace</caption>
            <thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col">Step</th><th scope="col">Detail</th></tr></thead>
            <tbody>
              {result.trace.map((t, i) => (
                <tr key={i}><td>{time(t.at)}</td><td>{t.kind}</td><td>{t.activityId ?? ''}</td><td>{t.detail}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

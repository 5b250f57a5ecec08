// The selected step's properties: its name and id, each input of its type, and where each of its ways out
// leads, with a form to connect a way out to another step (the keyboard's way to draw a connection).
import { useEffect, useState } from 'react';
import { connectionKey } from './model.js';
import { InputField } from './InputField.jsx';
import { validId } from './inputs.js';

export function PropertyPanel({ definition, activity, descriptor, ports, issues, readOnly, onRename, onDisplayName, onInput, onConnect, onDisconnect, onRemove, onSelect }) {
  const [newId, setNewId] = useState(activity?.id ?? '');
  useEffect(() => setNewId(activity?.id ?? ''), [activity?.id]);

  const choose = (
    <div className="ehd-field">
      <label htmlFor="ehd-choose">Step</label>
      <select id="ehd-choose" value={activity?.id ?? ''} onChange={(e) => onSelect(e.target.value || null)}>
        <option value="">(choose a step)</option>
        {definition.activities.map((a) => <option key={a.id} value={a.id}>{a.displayName || a.id}</option>)}
      </select>
    </div>
  );

  if (!activity) {
    return (
      <section className="ehd-panel" aria-labelledby="ehd-panel-heading">
        <h2 id="ehd-panel-heading" className="ehd-heading">Properties</h2>
        {choose}
        <p className="ehd-hint">Select a step on the canvas, or choose one here, to see and change its properties.</p>
      </section>
    );
  }

  const activityIssues = issues.filter((i) => i.activityId === activity.id);
  const general = activityIssues.filter((i) => !i.input);
  const idError = newId !== activity.id && !validId(newId)
    ? 'An id is letters and digits in kebab-case or camelCase, without spaces, such as "phone-the-referrer".'
    : newId !== activity.id && definition.activities.some((a) => a.id === newId) ? 'Another step has this id already.' : null;
  const outgoing = (definition.connections || []).filter((c) => c.from === activity.id);
  const targets = definition.activities.filter((a) => a.id !== activity.id && a.type !== 'flow/start');

  return (
    <section className="ehd-panel" aria-labelledby="ehd-panel-heading">
      <h2 id="ehd-panel-heading" className="ehd-heading">Properties of “{activity.displayName || activity.id}”</h2>
      {choose}
      <p className="ehd-hint">{descriptor ? `${descriptor.displayName}: ${descriptor.description}` : `Unknown step type ${activity.type}.`}</p>
      {general.length > 0 && (
        <ul className="ehd-error" aria-label="Problems with this step">{general.map((i, n) => <li key={n}>{i.message}</li>)}</ul>
      )}
      <fieldset disabled={readOnly} className="ehd-fieldset">
        <div className="ehd-field">
          <label htmlFor="ehd-display-name">Name shown</label>
          <input id="ehd-display-name" type="text" value={activity.displayName ?? ''} onChange={(e) => onDisplayName(e.target.value)} />
        </div>
        <div className={`ehd-field${idError ? ' has-error' : ''}`}>
          <label htmlFor="ehd-id">Id</label>
          <p id="ehd-id-hint" className="ehd-hint">Used by connections and traces. Press Enter to rename.</p>
          {idError && <p id="ehd-id-error" className="ehd-error">{idError}</p>}
          <input
            id="ehd-id"
            type="text"
            value={newId}
            aria-describedby={idError ? 'ehd-id-hint ehd-id-error' : 'ehd-id-hint'}
            aria-invalid={idError ? 'true' : undefined}
            onChange={(e) => setNewId(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !idError && newId !== activity.id) {
                onRename(newId);
              }
            }}
            onBlur={() => {
              if (!idError && newId !== activity.id) {
                onRename(newId);
              }
            }}
          />
        </div>
        {descriptor?.inputs.map((input) => (
          <InputField
            key={`${activity.id}/${input.name}`}
            activityId={activity.id}
            input={input}
            value={activity.inputs?.[input.name]}
            variables={definition.variables || []}
            serverMessages={activityIssues.filter((i) => i.input === input.name).map((i) => i.message)}
            onChange={(value) => onInput(input.name, value)}
          />
        ))}
        <h3 className="ehd-subheading">Where each way out leads</h3>
        {ports.length === 0 && <p className="ehd-hint">This step has no way out: the branch ends here.</p>}
        {ports.map((port) => (
          <PortConnections
            key={port}
            port={port}
            connections={outgoing.filter((c) => c.port === port)}
            targets={targets}
            onConnect={(to) => onConnect({ from: activity.id, port, to })}
            onDisconnect={onDisconnect}
            nameOf={(id) => definition.activities.find((a) => a.id === id)?.displayName || id}
          />
        ))}
        <button type="button" className="ehd-button ehd-danger" onClick={onRemove}>Remove this step</button>
      </fieldset>
    </section>
  );
}

function PortConnections({ port, connections, targets, onConnect, onDisconnect, nameOf }) {
  const [to, setTo] = useState('');
  const selectId = `ehd-connect-${port}`;
  return (
    <div className="ehd-port">
      <p className="ehd-port-name">Way out “{port}”</p>
      {connections.length === 0 ? <p className="ehd-hint">Not connected: the branch ends here.</p> : (
        <ul className="ehd-connections">
          {connections.map((c) => (
            <li key={connectionKey(c)}>
              goes to {nameOf(c.to)}{' '}
              <button type="button" className="ehd-link" onClick={() => onDisconnect(connectionKey(c))} aria-label={`Remove the connection from ${port} to ${nameOf(c.to)}`}>remove</button>
            </li>
          ))}
        </ul>
      )}
      <div className="ehd-inline">
        <label htmlFor={selectId}>Connect “{port}” to</label>
        <select id={selectId} value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">(choose a step)</option>
          {targets.map((a) => <option key={a.id} value={a.id}>{a.displayName || a.id}</option>)}
        </select>
        <button type="button" className="ehd-button" disabled={!to} onClick={() => { onConnect(to); setTo(''); }}>Connect</button>
      </div>
    </div>
  );
}

// The designer for one workflow: toolbar, toolbox, canvas, property panel, and the problems, version history
// and "try it" panels. The definition being edited is the one document; every edit is a step of undo/redo.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { api } from './api.js';
import { useHistory } from './history.js';
import { autoLayout, NodeWidth } from './layout.js';
import { addActivity, addConnection, moveActivity, portsOf, removeActivity, removeConnection, renameActivity, toJson, updateActivity } from './model.js';
import { Canvas } from './Canvas.jsx';
import { Toolbox } from './Toolbox.jsx';
import { PropertyPanel } from './PropertyPanel.jsx';
import { ProblemsPanel } from './ProblemsPanel.jsx';
import { VersionsPanel } from './VersionsPanel.jsx';
import { TryPanel } from './TryPanel.jsx';

const Empty = { id: '', name: '', version: 1, status: 'draft', activities: [], connections: [], layout: {} };
const typing = (target) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function Designer({ workflowId, onReady }) {
  const history = useHistory(Empty);
  const { definition, commit, amend, reset, undo, redo } = history;
  const [descriptorList, setDescriptorList] = useState([]);
  const [summary, setSummary] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const [loaded, setLoaded] = useState(false);
  const [selectedId, setSelectedId] = useState(null);
  const [issues, setIssues] = useState([]);
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState([]);
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState('problems');
  const saved = useRef(Empty);
  const flowRef = useRef(null);
  const fileRef = useRef(null);

  const descriptors = useMemo(() => Object.fromEntries(descriptorList.map((d) => [d.type, d])), [descriptorList]);
  const portsFor = useCallback((activity) => portsOf(descriptors[activity.type], activity), [descriptors]);
  const dirty = definition !== saved.current;

  const open = useCallback(async (version) => {
    const summaries = await api.workflows();
    const found = summaries.find((s) => s.id === workflowId);
    if (!found) {
      throw new Error(`There is no workflow with the id “${workflowId}”.`);
    }
    const chosen = version ?? found.draft ?? found.published ?? found.versions[found.versions.length - 1].version;
    const read = await api.version(workflowId, chosen);
    setSummary(found);
    return read;
  }, [workflowId]);

  // Opening: the toolbox and the draft (or the newest published version), laid out if it has no layout.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const [list, read] = await Promise.all([api.activities(), open()]);
        if (cancelled) {
          return;
        }
        performance.mark('designer-data');
        const types = Object.fromEntries(list.map((d) => [d.type, d]));
        const laidOut = read.activities.every((a) => read.layout?.[a.id])
          ? read
          : autoLayout(read, (a) => portsOf(types[a.type], a).length);
        setDescriptorList(list);
        saved.current = laidOut;
        reset(laidOut);
        setLoaded(true);
      } catch (e) {
        if (!cancelled) {
          setLoadError(e.messages ? e.messages.join(' ') : e.message);
        }
      }
    })();
    return () => { cancelled = true; };
  }, [open, reset]);

  // Validation as you type: the server's report, a moment after the last change.
  useEffect(() => {
    if (!loaded) {
      return undefined;
    }
    let current = true;
    setChecking(true);
    const timer = setTimeout(async () => {
      try {
        const report = await api.validate(toJson(definition));
        if (current) {
          setIssues(report.issues);
        }
      } catch (e) {
        if (current) {
          setIssues([{ code: 'not-checked', message: `The check could not run: ${e.message}` }]);
        }
      } finally {
        if (current) {
          setChecking(false);
        }
      }
    }, 500);
    return () => { current = false; clearTimeout(timer); };
  }, [definition, loaded]);

  const announce = (text) => { setFailure([]); setMessage(text); };
  const fail = (e) => { setMessage(''); setFailure(e.messages ?? [e.message]); };

  const add = useCallback((descriptor, position) => {
    let where = position;
    if (!where) {
      const beside = selectedId && definition.layout?.[selectedId];
      const canvas = document.querySelector('.ehd-canvas')?.getBoundingClientRect();
      const middle = canvas && flowRef.current?.screenToFlowPosition({ x: canvas.left + canvas.width / 2 - 100, y: canvas.top + canvas.height / 2 - 36 });
      where = beside ? { x: beside.x + NodeWidth + 60, y: beside.y } : middle ?? { x: 0, y: 0 };
    }
    const result = addActivity(definition, descriptor, { x: Math.round(where.x), y: Math.round(where.y) });
    commit(result.definition);
    setSelectedId(result.id);
    announce(`Added the step “${descriptor.displayName}” (${result.id}). Its properties are in the panel on the right.`);
    if (!position) {
      // Added from the keyboard: bring the new step into view and put the focus on its first property.
      const flow = flowRef.current;
      flow?.setCenter(where.x + NodeWidth / 2, where.y + 40, { zoom: Math.max(flow.getZoom(), 0.6), duration: 200 });
      requestAnimationFrame(() => document.getElementById('ehd-display-name')?.focus());
    }
  }, [commit, definition, selectedId]);

  const selected = definition.activities.find((a) => a.id === selectedId) ?? null;
  const forServer = useCallback(() => toJson(definition), [definition]);

  const save = async () => {
    setBusy(true);
    try {
      const answer = await api.saveDraft(workflowId, toJson(definition));
      const next = { ...definition, version: answer.version, status: 'draft' };
      amend(next);
      saved.current = next;
      setSummary((await api.workflows()).find((s) => s.id === workflowId) ?? null);
      announce(`Draft version ${answer.version} is saved.${answer.valid ? ' It has no problems and can be published.' : ` It has ${answer.issues.length} problem(s) to fix before publishing.`}`);
      return answer;
    } catch (e) {
      fail(e);
      return null;
    } finally {
      setBusy(false);
    }
  };

  const publish = async () => {
    if (!dirty && definition.status === 'published') {
      announce(`Version ${definition.version} is already published. Change something to start the next version.`);
      return;
    }
    if (dirty && !(await save())) {
      return;
    }
    setBusy(true);
    try {
      const answer = await api.publish(workflowId);
      const next = { ...definition, version: answer.version, status: 'published' };
      amend(next);
      saved.current = next;
      setSummary((await api.workflows()).find((s) => s.id === workflowId) ?? null);
      announce(`Version ${answer.version} is published. New cases start on it; cases already running stay on the version they started on.`);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const validateNow = async () => {
    try {
      const report = await api.validate(toJson(definition));
      setIssues(report.issues);
      setTab('problems');
      announce(report.valid ? 'No problems: this workflow can be published.' : `${report.issues.length} problem(s) to fix before publishing.`);
    } catch (e) {
      fail(e);
    }
  };

  const exportJson = () => {
    const blob = new Blob([JSON.stringify(toJson(definition), null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${definition.id}.v${definition.version}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const importJson = async (file) => {
    try {
      const answer = await api.importFile(await file.text());
      if (answer.id !== workflowId) {
        window.location.assign(`/admin/designer/${encodeURIComponent(answer.id)}`);
        return;
      }
      const read = await open(answer.version);
      saved.current = read;
      reset(read);
      announce(`Imported as draft version ${answer.version}.`);
    } catch (e) {
      fail(e);
    } finally {
      if (fileRef.current) {
        fileRef.current.value = '';
      }
    }
  };

  const layout = () => {
    commit(autoLayout(definition, (a) => portsFor(a).length));
    requestAnimationFrame(() => flowRef.current?.fitView());
    announce('The steps are laid out again, left to right.');
  };

  // Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) anywhere on the page, except while typing, where they undo the typing.
  useEffect(() => {
    const onKeyDown = (event) => {
      if (typing(event.target) || !(event.ctrlKey || event.metaKey)) {
        return;
      }
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault();
        redo();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);

  if (loadError) {
    return <div className="ehd-root"><p className="ehd-error" role="alert">The designer could not open this workflow: {loadError}</p></div>;
  }

  return (
    <div className="ehd-root">
      <div className="ehd-toolbar" role="toolbar" aria-label="Workflow">
        <p className="ehd-title">
          <strong>{definition.name || workflowId}</strong>{' '}
          <span>version {definition.version}, {definition.status}{dirty ? ', changed since saved' : ''}</span>
        </p>
        <button type="button" className="ehd-button" onClick={undo} disabled={!history.canUndo} aria-keyshortcuts="Control+Z">Undo</button>
        <button type="button" className="ehd-button" onClick={redo} disabled={!history.canRedo} aria-keyshortcuts="Control+Y">Redo</button>
        <button type="button" className="ehd-button" onClick={layout} disabled={!loaded}>Lay out</button>
        <button type="button" className="ehd-button" onClick={validateNow} disabled={!loaded}>Check for problems</button>
        <button type="button" className="ehd-button" onClick={save} disabled={!loaded || busy || !dirty}>Save draft</button>
        <button type="button" className="ehd-button ehd-primary" onClick={publish} disabled={!loaded || busy}>Publish</button>
        <button type="button" className="ehd-button" onClick={exportJson} disabled={!loaded}>Export JSON</button>
        <label className="ehd-button ehd-file">
          Import JSON
          <input ref={fileRef} type="file" accept="application/json,.json" onChange={(e) => e.target.files?.[0] && importJson(e.target.files[0])} />
        </label>
      </div>
      {definition.status === 'published' && !dirty && loaded && (
        <p className="ehd-note">You are looking at published version {definition.version}, which never changes. Your changes are saved as draft version {(summary?.versions.at(-1)?.version ?? definition.version) + 1}.</p>
      )}
      <div role="status" aria-live="polite" className="ehd-message">{message}</div>
      {failure.length > 0 && <ul className="ehd-error ehd-failure" role="alert">{failure.map((m, i) => <li key={i}>{m}</li>)}</ul>}
      <div className="ehd-workspace">
        <Toolbox descriptors={descriptorList} onAdd={(d) => add(d)} disabled={!loaded} />
        <ReactFlowProvider>
          <Canvas
            loaded={loaded}
            definition={definition}
            descriptors={descriptors}
            portsFor={portsFor}
            issues={issues}
            selectedId={selectedId}
            flowRef={flowRef}
            onReady={onReady}
            onSelect={setSelectedId}
            onMoveStart={() => commit((d) => ({ ...d }))}
            onMove={(id, position, dragging) => (dragging ? amend : commit)((d) => moveActivity(d, id, position))}
            onConnect={(c) => commit((d) => addConnection(d, c))}
            onRemoveActivities={(ids) => { commit((d) => ids.reduce(removeActivity, d)); setSelectedId(null); }}
            onRemoveConnections={(keys) => commit((d) => keys.reduce(removeConnection, d))}
            onDropType={(type, position) => descriptors[type] && add(descriptors[type], position)}
          />
        </ReactFlowProvider>
        <PropertyPanel
          definition={definition}
          activity={selected}
          descriptor={selected ? descriptors[selected.type] : null}
          ports={selected ? portsFor(selected) : []}
          issues={issues}
          readOnly={!loaded}
          onSelect={setSelectedId}
          onRename={(to) => { commit((d) => renameActivity(d, selected.id, to)); setSelectedId(to); }}
          onDisplayName={(name) => commit((d) => updateActivity(d, selected.id, (a) => ({ ...a, displayName: name })))}
          onInput={(name, value) => commit((d) => updateActivity(d, selected.id, (a) => ({ ...a, inputs: { ...(a.inputs || {}), [name]: value } })))}
          onConnect={(c) => commit((d) => addConnection(d, c))}
          onDisconnect={(key) => commit((d) => removeConnection(d, key))}
          onRemove={() => { commit((d) => removeActivity(d, selected.id)); setSelectedId(null); announce('The step is removed. Undo brings it back.'); }}
        />
      </div>
      <div className="ehd-tabs" role="group" aria-label="More">
        {[['problems', `Problems (${issues.length})`], ['versions', 'Version history'], ['try', 'Try it']].map(([key, label]) => (
          <button key={key} type="button" className="ehd-tab" aria-pressed={tab === key} onClick={() => setTab(key)}>{label}</button>
        ))}
      </div>
      <div className="ehd-lower">
        {tab === 'problems' && <ProblemsPanel issues={issues} checking={checking} onSelect={setSelectedId} />}
        {tab === 'versions' && <VersionsPanel workflowId={workflowId} summary={summary} />}
        {tab === 'try' && <TryPanel workflowId={workflowId} definitionForServer={forServer} />}
      </div>
    </div>
  );
}

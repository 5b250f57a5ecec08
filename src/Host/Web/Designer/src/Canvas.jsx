// The canvas: the definition drawn with @xyflow/react. Steps are dragged, connected port to port, selected,
// deleted (Delete key) and moved with the arrow keys; every change goes back to the definition through the callbacks.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Background, Controls, MiniMap, ReactFlow, useNodesInitialized, useReactFlow } from '@xyflow/react';
import { ActivityNode } from './ActivityNode.jsx';
import { DragType } from './Toolbox.jsx';
import { connectionKey } from './model.js';

const nodeTypes = { activity: ActivityNode };

export function Canvas({ loaded, definition, descriptors, portsFor, issues, selectedId, onSelect, onMoveStart, onMove, onConnect, onRemoveActivities, onRemoveConnections, onDropType, onReady, flowRef }) {
  const [measured, setMeasured] = useState({});
  const [selectedEdge, setSelectedEdge] = useState(null);
  const flow = useReactFlow();
  const initialised = useNodesInitialized();
  const announced = useRef(false);

  useEffect(() => {
    flowRef.current = flow;
  }, [flow, flowRef]);

  useEffect(() => {
    if (loaded && !announced.current && (initialised || definition.activities.length === 0)) {
      announced.current = true;
      onReady();
    }
  }, [loaded, initialised, definition.activities.length, onReady]);

  const problemCounts = useMemo(() => {
    const counts = {};
    for (const issue of issues) {
      if (issue.activityId) {
        counts[issue.activityId] = (counts[issue.activityId] || 0) + 1;
      }
    }
    return counts;
  }, [issues]);

  // A node object is kept while nothing it shows has changed, so that after an edit (or a measurement) only the
  // changed steps are drawn again: with two hundred steps, redrawing them all is what makes a canvas slow.
  const kept = useRef(new Map());
  const nodes = useMemo(() => {
    const next = new Map();
    const list = definition.activities.map((a, index) => {
      const position = definition.layout?.[a.id] ?? { x: 40 + (index % 6) * 260, y: 40 + Math.floor(index / 6) * 140 };
      const shown = { activity: a, descriptor: descriptors[a.type], x: position.x, y: position.y, selected: a.id === selectedId, size: measured[a.id], problems: problemCounts[a.id] || 0 };
      const previous = kept.current.get(a.id);
      if (previous && Object.keys(shown).every((key) => previous.shown[key] === shown[key])) {
        next.set(a.id, previous);
        return previous.node;
      }
      const title = a.displayName || a.id;
      const typeName = shown.descriptor?.displayName ?? `Unknown type ${a.type}`;
      const node = {
        id: a.id,
        type: 'activity',
        position: { x: shown.x, y: shown.y },
        selected: shown.selected,
        measured: shown.size,
        ariaLabel: `${title}, ${typeName}${shown.problems > 0 ? `, ${shown.problems} problem(s)` : ''}`,
        data: { title, typeName, ports: portsFor(a), problems: shown.problems, isStart: a.type === 'flow/start' },
      };
      next.set(a.id, { shown, node });
      return node;
    });
    kept.current = next;
    return list;
  }, [definition, descriptors, portsFor, problemCounts, selectedId, measured]);

  const edges = useMemo(() => (definition.connections || []).map((c) => {
    const key = connectionKey(c);
    return {
      id: key,
      source: c.from,
      sourceHandle: c.port,
      target: c.to,
      targetHandle: 'in',
      selected: key === selectedEdge,
      ariaLabel: `Connection from ${c.from} by ${c.port} to ${c.to}`,
    };
  }), [definition.connections, selectedEdge]);

  const onNodesChange = useCallback((changes) => {
    const sizes = changes.filter((c) => c.type === 'dimensions' && c.dimensions);
    if (sizes.length > 0) {
      setMeasured((m) => {
        const next = { ...m };
        for (const c of sizes) {
          next[c.id] = c.dimensions;
        }
        return next;
      });
    }
    for (const c of changes) {
      if (c.type === 'position' && c.position) {
        onMove(c.id, c.position, c.dragging === true);
      }
    }
    const selections = changes.filter((c) => c.type === 'select');
    if (selections.length > 0) {
      const chosen = selections.find((c) => c.selected);
      if (chosen) {
        onSelect(chosen.id);
      } else if (selections.some((c) => c.id === selectedId)) {
        onSelect(null);
      }
    }
    const removed = changes.filter((c) => c.type === 'remove').map((c) => c.id);
    if (removed.length > 0) {
      onRemoveActivities(removed);
    }
  }, [onMove, onSelect, onRemoveActivities, selectedId]);

  const onEdgesChange = useCallback((changes) => {
    for (const c of changes) {
      if (c.type === 'select') {
        setSelectedEdge((s) => (c.selected ? c.id : s === c.id ? null : s));
      }
    }
    const removed = changes.filter((c) => c.type === 'remove').map((c) => c.id);
    if (removed.length > 0) {
      onRemoveConnections(removed);
    }
  }, [onRemoveConnections]);

  const onDrop = useCallback((event) => {
    const type = event.dataTransfer.getData(DragType);
    if (type) {
      event.preventDefault();
      onDropType(type, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    }
  }, [flow, onDropType]);

  return (
    <div className="ehd-canvas" onDrop={onDrop} onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onMoveStart}
        onConnect={(p) => onConnect({ from: p.source, port: p.sourceHandle, to: p.target })}
        onPaneClick={() => onSelect(null)}
        deleteKeyCode={['Delete', 'Backspace']}
        fitView
        fitViewOptions={{ minZoom: 0.35, maxZoom: 1 }}
        minZoom={0.1}
        ariaLabelConfig={{ 'node.a11yDescription.default': 'Press Enter or Space to select this step, then the arrow keys to move it, Delete to remove it.' }}
        proOptions={{ hideAttribution: false }}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable ariaLabel="Overview of the whole workflow" />
      </ReactFlow>
    </div>
  );
}

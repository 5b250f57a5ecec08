// One step on the canvas: its name, its type, its problems, an entry on the left and a labelled exit per port.
import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';

function ActivityNodeView({ data, selected }) {
  const { title, typeName, ports, problems, isStart } = data;
  return (
    <div className={`ehd-node${selected ? ' is-selected' : ''}${problems > 0 ? ' has-problems' : ''}`}>
      {!isStart && <Handle type="target" position={Position.Left} id="in" className="ehd-handle ehd-handle-in" aria-label="Way in" />}
      <div className="ehd-node-title">{title}</div>
      <div className="ehd-node-type">{typeName}</div>
      {problems > 0 && <div className="ehd-node-problems">{problems === 1 ? '1 problem' : `${problems} problems`}</div>}
      <ul className="ehd-node-ports">
        {ports.map((port) => (
          <li key={port} className="ehd-node-port">
            <span>{port}</span>
            <Handle type="source" position={Position.Right} id={port} className="ehd-handle ehd-handle-out" aria-label={`Way out: ${port}`} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export const ActivityNode = memo(ActivityNodeView);

// The definition (the workflows-json format) is the designer's one document: the canvas, the property panel and
// undo/redo all work on it, and it is what is saved, validated, exported and tried. Nothing else is kept.

/** The ports an activity leaves by: its type's fixed ports, then those its inputs name (a task's outcomes, a switch's cases). */
export function portsOf(descriptor, activity) {
  if (!descriptor) {
    return [];
  }
  const ports = descriptor.ports.map((p) => p.name);
  const input = descriptor.portsFromInput;
  if (input) {
    const given = activity.inputs && activity.inputs[input] != null ? activity.inputs[input] : descriptor.inputs.find((i) => i.name === input)?.default;
    if (Array.isArray(given)) {
      for (const item of given) {
        const name = typeof item === 'string' ? item : item && typeof item.port === 'string' ? item.port : null;
        if (name && name.trim() !== '' && !ports.includes(name)) {
          ports.push(name);
        }
      }
    }
  }
  return ports;
}

/** A new id for an activity of this type, unused in the definition: "human-task", "human-task-2", ... */
export function newActivityId(definition, type) {
  const base = type.split('/').pop().replace(/[^A-Za-z0-9-]/g, '-');
  const used = new Set(definition.activities.map((a) => a.id));
  if (!used.has(base)) {
    return base;
  }
  let n = 2;
  while (used.has(`${base}-${n}`)) {
    n += 1;
  }
  return `${base}-${n}`;
}

export function addActivity(definition, descriptor, position) {
  const id = newActivityId(definition, descriptor.type);
  const activity = { id, type: descriptor.type, typeVersion: descriptor.version, displayName: descriptor.displayName, inputs: {} };
  return {
    definition: {
      ...definition,
      activities: [...definition.activities, activity],
      layout: { ...(definition.layout || {}), [id]: position },
    },
    id,
  };
}

export function removeActivity(definition, id) {
  const layout = { ...(definition.layout || {}) };
  delete layout[id];
  return {
    ...definition,
    activities: definition.activities.filter((a) => a.id !== id),
    connections: (definition.connections || []).filter((c) => c.from !== id && c.to !== id),
    layout,
  };
}

export function updateActivity(definition, id, change) {
  return { ...definition, activities: definition.activities.map((a) => (a.id === id ? change(a) : a)) };
}

/** Renames an activity, and its connections and layout with it. */
export function renameActivity(definition, from, to) {
  const layout = {};
  for (const [key, value] of Object.entries(definition.layout || {})) {
    layout[key === from ? to : key] = value;
  }
  return {
    ...definition,
    activities: definition.activities.map((a) => (a.id === from ? { ...a, id: to } : a)),
    connections: (definition.connections || []).map((c) => ({ ...c, from: c.from === from ? to : c.from, to: c.to === from ? to : c.to })),
    layout,
  };
}

export const connectionKey = (c) => `${c.from}\u2192${c.port}\u2192${c.to}`;

export function addConnection(definition, connection) {
  const connections = definition.connections || [];
  if (connections.some((c) => connectionKey(c) === connectionKey(connection))) {
    return definition;
  }
  return { ...definition, connections: [...connections, connection] };
}

export function removeConnection(definition, key) {
  return { ...definition, connections: (definition.connections || []).filter((c) => connectionKey(c) !== key) };
}

export function moveActivity(definition, id, position) {
  return { ...definition, layout: { ...(definition.layout || {}), [id]: { x: Math.round(position.x), y: Math.round(position.y) } } };
}

/** What is sent to the server: the definition as edited, with inputs left empty dropped (an empty input counts as not given). */
export function toJson(definition) {
  return {
    ...definition,
    activities: definition.activities.map((a) => {
      const inputs = {};
      for (const [name, value] of Object.entries(a.inputs || {})) {
        if (value !== undefined && value !== null && value !== '') {
          inputs[name] = value;
        }
      }
      const copy = { ...a, inputs };
      if (!copy.displayName) {
        delete copy.displayName;
      }
      return copy;
    }),
  };
}

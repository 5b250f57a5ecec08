// Automatic layout: dagre's layered drawing, left to right in the direction tokens move.
import dagre from '@dagrejs/dagre';

export const NodeWidth = 210;
export const NodeHeight = 72;

export function autoLayout(definition, portCount) {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 28, ranksep: 70, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const activity of definition.activities) {
    graph.setNode(activity.id, { width: NodeWidth, height: NodeHeight + 18 * Math.max(0, portCount(activity) - 2) });
  }
  for (const connection of definition.connections || []) {
    if (graph.hasNode(connection.from) && graph.hasNode(connection.to)) {
      graph.setEdge(connection.from, connection.to);
    }
  }
  dagre.layout(graph);
  const layout = {};
  for (const activity of definition.activities) {
    const node = graph.node(activity.id);
    layout[activity.id] = { x: Math.round(node.x - node.width / 2), y: Math.round(node.y - node.height / 2) };
  }
  return { ...definition, layout };
}

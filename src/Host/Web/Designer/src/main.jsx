// Entry point, imported by the Blazor page Web/Pages/Admin/Designer.razor: mount(element, workflowId) draws the
// designer into the element, unmount(element) removes it when the page is left.
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './designer.css';
import { Designer } from './Designer.jsx';
import { WorkflowList } from './WorkflowList.jsx';

const roots = new WeakMap();

/** Marks the moment the canvas has drawn its steps: the load time the designer benchmark reads. */
function ready(element) {
  performance.mark('designer-ready');
  element.dataset.ready = 'yes';
}

export function mount(element, workflowId) {
  performance.mark('designer-mount');
  const root = createRoot(element);
  roots.set(element, root);
  root.render(workflowId ? <Designer workflowId={workflowId} onReady={() => ready(element)} /> : <WorkflowList />);
}

export function unmount(element) {
  roots.get(element)?.unmount();
  roots.delete(element);
}

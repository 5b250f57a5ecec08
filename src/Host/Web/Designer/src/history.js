// Undo and redo over whole definitions: each edit replaces the document, so a step back is the previous one.
import { useCallback, useState } from 'react';

const Limit = 200;

export function useHistory(initial) {
  const [state, setState] = useState({ past: [], present: initial, future: [] });

  /** A change that can be undone. */
  const commit = useCallback((change) => {
    setState((s) => {
      const next = typeof change === 'function' ? change(s.present) : change;
      if (next === s.present) {
        return s;
      }
      return { past: [...s.past.slice(-Limit + 1), s.present], present: next, future: [] };
    });
  }, []);

  /** A change folded into the last step (a drag in progress after its start was committed). */
  const amend = useCallback((change) => {
    setState((s) => ({ ...s, present: typeof change === 'function' ? change(s.present) : change }));
  }, []);

  /** A new document with no history (opened, imported, reloaded after publishing). */
  const reset = useCallback((document) => setState({ past: [], present: document, future: [] }), []);

  const undo = useCallback(() => {
    setState((s) => (s.past.length === 0 ? s : { past: s.past.slice(0, -1), present: s.past[s.past.length - 1], future: [s.present, ...s.future] }));
  }, []);

  const redo = useCallback(() => {
    setState((s) => (s.future.length === 0 ? s : { past: [...s.past, s.present], present: s.future[0], future: s.future.slice(1) }));
  }, []);

  return { definition: state.present, canUndo: state.past.length > 0, canRedo: state.future.length > 0, commit, amend, reset, undo, redo };
}

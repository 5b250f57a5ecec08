// One input of the selected step: the field for its kind, what it is for, and what is wrong with it now
// (the local check as it is typed, then the server's report).
import { useEffect, useRef, useState } from 'react';
import { Examples, editedAsJson, format, parse } from './inputs.js';

export function InputField({ activityId, input, value, serverMessages, variables, onChange }) {
  const [text, setText] = useState(() => format(input.type, value));
  const [localError, setLocalError] = useState(null);
  const lastCommitted = useRef(value);

  // Undo, redo and other edits change the value from outside: show it, unless it is what was just typed.
  useEffect(() => {
    if (value !== lastCommitted.current) {
      lastCommitted.current = value;
      setText(format(input.type, value));
      setLocalError(null);
    }
  }, [value, input.type]);

  const fieldId = `ehd-input-${activityId}-${input.name}`;
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  const messages = [...(localError ? [localError] : []), ...serverMessages];

  const typed = (next) => {
    setText(next);
    const read = parse(input, next);
    setLocalError(read.error ?? null);
    const emptied = typeof next === 'string' && next.trim() === '';
    // Taken when it reads, or when emptied (not given: a required one then shows in the report and on the node too);
    // half-typed JSON or a bad number waits here until it reads.
    if (read.value !== undefined || emptied) {
      lastCommitted.current = read.value;
      onChange(read.value);
    }
  };

  const common = {
    id: fieldId,
    'aria-describedby': messages.length > 0 ? `${hintId} ${errorId}` : hintId,
    'aria-invalid': messages.length > 0 ? 'true' : undefined,
  };

  let field;
  if (input.type === 'boolean') {
    field = <input type="checkbox" {...common} checked={value === true || (value === undefined && input.default === true)} onChange={(e) => typed(e.target.checked)} />;
  } else if (input.type === 'choice' && input.choices) {
    field = (
      <select {...common} value={text} onChange={(e) => typed(e.target.value)}>
        <option value="">{input.default != null ? `(default: ${input.default})` : '(choose)'}</option>
        {input.choices.map((c) => <option key={c} value={c}>{c}</option>)}
      </select>
    );
  } else if (input.type === 'text-list' || editedAsJson(input.type)) {
    field = <textarea {...common} rows={editedAsJson(input.type) ? 3 : 2} spellCheck={false} value={text} placeholder={editedAsJson(input.type) ? Examples[input.type] : 'one per line'} onChange={(e) => typed(e.target.value)} />;
  } else {
    field = (
      <input
        type="text"
        inputMode={input.type === 'whole-number' ? 'numeric' : undefined}
        list={input.type === 'variable-name' ? 'ehd-variables' : undefined}
        {...common}
        value={text}
        onChange={(e) => typed(e.target.value)}
      />
    );
  }

  return (
    <div className={`ehd-field${messages.length > 0 ? ' has-error' : ''}`}>
      <label htmlFor={fieldId}>
        {input.name}
        {input.required ? <span className="ehd-required"> (required)</span> : null}
      </label>
      <p id={hintId} className="ehd-hint">
        {input.description}
        {input.default != null && input.type !== 'boolean' ? ` Default: ${JSON.stringify(input.default)}.` : ''}
      </p>
      {messages.length > 0 && (
        <ul id={errorId} className="ehd-error">
          {messages.map((m, i) => <li key={i}>{m}</li>)}
        </ul>
      )}
      {field}
      {input.type === 'variable-name' && (
        <datalist id="ehd-variables">{variables.map((v) => <option key={v.name} value={v.name} />)}</datalist>
      )}
    </div>
  );
}

// How each kind of input is edited and checked as it is typed, before the server's validation answers.
// Kinds whose value is structured (durations, conditions, assignees, ...) are edited as JSON, with an example.

export const Examples = {
  duration: '{ "workingDays": 5 }',
  condition: '{ "field": "case.levelOfNeed", "op": "equals", "value": "complex" }',
  cases: '[ { "port": "urgent", "when": { "field": "case.urgency", "op": "equals", "value": "urgent" } } ]',
  assignee: '{ "role": "triage-officer" }',
  'activity-list': '[ "review" ]',
  value: 'true',
  alternatives: '[ { "port": "agreed", "event": "plan-agreed" }, { "port": "timed-out", "after": { "workingDays": 10 } } ]',
};

export const editedAsJson = (type) => Object.prototype.hasOwnProperty.call(Examples, type);

/** The text shown in a field for a value. */
export function format(type, value) {
  if (value === undefined || value === null) {
    return '';
  }
  if (type === 'text-list') {
    return Array.isArray(value) ? value.join('\n') : JSON.stringify(value);
  }
  if (editedAsJson(type)) {
    return JSON.stringify(value, null, 1);
  }
  return String(value);
}

/** Reads what was typed: { value } when it can be taken, { error } in plain words when not. Empty means not given. */
export function parse(input, text) {
  const trimmed = typeof text === 'string' ? text.trim() : text;
  if (trimmed === '' || trimmed === undefined || trimmed === null) {
    return input.required && input.default == null ? { value: undefined, error: 'Required: this step cannot run without it.' } : { value: undefined };
  }
  switch (input.type) {
    case 'whole-number':
      return /^-?\d+$/.test(trimmed) ? { value: Number.parseInt(trimmed, 10) } : { error: 'Enter a whole number, such as 3.' };
    case 'boolean':
      return { value: text === true || text === 'true' };
    case 'choice':
      return !input.choices || input.choices.includes(trimmed) ? { value: trimmed } : { error: `Choose one of: ${input.choices.join(', ')}.` };
    case 'text-list': {
      const items = trimmed.split('\n').map((line) => line.trim()).filter((line) => line !== '');
      return { value: items };
    }
    case 'variable-name':
      return /^[a-z][A-Za-z0-9]*$/.test(trimmed) ? { value: trimmed } : { error: 'A variable name: camelCase letters and digits, starting with a small letter.' };
    default:
      if (editedAsJson(input.type)) {
        try {
          return { value: JSON.parse(trimmed) };
        } catch {
          return { error: `Not complete yet: write it as JSON, for example ${Examples[input.type]}` };
        }
      }
      return { value: text };
  }
}

/** Kebab-case or camelCase letters and digits: the rule for an activity's id. */
export const validId = (id) => /^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$/.test(id);

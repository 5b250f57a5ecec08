// The toolbox: every activity type from the server's descriptors, by category. Drag one onto the canvas, or
// press its button (keyboard users) to add it beside the selected step.

export const DragType = 'application/x-earlyhelp-activity';

export function Toolbox({ descriptors, onAdd, disabled }) {
  const categories = [...new Set(descriptors.map((d) => d.category))];
  return (
    <nav className="ehd-toolbox" aria-label="Toolbox: steps you can add">
      <h2 className="ehd-heading">Add a step</h2>
      <p className="ehd-hint">Drag a step onto the canvas, or press it to add it next to the selected step.</p>
      {categories.map((category) => (
        <section key={category} aria-labelledby={`ehd-cat-${category}`}>
          <h3 id={`ehd-cat-${category}`} className="ehd-subheading">{category}</h3>
          <ul>
            {descriptors.filter((d) => d.category === category).map((d) => (
              <li key={d.type}>
                <button
                  type="button"
                  className="ehd-tool"
                  draggable={!disabled}
                  disabled={disabled}
                  title={d.description}
                  aria-label={`Add ${d.displayName}`}
                  data-type={d.type}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(DragType, d.type);
                    e.dataTransfer.effectAllowed = 'move';
                  }}
                  onClick={() => onAdd(d)}
                >
                  {d.displayName}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}

using System.Text;
using EarlyHelp.Workflows.Definitions;

namespace EarlyHelp.Activities.Tests.Documentation;

/// <summary>
/// The activity types' reference in workflows-json/README.md, written from the descriptors of <see cref="ActivityLibrary.All"/>:
/// the descriptors' descriptions are the designer's tooltips, so the page and the toolbox say the same.
/// </summary>
internal static class ActivityReference
{
    public const string Begin = "<!-- activity-types:begin -->\n";
    public const string End = "<!-- activity-types:end -->";

    /// <summary>The markdown between <see cref="Begin"/> and <see cref="End"/>.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder();
        foreach (var descriptor in ActivityLibrary.All.Select(a => a.Descriptor))
        {
            text.Append('\n').Append(Heading(descriptor)).Append("\n\n");
            text.Append("**").Append(Cell(descriptor.DisplayName)).Append("** (").Append(descriptor.Category).Append("). ").Append(descriptor.Description);
            foreach (var trait in Traits(descriptor.Traits))
            {
                text.Append(' ').Append(trait);
            }

            text.Append("\n\n");
            if (descriptor.Inputs.Count == 0)
            {
                text.Append("No inputs.\n\n");
            }
            else
            {
                text.Append("| input | kind | required | default | meaning |\n|---|---|---|---|---|\n");
                foreach (var input in descriptor.Inputs)
                {
                    text.Append(InputRow(input)).Append(' ').Append(Cell(input.Description)).Append(" |\n");
                }

                text.Append('\n');
            }

            if (descriptor.Ports.Count == 0 && descriptor.PortsFromInput is null)
            {
                text.Append("No ports: nothing leaves it.\n");
                continue;
            }

            text.Append("| port | when a token leaves by it |\n|---|---|\n");
            foreach (var port in descriptor.Ports)
            {
                text.Append(PortRow(port.Name)).Append(' ').Append(Cell(port.Description)).Append(" |\n");
            }

            if (descriptor.PortsFromInput is { } named)
            {
                var input = descriptor.FindInput(named)!;
                text.Append(NamedPortsRow(input)).Append(' ').Append(NamedPortsMeaning(input)).Append(" |\n");
            }
        }

        return text.ToString();
    }

    public static string Heading(ActivityDescriptor descriptor) => $"### `{descriptor.Type}` (version {descriptor.Version})";

    /// <summary>An input's row up to its meaning: name, kind, required, default.</summary>
    public static string InputRow(InputDescriptor input) =>
        $"| `{input.Name}` | {Kind(input)} | {(input.Required ? "yes" : "no")} | {(input.Default is { } value ? $"`{value.GetRawText()}`" : "—")} |";

    public static string PortRow(string port) => $"| `{port}` |";

    /// <summary>The row of the ports an input names: a list of names, or a list of entries with a "port".</summary>
    public static string NamedPortsRow(InputDescriptor input) =>
        input.Type is InputType.TextList ? $"| each name in `{input.Name}` |" : $"| each `port` of `{input.Name}` |";

    /// <summary>The README's word for an input's kind (its table "The kinds of input value"); a choice lists its words.</summary>
    public static string Kind(InputDescriptor input) => input.Type switch
    {
        InputType.Text => "text",
        InputType.WholeNumber => "whole number",
        InputType.Boolean => "true/false",
        InputType.Choice => $"choice: {string.Join(", ", (input.AllowedValues ?? []).Select(v => $"`{v}`"))}",
        InputType.TextList => "list of texts",
        InputType.Duration => "duration",
        InputType.Condition => "condition",
        InputType.Cases => "cases",
        InputType.Assignee => "assignee",
        InputType.ActivityList => "activity ids",
        InputType.VariableName => "variable name",
        InputType.Value => "value",
        InputType.Alternatives => "alternatives",
        _ => throw new ArgumentOutOfRangeException(nameof(input), input.Type, "An input kind the README's table of kinds does not have yet."),
    };

    private static string NamedPortsMeaning(InputDescriptor input) =>
        (input.Type is InputType.TextList ? "A port of its own for each name" : "A port of its own for each entry")
        + (input.Default is { } value ? $" (`{value.GetRawText()}` when `{input.Name}` is not given)." : ".");

    private static IEnumerable<string> Traits(ActivityTraits traits)
    {
        if (traits.HasFlag(ActivityTraits.Start))
        {
            yield return "No connection may go into it.";
        }

        if (traits.HasFlag(ActivityTraits.Waits))
        {
            yield return "Waits (for a person, an event or a time), so a loop through it is not a busy loop.";
        }

        if (traits.HasFlag(ActivityTraits.Join))
        {
            yield return "Joins branches: it needs at least two incoming connections.";
        }

        if (traits.HasFlag(ActivityTraits.BoundedLoop))
        {
            yield return "A bounded loop, so a loop through it is not a busy loop.";
        }

        if (traits.HasFlag(ActivityTraits.Terminates))
        {
            yield return "Ends the whole instance.";
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}

using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Host.Workflows;

/// <summary>
/// Loads the pathway definitions shipped in workflows-json/ at start-up, each as the published version
/// its file names, when the database does not have that version yet. An invalid shipped file stops the
/// start-up with its validation report: a council must never run a pathway that does not validate.
/// </summary>
internal static class ShippedWorkflows
{
    public static async Task<IReadOnlyList<string>> LoadAsync(string folder, WorkflowDefinitionStore store, ActivityCatalogue catalogue, CancellationToken cancellationToken)
    {
        var loaded = new List<string>();
        if (!Directory.Exists(folder))
        {
            return loaded;
        }

        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var (definition, report) = WorkflowDefinitionJson.Read(await File.ReadAllTextAsync(file, cancellationToken));
            if (definition is null)
            {
                throw new InvalidOperationException($"The shipped workflow {Path.GetFileName(file)} cannot be read:{Environment.NewLine}{report}");
            }

            var validation = WorkflowValidator.Validate(definition, catalogue);
            if (!validation.IsValid || definition.Status != DefinitionStatus.Published)
            {
                throw new InvalidOperationException($"The shipped workflow {Path.GetFileName(file)} must be published and valid:{Environment.NewLine}{validation}");
            }

            if (!await store.ExistsAsync(definition.Id, definition.Version, cancellationToken) && await store.AddAsync(definition, cancellationToken))
            {
                loaded.Add($"{definition.Id} v{definition.Version}");
            }
        }

        return loaded;
    }
}

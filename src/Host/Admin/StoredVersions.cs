using System.Text.RegularExpressions;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>
/// A workflow's saved versions read inside an API command's transaction (the definition store reads on its own
/// connection, which would not see the command's changes), and the rule for a workflow id that may be saved.
/// </summary>
internal static partial class StoredVersions
{
    public const int MaximumIdLength = 100;

    /// <summary>Every version of a workflow, oldest first, tracked so a draft can be changed.</summary>
    public static Task<List<WorkflowDefinitionRow>> OfAsync(EarlyHelpDbContext db, string workflowId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.WorkflowDefinitions.Where(d => d.Id == workflowId).OrderBy(d => d.Version).ToListAsync(cancellationToken);
    }

    public static Task<WorkflowDefinitionRow?> FindAsync(EarlyHelpDbContext db, string workflowId, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.WorkflowDefinitions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == workflowId && d.Version == version, cancellationToken);
    }

    /// <summary>A stored version's definition. Only readable definitions are ever stored, so one that is not is a defect.</summary>
    public static WorkflowDefinition Read(WorkflowDefinitionRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var (definition, report) = WorkflowDefinitionJson.Read(row.Json);
        return definition ?? throw new InvalidOperationException($"Stored workflow {row.Id} v{row.Version} cannot be read: {report}");
    }

    /// <summary>
    /// The report that refuses a definition whose id could not name it in an address, or null when the id is fine.
    /// A draft may be saved with other problems, but never with an id like this.
    /// </summary>
    public static ValidationReport? IdProblem(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Id.Length <= MaximumIdLength && Identifier().IsMatch(definition.Id)
            ? null
            : new ValidationReport([new ValidationIssue(
                ValidationCodes.InvalidId,
                $"the workflow's id must be kebab-case or camelCase letters and digits without spaces, at most {MaximumIdLength} characters, for example \"referral-to-closure\"")]);
    }

    /// <summary>The validator's rule for a workflow id.</summary>
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}

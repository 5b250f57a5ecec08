using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Workflows.Versions;

/// <summary>
/// The rules of a workflow's versions (DESIGN.md, "The workflow engine"): a version is a draft or published;
/// a published version never changes, so editing it means starting a new draft with the next number; a draft
/// is published only when it validates. Each rule returns a <see cref="VersionResult"/> with a reason when it
/// refuses; nothing here throws for a person's mistake, does I/O, or changes the definitions it is given.
/// </summary>
public static class WorkflowVersions
{
    /// <summary>Creates a new workflow: the proposed definition becomes its first version, a draft.</summary>
    /// <param name="proposed">The definition the designer made (its version and status are ignored).</param>
    /// <param name="existingVersions">The versions already saved, of any workflow; refused when one has the same id.</param>
    public static VersionResult Create(WorkflowDefinition proposed, IEnumerable<WorkflowDefinition> existingVersions)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(existingVersions);
        var same = existingVersions.Where(v => v.Id == proposed.Id).ToList();
        if (same.Count > 0)
        {
            return VersionResult.Refused($"a workflow with the id \"{proposed.Id}\" exists already (newest version {same.Max(v => v.Version)}): start a new draft of it, or choose another id");
        }

        return VersionResult.Accepted(proposed with { Version = 1, Status = DefinitionStatus.Draft });
    }

    /// <summary>Starts a new draft from a published version: a copy with the next version number.</summary>
    /// <param name="latestPublished">The newest published version.</param>
    public static VersionResult NewDraft(WorkflowDefinition latestPublished)
    {
        ArgumentNullException.ThrowIfNull(latestPublished);
        if (latestPublished.Status != DefinitionStatus.Published)
        {
            return VersionResult.Refused($"version {latestPublished.Version} of {latestPublished.Id} is a draft still: edit it rather than starting another");
        }

        return VersionResult.Accepted(latestPublished with { Version = latestPublished.Version + 1, Status = DefinitionStatus.Draft });
    }

    /// <summary>
    /// Starts a new draft of a workflow from its saved versions: refused when one of them is a draft already
    /// (one draft at a time, so two people do not edit different drafts of the same workflow).
    /// </summary>
    /// <param name="versions">Every saved version of the workflow.</param>
    public static VersionResult NewDraft(IEnumerable<WorkflowDefinition> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var all = versions.OrderBy(v => v.Version).ToList();
        if (all.Count == 0)
        {
            return VersionResult.Refused("the workflow has no versions to start a draft from: create it first");
        }

        if (all.Select(v => v.Id).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            return VersionResult.Refused($"the versions given belong to several workflows ({string.Join(", ", all.Select(v => v.Id).Distinct(StringComparer.Ordinal))}): give the versions of one");
        }

        if (all.FirstOrDefault(v => v.Status == DefinitionStatus.Draft) is { } draft)
        {
            return VersionResult.Refused($"version {draft.Version} of {draft.Id} is a draft already: edit it, or publish it first");
        }

        return NewDraft(all[^1]);
    }

    /// <summary>
    /// Saves an edit of a draft. Refused when the version being edited is published, when the edit names another
    /// workflow or version, or when the edit says it is published (publishing goes through <see cref="Publish"/>,
    /// which validates). A draft may be saved while it is still invalid.
    /// </summary>
    /// <param name="current">The version as saved.</param>
    /// <param name="edited">The designer's edit of it.</param>
    public static VersionResult UpdateDraft(WorkflowDefinition current, WorkflowDefinition edited)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(edited);
        if (current.Status == DefinitionStatus.Published)
        {
            return VersionResult.Refused($"version {current.Version} is published and never changes: edit a new draft");
        }

        if (current.Id != edited.Id || current.Version != edited.Version)
        {
            return VersionResult.Refused($"the edit is for {edited.Id} v{edited.Version}, not {current.Id} v{current.Version}: open the draft again and repeat the edit on it");
        }

        if (edited.Status != DefinitionStatus.Draft)
        {
            return VersionResult.Refused($"an edit cannot publish version {current.Version}: save it as a draft, then publish it (publishing checks it first)");
        }

        return VersionResult.Accepted(edited);
    }

    /// <summary>
    /// Publishes a draft: refused, with the validation report, when the draft is not valid against the catalogue;
    /// refused when it is published already. Otherwise the same definition with the status published.
    /// </summary>
    /// <param name="draft">The draft.</param>
    /// <param name="catalogue">The activity types it may use.</param>
    public static VersionResult Publish(WorkflowDefinition draft, ActivityCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (draft.Status == DefinitionStatus.Published)
        {
            return VersionResult.Refused($"version {draft.Version} of {draft.Id} is published already");
        }

        var report = WorkflowValidator.Validate(draft, catalogue);
        if (!report.IsValid)
        {
            var count = report.Issues.Count;
            return VersionResult.Refused(
                $"version {draft.Version} of {draft.Id} has {count} {(count == 1 ? "problem" : "problems")} to fix before it can be published; it stays a draft",
                report);
        }

        return VersionResult.Accepted(draft with { Status = DefinitionStatus.Published });
    }

    /// <summary>
    /// Imports a definition from JSON (a file exported from another environment) as a draft, never published: it
    /// is published here only after it validates here. It keeps the file's version number when that is newer
    /// than every saved version of the workflow, and otherwise takes the next number. Refused when the file cannot
    /// be read (with the reader's report), or when the workflow has a draft already.
    /// </summary>
    /// <param name="json">The file's text, in the format of <see cref="WorkflowDefinitionJson"/>.</param>
    /// <param name="existingVersions">The versions already saved, of any workflow.</param>
    public static VersionResult Import(string json, IEnumerable<WorkflowDefinition> existingVersions)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(existingVersions);
        var (definition, report) = WorkflowDefinitionJson.Read(json);
        if (definition is null)
        {
            return VersionResult.Refused("the file cannot be read as a workflow definition", report);
        }

        var same = existingVersions.Where(v => v.Id == definition.Id).ToList();
        if (same.FirstOrDefault(v => v.Status == DefinitionStatus.Draft) is { } draft)
        {
            return VersionResult.Refused($"version {draft.Version} of {draft.Id} is a draft already: publish or discard it before importing another");
        }

        var newest = same.Count == 0 ? 0 : same.Max(v => v.Version);
        var version = definition.Version > newest ? definition.Version : newest + 1;
        return VersionResult.Accepted(definition with { Version = version, Status = DefinitionStatus.Draft });
    }

    /// <summary>Exports a version as the JSON the designer and <see cref="Import"/> read.</summary>
    /// <param name="definition">The version.</param>
    public static string Export(WorkflowDefinition definition) => WorkflowDefinitionJson.Write(definition);

    /// <summary>The version new instances start on: the newest published one, or null when none is published.</summary>
    /// <param name="versions">The versions of one workflow.</param>
    public static WorkflowDefinition? NewestPublished(IEnumerable<WorkflowDefinition> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return versions.Where(v => v.Status == DefinitionStatus.Published).MaxBy(v => v.Version);
    }
}

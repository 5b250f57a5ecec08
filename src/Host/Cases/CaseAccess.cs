using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.Cases;

/// <summary>
/// Loading a child's case inside a command: a case that does not exist and one the user may not see answer
/// alike (404); every look, allowed or refused, is audited.
/// </summary>
internal static class CaseAccess
{
    public const string RecordKind = "case";

    /// <summary>Loads a case to read; audits the read. Null (answer 404) when missing or out of scope.</summary>
    public static async Task<Case?> ReadAsync(CommandContext context, Guid caseId, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subject = await LoadAsync(context, caseId, action, cancellationToken);
        if (subject is not null)
        {
            context.Audit(action, RecordKind, Id(caseId), caseId, AuditOutcomes.Read);
            context.ResultVersion = subject.Version;
        }

        return subject;
    }

    /// <summary>
    /// Loads a case to change. Answers with a problem instead when it is missing or out of scope (404), or when
    /// the caller expected another version (409 with the current one).
    /// </summary>
    public static async Task<(Case? Case, IResult? Problem)> ForChangeAsync(CommandContext context, Guid caseId, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subject = await LoadAsync(context, caseId, action, cancellationToken);
        if (subject is null)
        {
            return (null, ApiProblems.NotFound("case"));
        }

        if (context.ExpectedVersion is { } expected && expected != subject.Version)
        {
            context.Audit(action, RecordKind, Id(caseId), caseId, AuditOutcomes.Refused);
            return (null, ApiProblems.Stale(subject.Version));
        }

        return (subject, null);
    }

    /// <summary>Records an accepted change to the case and the version to answer with.</summary>
    public static void Changed(CommandContext context, Guid caseId, string action, int version)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Audit(action, RecordKind, Id(caseId), caseId, AuditOutcomes.Changed);
        context.ResultVersion = version;
    }

    public static string Id(Guid caseId) => caseId.ToString("D");

    /// <summary>
    /// The pipeline's scope check for case commands: the case, or null when it does not exist or the user may not
    /// see it (audited as a refused look).
    /// </summary>
    public static Task<Case?> FindInScopeAsync(CommandContext context, Guid caseId, CancellationToken cancellationToken) =>
        LoadAsync(context, caseId, ScopeAction, cancellationToken);

    /// <summary>The audit action of a look the scope check refused before the command was read.</summary>
    public const string ScopeAction = "case.access";

    private static async Task<Case?> LoadAsync(CommandContext context, Guid caseId, string action, CancellationToken cancellationToken)
    {
        if (context.ScopedCase is { } scoped && scoped.Id == caseId)
        {
            return scoped;
        }

        var subject = await context.Cases.FindCaseAsync(caseId, cancellationToken);
        if (subject is null)
        {
            return null;
        }

        if (!CaseScope.CanSee(context.User, subject))
        {
            context.Audit(action, RecordKind, Id(caseId), caseId, AuditOutcomes.Refused);
            return null;
        }

        return subject;
    }
}

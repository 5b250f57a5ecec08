using System.Text.Json;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Cases;

/// <summary>Asks to close the case with a reason code and the family's and the child's views; a team manager signs it off.</summary>
internal sealed record RequestClosure(Guid CaseId, ClosureReason? Reason, string? FamilyViews, string? ChildViews) : ICaseCommand
{
    /// <summary>The reasons a practitioner gives; the others are set by triage or by a step-up.</summary>
    public static IReadOnlyList<ClosureReason> PractitionerReasons { get; } =
    [
        ClosureReason.OutcomesMet, ClosureReason.StepDownToUniversal, ClosureReason.ConsentWithdrawn,
        ClosureReason.FamilyDisengaged, ClosureReason.MovedAway, ClosureReason.Other,
    ];

    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("reason", Reason);
        if (Reason is { } reason && !PractitionerReasons.Contains(reason))
        {
            errors.Add("reason", $"One of {string.Join(", ", PractitionerReasons.Select(r => JsonNamingPolicy.KebabCaseLower.ConvertName(r.ToString())))}.");
        }

        errors.Required("familyViews", FamilyViews);
        errors.MaxLength("familyViews", FamilyViews, 4000);
        errors.Required("childViews", ChildViews);
        errors.MaxLength("childViews", ChildViews, 4000);
    }
}

internal sealed record RequestClosureBody(ClosureReason? Reason, string? FamilyViews, string? ChildViews);

internal sealed class RequestClosureHandler(CaseActions actions) : ICommandHandler<RequestClosure>
{
    public const string Action = "case.request-closure";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.LeadPractitioner, ActorRole.TeamManager];

    public Task<CommandResult> HandleAsync(RequestClosure command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var fact = new ClosureRequested(command.Reason!.Value, command.FamilyViews!.Trim(), command.ChildViews!.Trim());
        return CaseChanges.PerformAsync(actions, context, command.CaseId,
            new CaseChange(Action, CaseTrigger.RequestClosure, fact, CaseTaskTypes.ClosureRequest, CaseTaskTypes.Requested), cancellationToken);
    }
}

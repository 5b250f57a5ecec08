using System.Text.Json;
using System.Text.Json.Nodes;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Cases;

/// <summary>Records a review of the family plan and what it concluded, with the outcome readings taken at it, if any.</summary>
internal sealed record RecordReview(Guid CaseId, DateOnly? HeldOn, ReviewOutcome? Outcome, string? Summary, OutcomeReadingsInput? Readings) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("heldOn", HeldOn);
        errors.Required("outcome", Outcome);
        errors.MaxLength("summary", Summary, 4000);
        Readings?.Validate(errors, "readings.");
    }
}

internal sealed record RecordReviewBody(DateOnly? HeldOn, ReviewOutcome? Outcome, string? Summary, OutcomeReadingsInput? Readings);

/// <summary>
/// The pathway's review task takes both facts as its data ({"review": ..., "readings": ...}) and goes the way the
/// review concluded. With no review task open, the review and then the readings are fired on the case, in the
/// command's one transaction: both are recorded or neither.
/// </summary>
internal sealed class RecordReviewHandler(CaseActions actions) : ICommandHandler<RecordReview>
{
    public const string Action = "case.record-review";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.LeadPractitioner, ActorRole.TeamManager];

    public async Task<CommandResult> HandleAsync(RecordReview command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (CaseChanges.NotInTheFuture(context, "heldOn", command.HeldOn!.Value) is { } invalid)
        {
            return CommandResult.Refused(invalid);
        }

        var (subject, problem) = await CaseAccess.ForChangeAsync(context, command.CaseId, Action, cancellationToken);
        if (subject is null)
        {
            return CommandResult.Refused(problem!);
        }

        var review = new ReviewRecorded(command.HeldOn.Value, command.Outcome!.Value, FreeText.Trimmed(command.Summary));
        var data = new JsonObject { ["review"] = FactJson.Of(CaseTrigger.RecordReview, review) };
        if (command.Readings is { } readings)
        {
            data["readings"] = FactJson.Of(CaseTrigger.RecordOutcomeReadings, readings.ToFact());
        }

        var port = JsonNamingPolicy.KebabCaseLower.ConvertName(review.Outcome.ToString());
        var change = new CaseChange(Action, CaseTrigger.RecordReview, review, CaseTaskTypes.Review, port, data);
        if (command.Readings is null || await ReviewTaskOpenAsync(context, subject.Id, cancellationToken))
        {
            return await actions.PerformAsync(context, subject, change, cancellationToken);
        }

        var reviewed = await actions.PerformAsync(context, subject, change, cancellationToken);
        if (!reviewed.Commit)
        {
            return reviewed;
        }

        var after = await context.Cases.FindCaseAsync(subject.Id, cancellationToken);
        return await actions.PerformAsync(context, after!, RecordOutcomeReadingsHandler.Change(command.Readings), cancellationToken);
    }

    private static Task<bool> ReviewTaskOpenAsync(CommandContext context, Guid caseId, CancellationToken cancellationToken) =>
        context.Db.HumanTasks.AsNoTracking()
            .AnyAsync(t => t.CaseId == caseId && t.Status == TaskStatuses.Open && t.TaskType == CaseTaskTypes.Review, cancellationToken);
}

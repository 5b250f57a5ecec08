using EarlyHelp.Host.Cases;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EarlyHelp.Host.StepDownPanel;

/// <summary>
/// Children's social care asks the step-down panel to move a stepped-up case to Early Help: starts the step-down
/// pathway and puts the request on the panel's agenda.
/// </summary>
internal sealed record RequestStepDown(Guid CaseId, string? Reason, string? SocialCareReference) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("reason", Reason);
        errors.MaxLength("reason", Reason, 4000);
        errors.MaxLength("socialCareReference", SocialCareReference, 50);
    }
}

/// <summary>The body of <see cref="RequestStepDown"/>; the case comes from the address.</summary>
internal sealed record RequestStepDownBody(string? Reason, string? SocialCareReference);

/// <summary>What a step-down request answers: the request the panel will decide on, and the case's new version (also the ETag).</summary>
internal sealed record StepDownRequestMade(Guid CaseId, string Reference, Guid RequestId, string State, int Version);

internal sealed class RequestStepDownHandler(CaseActions actions, WorkflowRunner runner, WorkflowDefinitionStore definitions) : ICommandHandler<RequestStepDown>
{
    public const string Action = "step-down.request";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.SocialWorker];

    public async Task<CommandResult> HandleAsync(RequestStepDown command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var (subject, problem) = await CaseAccess.ForChangeAsync(context, command.CaseId, Action, cancellationToken);
        if (subject is null)
        {
            return CommandResult.Refused(problem!);
        }

        // Checked before the pathway starts, so a refused request leaves no half-started instance to explain.
        if (WhyNot(subject) is { } reason)
        {
            context.Audit(Action, CaseAccess.RecordKind, CaseAccess.Id(subject.Id), subject.Id, AuditOutcomes.Refused);
            return CommandResult.Refused(ApiProblems.NotPermittedNow(reason));
        }

        var pathway = await definitions.FindNewestPublishedAsync(Pathways.StepDown, cancellationToken)
            ?? throw new InvalidOperationException($"The {Pathways.StepDown} pathway is not published: the Host loads it at start-up.");
        var step = await runner.StartWithinAsync(context.Db, pathway, subject.Id, new Dictionary<string, System.Text.Json.Nodes.JsonNode?>(), context.Actor, cancellationToken);
        if (step.Result.RefusalReason is { } refused)
        {
            context.Audit(Action, CaseAccess.RecordKind, CaseAccess.Id(subject.Id), subject.Id, AuditOutcomes.Refused);
            return CommandResult.Refused(ApiProblems.NotPermittedNow($"the step-down pathway did not start: {refused}"));
        }

        context.OnCommitted(step.HandOverTimersAsync);
        if (step.Subject is { } started && started.Version != subject.Version)
        {
            // An edited pathway may change the case as it starts: the request goes on top of what it recorded.
            subject = await context.Cases.FindCaseAsync(subject.Id, cancellationToken) ?? subject;
        }

        var socialCareReference = string.IsNullOrWhiteSpace(command.SocialCareReference) ? null : command.SocialCareReference.Trim();
        var fact = new StepDownRequested(Guid.NewGuid(), command.Reason!.Trim(), socialCareReference);
        var result = await actions.PerformAsync(context, subject, new CaseChange(Action, CaseTrigger.RequestStepDown, fact, "step-down-request", "done"), cancellationToken);
        if (!result.Commit || result.Response is not Ok<CaseChanged> { Value: { } changed })
        {
            return result;
        }

        return CommandResult.Done(TypedResults.Created(
            $"/api/cases/{subject.Id}",
            new StepDownRequestMade(subject.Id, CaseReference.Of(subject.Id), fact.RequestId, changed.State, changed.Version)));
    }

    private static string? WhyNot(Case subject)
    {
        if (subject.State != CaseState.SteppedUp)
        {
            return $"the case is not with children's social care (it is {CaseEventJson.Write(subject.State)})";
        }

        if (subject.StepDownRequests.Any(r => r.IsWaitingForPanel))
        {
            return "a step-down request is already waiting for the panel";
        }

        return subject.StepDownRequests.Any(r => r.IsAcceptedAndWaiting)
            ? "the panel has accepted a step-down request and the case has not yet stepped down on it"
            : null;
    }
}

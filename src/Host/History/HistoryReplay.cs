using System.Text.Json;
using EarlyHelp.Host.Cases;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.SignIn;
using EarlyHelp.Host.StepDownPanel;
using EarlyHelp.Host.Triage;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Families;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.History;

/// <summary>
/// Replays one event of a history as the API command a person would have sent for it, through the command
/// pipeline's own steps (role, scope, validation, the handler that completes the pathway's task or fires the
/// lifecycle trigger, audit), inside the caller's transaction and on the clock the caller has set to the event's
/// time. Nothing is written around the pipeline: a replayed case is what the product itself made of those events.
/// </summary>
internal sealed class HistoryReplay(CommandPipeline.CommandPipeline pipeline, IServiceProvider handlers, StaffDirectory staff)
{
    /// <summary>The answer to one event: refused with a reason (roll back the case), or the work to do after the commit.</summary>
    public sealed record Applied(string? Refusal, IReadOnlyList<Func<CancellationToken, Task>> AfterCommit)
    {
        public static Applied Refused(string reason) => new(reason, []);
    }

    public async Task<Applied> ApplyAsync(EarlyHelpDbContext db, HistoryLine line, HistoryKeys keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(keys);
        if (line.Problem is { } problem)
        {
            return Applied.Refused(problem);
        }

        if (CaseEventTypes.ForKey(line.Type) is not { } type)
        {
            return Applied.Refused($"unknown event type '{line.Type}'");
        }

        if ((keys.CaseId is null) != (type == CaseEventTypes.CaseOpened))
        {
            return Applied.Refused(keys.CaseId is null
                ? $"a case's first line must be '{CaseEventTypes.CaseOpened.Key}', not '{line.Type}'"
                : $"'{CaseEventTypes.CaseOpened.Key}' can only be a case's first line");
        }

        object fact;
        try
        {
            fact = CaseEventJson.Read(type, line.Data.GetRawText());
        }
        catch (JsonException exception)
        {
            return Applied.Refused($"\"data\" is not a '{type.Key}' fact ({exception.Message})");
        }

        var (user, notStaff) = staff.SignIn(line.Actor);
        if (user is null)
        {
            return Applied.Refused(notStaff!);
        }

        if (fact is CaseOpened opened)
        {
            return await OpenAsync(db, opened, line, user, keys, cancellationToken);
        }

        var caseId = keys.CaseId!.Value;
        return fact switch
        {
            EnquiryAdded f => await SendAsync<AddEnquiry, AddEnquiryHandler>(db, new(caseId, Input(f.Enquiry)), user, cancellationToken),
            TriageDecided f => await SendAsync<DecideTriage, DecideTriageHandler>(db, new(caseId, f.Outcome, f.LevelOfNeed, f.Rationale), user, cancellationToken),
            LeadPractitionerAllocated f => await SendAsync<AllocateLeadPractitioner, AllocateLeadPractitionerHandler>(db, new(caseId, f.PractitionerId), user, cancellationToken),
            ConsentRecorded f => await SendAsync<RecordConsent, RecordConsentHandler>(db, new(caseId, f.Status, f.GivenBy, f.Note), user, cancellationToken),
            ConsentWithdrawn f => await SendAsync<WithdrawConsent, WithdrawConsentHandler>(db, new(caseId, f.WithdrawnBy, f.Reason), user, cancellationToken),
            AssessmentStarted f => await SendAsync<StartAssessment, StartAssessmentHandler>(db, new(caseId, f.Note), user, cancellationToken),
            AssessmentCompleted f => await SendAsync<CompleteAssessment, CompleteAssessmentHandler>(db, new(caseId, f.LevelOfNeed, f.NeedsIdentified, Plan(f.Plan)), user, cancellationToken),
            FamilyPlanUpdated f => await SendAsync<UpdateFamilyPlan, UpdateFamilyPlanHandler>(db, new(caseId, Plan(f.Plan)), user, cancellationToken),
            TafMeetingHeld f => await SendAsync<HoldTafMeeting, HoldTafMeetingHandler>(db, new(caseId, f.HeldOn, f.AgenciesPresent, f.FamilyPresent, f.Summary), user, cancellationToken),
            ReviewRecorded f => await SendAsync<RecordReview, RecordReviewHandler>(db, new(caseId, f.HeldOn, f.Outcome, f.Summary, null), user, cancellationToken),
            OutcomeReadingsRecorded f => await SendAsync<RecordOutcomeReadings, RecordOutcomeReadingsHandler>(
                db, new(caseId, f.Measure, [.. f.Scores.Select(s => new DomainScoreInput(s.Domain, s.Score))]), user, cancellationToken),
            CseScreeningRecorded f => keys.Member(f.ChildId) is { } child
                ? await SendAsync<RecordCseScreening, RecordCseScreeningHandler>(db, new(caseId, child, f.Risk), user, cancellationToken)
                : Applied.Refused($"child {f.ChildId} is not a child of the case's family in this file"),
            LevelOfNeedChanged f => await SendAsync<ChangeLevelOfNeed, ChangeLevelOfNeedHandler>(db, new(caseId, f.LevelOfNeed, f.Reason), user, cancellationToken),
            StepUpDeclined f => await SendAsync<DeclineStepUp, DeclineStepUpHandler>(db, new(caseId, f.AgreedLevelOfNeed, f.Reason), user, cancellationToken),
            SteppedUp f => await SendAsync<StepUp, StepUpHandler>(db, new(caseId, f.Reason, f.SocialCareReference), user, cancellationToken),
            StepDownRequested f => await RequestStepDownAsync(db, caseId, f, user, keys, cancellationToken),
            PanelDecisionRecorded f => keys.Request(f.RequestId) is { } request
                ? await SendAsync<RecordPanelDecision, RecordPanelDecisionHandler>(db, new(caseId, request, f.Outcome, f.LocalityTeam, f.Partner, f.Reason), user, cancellationToken)
                : Applied.Refused($"step-down request {f.RequestId} was not requested earlier in this case"),
            SteppedDown f => await SendAsync<RecordStepDown, RecordStepDownHandler>(db, new(caseId, f.LeadPractitionerId, f.AgreedLevelOfNeed), user, cancellationToken),
            ClosureRequested f => await SendAsync<RequestClosure, RequestClosureHandler>(db, new(caseId, f.Reason, f.FamilyViews, f.ChildViews), user, cancellationToken),
            ClosureSignedOff f => await SendAsync<SignOffClosure, SignOffClosureHandler>(db, new(caseId, f.Note), user, cancellationToken),
            ExitSurveyRecorded f => await SendAsync<RecordExitSurvey, RecordExitSurveyHandler>(db, new(caseId, f.TreatedWithRespect, f.ListenedTo, f.HelpedWithIssues, f.Comment), user, cancellationToken),
            _ => Applied.Refused($"'{type.Key}' cannot be imported"),
        };
    }

    /// <summary>
    /// The opening line: the family is new to the file (its members given beside it) or named by an earlier case;
    /// the enquiry then goes in as a triage officer's new enquiry, which starts the referral pathway.
    /// </summary>
    private async Task<Applied> OpenAsync(EarlyHelpDbContext db, CaseOpened opened, HistoryLine line, StaffUser user, HistoryKeys keys, CancellationToken cancellationToken)
    {
        var knownFamily = keys.Family(opened.FamilyId);
        NewFamilyInput? newFamily = null;
        FamilyData? given = null;
        if (knownFamily is null)
        {
            if (!line.Data.TryGetProperty("family", out var familyJson))
            {
                return Applied.Refused($"family {opened.FamilyId} is new to this file: give it under \"data.family\" with its first case");
            }

            try
            {
                given = familyJson.Deserialize<FamilyData>(CaseEventJson.Options);
            }
            catch (JsonException exception)
            {
                return Applied.Refused($"\"data.family\" is not a family ({exception.Message})");
            }

            if (given is null || given.Members.Any(m => m.Role == HouseholdRole.Child) is false)
            {
                return Applied.Refused("\"data.family\" needs at least one child");
            }

            var children = given.Members.Where(m => m.Role == HouseholdRole.Child).Select(m => m.Id).ToHashSet();
            if (!children.SetEquals(opened.ChildIds))
            {
                return Applied.Refused("a family's first case concerns all its children: \"childIds\" must list each child of \"data.family\"");
            }

            newFamily = new NewFamilyInput(
                opened.Locality,
                new AddressInput(given.Address.Line1, given.Address.Line2, given.Address.Town, given.Address.Postcode),
                [.. given.Members.Select(m => new MemberInput(m.GivenName, m.FamilyName, m.DateOfBirth, m.Role))]);
        }

        List<Guid>? childIds = null;
        if (knownFamily is not null)
        {
            childIds = [];
            foreach (var child in opened.ChildIds)
            {
                if (keys.Member(child) is not { } id)
                {
                    return Applied.Refused($"child {child} is not a member of family {opened.FamilyId} in this file");
                }

                childIds.Add(id);
            }
        }

        var command = new CreateEnquiry(knownFamily, newFamily, childIds, Input(opened.Enquiry), opened.NewEpisodeReason, ConfirmNewFamily: true);
        var sent = await pipeline.RunWithinAsync(db, command, handlers.GetRequiredService<CreateEnquiryHandler>(), user, cancellationToken);
        if (!sent.Result.Commit)
        {
            return Applied.Refused(ProblemText.Of(sent.Result.Response));
        }

        var created = ((Created<EnquiryCreated>)sent.Result.Response).Value!;
        keys.CaseId = created.CaseId;
        if (given is not null)
        {
            keys.AddFamily(opened.FamilyId, created.FamilyId);
            var members = await db.FamilyMembers.AsNoTracking().Where(m => m.FamilyId == created.FamilyId).OrderBy(m => m.Position)
                .Select(m => m.Id).ToListAsync(cancellationToken);
            foreach (var (file, id) in given.Members.Select(m => m.Id).Zip(members))
            {
                keys.AddMember(file, id);
            }
        }

        return new Applied(null, sent.AfterCommit);
    }

    private async Task<Applied> RequestStepDownAsync(EarlyHelpDbContext db, Guid caseId, StepDownRequested fact, StaffUser user, HistoryKeys keys, CancellationToken cancellationToken)
    {
        var sent = await pipeline.RunWithinAsync(db, new RequestStepDown(caseId, fact.Reason, fact.SocialCareReference), handlers.GetRequiredService<RequestStepDownHandler>(), user, cancellationToken);
        if (!sent.Result.Commit)
        {
            return Applied.Refused(ProblemText.Of(sent.Result.Response));
        }

        if (sent.Result.Response is IValueHttpResult { Value: StepDownRequestMade made })
        {
            keys.AddRequest(fact.RequestId, made.RequestId);
        }

        return new Applied(null, sent.AfterCommit);
    }

    private async Task<Applied> SendAsync<TCommand, THandler>(EarlyHelpDbContext db, TCommand command, StaffUser user, CancellationToken cancellationToken)
        where TCommand : class, ICommand
        where THandler : ICommandHandler<TCommand>
    {
        var sent = await pipeline.RunWithinAsync(db, command, handlers.GetRequiredService<THandler>(), user, cancellationToken);
        return sent.Result.Commit ? new Applied(null, sent.AfterCommit) : Applied.Refused(ProblemText.Of(sent.Result.Response));
    }

    private static EnquiryInput Input(Enquiry enquiry) => new(
        new ReferrerInput(enquiry.Referrer.Agency, enquiry.Referrer.Organisation, enquiry.Referrer.ContactName),
        enquiry.ReceivedAt,
        enquiry.NeedsCategories,
        enquiry.LevelOfNeed,
        enquiry.Urgency,
        enquiry.Consent);

    private static List<PlanActionInput?> Plan(IReadOnlyList<PlanAction> plan) =>
        [.. plan.Select(a => (PlanActionInput?)new PlanActionInput(a.Id, a.Description, a.Owner, a.DueOn, a.Status))];
}

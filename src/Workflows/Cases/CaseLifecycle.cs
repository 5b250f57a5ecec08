using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Runtime;
using EarlyHelp.Workflows.StateMachines;
using static EarlyHelp.Workflows.Cases.CaseTrigger;
using Builder = EarlyHelp.Workflows.StateMachines.StateMachineBuilder<EarlyHelp.Workflows.Cases.CaseState, EarlyHelp.Workflows.Cases.CaseTrigger, EarlyHelp.Workflows.Cases.Case>;
using State = EarlyHelp.Workflows.StateMachines.StateBuilder<EarlyHelp.Workflows.Cases.CaseState, EarlyHelp.Workflows.Cases.CaseTrigger, EarlyHelp.Workflows.Cases.Case>;

namespace EarlyHelp.Workflows.Cases;

/// <summary>
/// The case lifecycle: the statutory guard rails of the Early Help pathway, which administrators cannot
/// edit. Pathway workflows drive a case only by firing these triggers.
/// </summary>
/// <remarks>
/// The rules (DESIGN.md, "Case lifecycle"):
/// no assessment without recorded consent and exactly one current lead practitioner; withdrawing consent
/// ends the plan; an open episode for the same child is offered before a new one starts
/// (<see cref="Case.Open"/>); a level of need above the Early Help ceiling, or a high CSE risk, forces a
/// step-up decision before anything else moves; nothing blocks a step-up; a step-down needs the panel's
/// acceptance, the family's consent and a named lead practitioner; closure needs a reason code, the
/// family's and the child's views, and a team manager's sign-off.
/// </remarks>
public static class CaseLifecycle
{
    /// <summary>The states in which Early Help is working with the family.</summary>
    public static IReadOnlyList<CaseState> OpenStates { get; } = [CaseState.Enquiry, CaseState.Allocation, CaseState.Assessment, CaseState.TeamAroundFamily, CaseState.Review, CaseState.SteppedDown];

    /// <summary>The states after allocation, in which a lead practitioner works with the family.</summary>
    public static IReadOnlyList<CaseState> WorkingStates { get; } = [CaseState.Allocation, CaseState.Assessment, CaseState.TeamAroundFamily, CaseState.Review, CaseState.SteppedDown];

    /// <summary>The triggers a waiting step-up decision does not hold back: the decision itself, and facts that may arrive meanwhile.</summary>
    public static IReadOnlyList<CaseTrigger> NotHeldByStepUpDecision { get; } =
        [StepUp, Triage, DeclineStepUp, AddEnquiry, RecordConsent, WithdrawConsent, RecordCseScreening, ChangeLevelOfNeed, RecordOutcomeReadings, AllocateLeadPractitioner, RecordExitSurvey];

    internal static StateMachine<CaseState, CaseTrigger, Case> Machine { get; } = Build();

    /// <summary>The transition table.</summary>
    public static IReadOnlyList<TransitionDescription<CaseState, CaseTrigger>> Transitions => Machine.Transitions;

    /// <summary>The lifecycle as a Mermaid state diagram.</summary>
    public static string ToMermaid() => MermaidGraph.Write(Machine);

    /// <summary>The lifecycle as a Graphviz DOT graph.</summary>
    public static string ToDot() => DotGraph.Write(Machine, "Early Help case lifecycle");

    private static StateMachine<CaseState, CaseTrigger, Case> Build()
    {
        var machine = new Builder(CaseState.Enquiry, c => c.State, (c, s) => c.State = s);
        machine.WhenAnyTrigger(
            c => GuardResult.Require(!c.StepUpDecisionRequired, "the need is above the Early Help ceiling: step up, or a manager decides to keep the case in Early Help, first"),
            "no step-up decision waiting",
            [.. NotHeldByStepUpDecision]);

        foreach (var state in OpenStates)
        {
            ConfigureOpen(machine.Configure(state));
        }

        foreach (var state in WorkingStates)
        {
            ConfigureWorking(machine.Configure(state));
        }

        foreach (var state in new[] { CaseState.Enquiry, CaseState.SteppedUp })
        {
            ConfigureStepDown(machine.Configure(state));
        }

        foreach (var state in OpenStates.Append(CaseState.SteppedUp))
        {
            machine.Configure(state)
                .Internal<ConsentWithdrawn>(WithdrawConsent)
                .When(c => GuardResult.Require(c.HasConsent, "there is no consent to withdraw"), "consent given")
                .Then((c, cmd, _) =>
                {
                    c.AddConsent(new ConsentRecord(ConsentStatus.Withdrawn, cmd.Data.WithdrawnBy, cmd.At, cmd.Data.Reason));
                    c.EndPlan(cmd.At, "consent withdrawn");
                });
        }

        ConfigureEnquiry(machine.Configure(CaseState.Enquiry));
        ConfigurePlanStates(machine);

        machine.Configure(CaseState.Allocation)
            .Permit<CaseCommand<AssessmentStarted>>(StartAssessment, CaseState.Assessment)
            .When(CaseRules.ConsentRecorded, "consent recorded")
            .When(CaseRules.ExactlyOneLeadPractitioner, "one lead practitioner")
            .Then(Start);
        machine.Configure(CaseState.SteppedDown)
            .Permit<CaseCommand<AssessmentStarted>>(StartAssessment, CaseState.Assessment)
            .When(CaseRules.ConsentRecorded, "consent recorded")
            .When(CaseRules.ExactlyOneLeadPractitioner, "one lead practitioner")
            .Then(Start);

        machine.Configure(CaseState.SteppedUp)
            .OnEntry((c, t) =>
            {
                var at = ((CaseCommand)t.Data).At;
                c.EndedAt = at;
                c.EndReason = ClosureReason.SteppedUp;
                c.StepUpDecisionRequired = false;
                c.ClosureRequest = null;
                c.EndLeadPractitioners(at);
                c.EndPlan(at, "stepped up to children's social care");
            })
            .Internal<ConsentRecorded>(RecordConsent)
            .Requires((_, c) => ValidConsent(c.Data), "given or partial, with what partial consent covers")
            .Then((c, cmd, _) => c.AddConsent(new ConsentRecord(cmd.Data.Status, cmd.Data.GivenBy, cmd.At, cmd.Data.Note)));

        machine.Configure(CaseState.SteppedDown)
            .OnEntry((c, _) =>
            {
                c.EndedAt = null;
                c.EndReason = null;
            });

        machine.Configure(CaseState.Closed)
            .Final()
            .OnEntry((c, t) =>
            {
                var at = ((CaseCommand)t.Data).At;
                c.EndedAt = at;
                c.EndLeadPractitioners(at);
                c.EndPlan(at, "case closed");
            })
            .Internal<ExitSurveyRecorded>(RecordExitSurvey)
            .When(c => GuardResult.Require(c.ExitSurvey is null, "the exit survey is already recorded"), "no exit survey yet")
            .When(c => GuardResult.Require(c.LeadPractitioners.Count > 0, "the enquiry closed at triage: there was no Early Help to survey"), "Early Help given")
            .Then((c, cmd, _) => c.ExitSurvey = Recorded(cmd));

        return machine.Build();
    }

    /// <summary>Facts and decisions possible in every open state.</summary>
    private static void ConfigureOpen(State state)
    {
        state.Internal<EnquiryAdded>(AddEnquiry)
            .Requires((_, c) => CaseRules.Reasons(CaseRules.CheckEnquiry(c.Data.Enquiry, c.At)), "a complete enquiry")
            .Then((c, cmd, _) => c.AddEnquiry(cmd.Data.Enquiry));

        state.Internal<ConsentRecorded>(RecordConsent)
            .Requires((_, c) => ValidConsent(c.Data), "given or partial, with what partial consent covers")
            .Then((c, cmd, _) => c.AddConsent(new ConsentRecord(cmd.Data.Status, cmd.Data.GivenBy, cmd.At, cmd.Data.Note)));

        state.Internal<CseScreeningRecorded>(RecordCseScreening)
            .Requires((c, cmd) => GuardResult.Require(c.ChildIds.Contains(cmd.Data.ChildId), "the child screened is not one of the case's children"), "one of the case's children")
            .Then((c, cmd, _) =>
            {
                c.AddCseScreening(Recorded(cmd));
                if (cmd.Data.Risk == CseRisk.High)
                {
                    c.StepUpDecisionRequired = true;
                }
            });

        state.Internal<StepUpDeclined>(DeclineStepUp)
            .When(c => GuardResult.Require(c.StepUpDecisionRequired, "no step-up decision is waiting"), "a step-up decision waiting")
            .Requires((_, cmd) => CaseRules.ManagerActs(cmd.By, "keeping a case in Early Help above the ceiling"), "a team manager")
            .Requires((_, cmd) => CaseRules.Given(cmd.Data.Reason, "the reason"), "a reason")
            .Requires((_, cmd) => GuardResult.Require(!cmd.Data.AgreedLevelOfNeed.IsAboveEarlyHelpCeiling(), "the agreed level of need must be within Early Help"), "a level within Early Help")
            .Then((c, cmd, _) =>
            {
                c.AddStepUpDeclined(Recorded(cmd));
                c.StepUpDecisionRequired = false;
                c.LevelOfNeed = cmd.Data.AgreedLevelOfNeed;
            });

        // A step-up to social care is never blocked: no guard here, and the machine-wide guard exempts it.
        state.Permit<CaseCommand<SteppedUp>>(StepUp, CaseState.SteppedUp)
            .Requires((_, cmd) => CaseRules.Given(cmd.Data.Reason, "the reason for the step-up"), "a reason")
            .Then((c, cmd, _) => c.AddStepUp(Recorded(cmd)));
    }

    /// <summary>Facts and decisions possible once the case is allocated to Early Help.</summary>
    private static void ConfigureWorking(State state)
    {
        state.Internal<LeadPractitionerAllocated>(AllocateLeadPractitioner)
            .Requires((_, cmd) => CaseRules.Given(cmd.Data.PractitionerId, "the lead practitioner"), "a named practitioner")
            .Requires((_, cmd) => CaseRules.Given(cmd.Data.TeamId, "the lead practitioner's team"), "their team")
            .Requires((c, cmd) => GuardResult.Require(
                c.CurrentLeadPractitioners is not [{ } current] || current.PractitionerId != cmd.Data.PractitionerId,
                "this practitioner is already the lead practitioner"), "someone new")
            .Then((c, cmd, _) => c.Allocate(cmd.Data.PractitionerId, cmd.Data.TeamId, cmd.At));

        state.Internal<LevelOfNeedChanged>(ChangeLevelOfNeed)
            .Requires((_, cmd) => CaseRules.Given(cmd.Data.Reason, "the reason for the change"), "a reason")
            .Requires((c, cmd) => GuardResult.Require(cmd.Data.LevelOfNeed != c.LevelOfNeed, $"the level of need is already {c.LevelOfNeed}"), "a different level")
            .Then((c, cmd, _) =>
            {
                c.AddLevelOfNeedChange(Recorded(cmd));
                c.LevelOfNeed = cmd.Data.LevelOfNeed;
                if (cmd.Data.LevelOfNeed.IsAboveEarlyHelpCeiling())
                {
                    c.StepUpDecisionRequired = true;
                }
            });

        state.Internal<ClosureRequested>(RequestClosure)
            .Requires((_, cmd) => GuardResult.Require(ClosureReasonsAPractitionerGives.Contains(cmd.Data.Reason),
                $"{cmd.Data.Reason} is not a closure reason a practitioner can give"), "a closure reason code")
            .Requires((_, cmd) => CaseRules.Given(cmd.Data.FamilyViews, "the family's views"), "the family's views")
            .Requires((_, cmd) => CaseRules.Given(cmd.Data.ChildViews, "the child's views"), "the child's views")
            .Then((c, cmd, _) => c.ClosureRequest = Recorded(cmd));

        state.Permit<CaseCommand<ClosureSignedOff>>(SignOffClosure, CaseState.Closed)
            .When(c => GuardResult.Require(c.ClosureRequest is not null,
                "closure has not been requested with a reason and the family's and child's views"), "closure requested")
            .Requires((_, cmd) => CaseRules.ManagerActs(cmd.By, "signing off a closure"), "a team manager")
            .Then((c, cmd, _) =>
            {
                c.ClosureSignOff = Recorded(cmd);
                c.EndReason = c.ClosureRequest!.Fact.Reason;
            });
    }

    private static void ConfigureEnquiry(State enquiry) =>
        enquiry.PermitDynamic<CaseCommand<TriageDecided>>(Triage, (_, cmd) => cmd.Data.Outcome switch
            {
                TriageOutcome.EarlyHelp => CaseState.Allocation,
                TriageOutcome.ReferToSocialCare => CaseState.SteppedUp,
                _ => CaseState.Closed,
            }, CaseState.Allocation, CaseState.SteppedUp, CaseState.Closed)
            .Requires((_, cmd) => CaseRules.Given(cmd.Data.Rationale, "the rationale"), "a rationale")
            .Requires((_, cmd) => GuardResult.Require(
                cmd.Data.Outcome == TriageOutcome.ReferToSocialCare || !cmd.Data.LevelOfNeed.IsAboveEarlyHelpCeiling(),
                $"level of need {cmd.Data.LevelOfNeed} is above the Early Help ceiling: refer to children's social care"), "a level within Early Help unless referred")
            .Requires((c, cmd) => GuardResult.Require(
                !c.StepUpDecisionRequired || cmd.Data.Outcome == TriageOutcome.ReferToSocialCare,
                "a step-up decision is waiting: refer to children's social care, or a manager decides to keep the case in Early Help first"), "referral while a step-up decision waits")
            .Then((c, cmd, t) =>
            {
                c.RecordTriage(Recorded(cmd));
                if (t.To == CaseState.SteppedUp)
                {
                    c.AddStepUp(new Recorded<SteppedUp>(new SteppedUp($"Referred to children's social care at triage: {cmd.Data.Rationale}", null), cmd.At, cmd.By));
                }
                else if (t.To == CaseState.Closed)
                {
                    c.EndReason = cmd.Data.Outcome switch
                    {
                        TriageOutcome.SingleAgency => ClosureReason.SingleAgency,
                        TriageOutcome.Signpost => ClosureReason.Signposted,
                        _ => ClosureReason.NoFurtherAction,
                    };
                }
            });

    private static void ConfigureStepDown(State state)
    {
        state.Internal<StepDownRequested>(RequestStepDown)
            .When(c => GuardResult.Require(!c.StepDownRequests.Any(r => r.IsWaitingForPanel || r.IsAcceptedAndWaiting),
                "a step-down request is already with the panel"), "no request waiting")
            .Requires((_, cmd) => CaseRules.Given(cmd.Data.Reason, "the reason for the step-down"), "a reason")
            .Requires((c, cmd) => GuardResult.Require(c.StepDownRequests.All(r => r.Request.RequestId != cmd.Data.RequestId),
                "a request with this identifier already exists"), "a new request")
            .Then((c, cmd, _) => c.AddStepDownRequest(new StepDownRequest(cmd.Data, cmd.At, null, null, null)));

        state.Internal<PanelDecisionRecorded>(RecordPanelDecision)
            .When(c => GuardResult.Require(c.StepDownRequests.Any(r => r.IsWaitingForPanel), "no step-down request is waiting for the panel"), "a request waiting")
            .Requires((c, cmd) => GuardResult.Require(c.StepDownRequests.Any(r => r.IsWaitingForPanel && r.Request.RequestId == cmd.Data.RequestId),
                "the decision is not for the request waiting for the panel"), "the waiting request")
            .Requires((_, cmd) => ValidPanelDecision(cmd.Data), "a locality team, a partner or a reason, as the decision needs")
            .Requires((_, cmd) => GuardResult.Require(cmd.By.Role == ActorRole.PanelChair, "a step-down panel decision must be recorded by the panel's chair"), "the panel chair")
            .Then((c, cmd, _) => c.ReplaceStepDownRequest(cmd.Data.RequestId, r => r with { Decision = cmd.Data, DecidedAt = cmd.At }));

        state.Permit<CaseCommand<SteppedDown>>(StepDown, CaseState.SteppedDown)
            .When(c => GuardResult.Require(c.StepDownRequests.Any(r => r.IsAcceptedAndWaiting), "the step-down panel has not accepted the case"), "panel accepted")
            .When(ConsentSinceStepDownRequest, "family's consent")
            .Requires((c, cmd) => GuardResult.Require(c.StepDownRequests.Any(r => r.IsAcceptedAndWaiting && r.Request.RequestId == cmd.Data.RequestId),
                "the step-down is not for the request the panel accepted"), "the accepted request")
            .Requires((_, cmd) => CaseRules.Given(cmd.Data.LeadPractitionerId, "the named lead practitioner"), "a named lead practitioner")
            .Requires((_, cmd) => CaseRules.Given(cmd.Data.TeamId, "the lead practitioner's team"), "their team")
            .Requires((_, cmd) => GuardResult.Require(!cmd.Data.AgreedLevelOfNeed.IsAboveEarlyHelpCeiling(),
                $"level of need {cmd.Data.AgreedLevelOfNeed} is above the Early Help ceiling: a case steps down at a level Early Help works at"), "a level within Early Help")
            .Then((c, cmd, _) =>
            {
                c.ReplaceStepDownRequest(cmd.Data.RequestId, r => r with { SteppedDownAt = cmd.At });
                c.Allocate(cmd.Data.LeadPractitionerId, cmd.Data.TeamId, cmd.At);
                c.LevelOfNeed = cmd.Data.AgreedLevelOfNeed;
            });
    }

    private static void ConfigurePlanStates(Builder machine)
    {
        machine.Configure(CaseState.Assessment)
            .Permit<CaseCommand<AssessmentCompleted>>(CompleteAssessment, CaseState.TeamAroundFamily)
            .When(CaseRules.ConsentRecorded, "consent recorded")
            .When(CaseRules.ExactlyOneLeadPractitioner, "one lead practitioner")
            .Requires((_, cmd) => CaseRules.Plan(cmd.Data.Plan), "a family plan with actions, owners and due dates")
            .Requires((_, cmd) => GuardResult.Require(!cmd.Data.LevelOfNeed.IsAboveEarlyHelpCeiling(),
                $"level of need {cmd.Data.LevelOfNeed} is above the Early Help ceiling: step up instead"), "a level within Early Help")
            .Then((c, cmd, _) =>
            {
                c.Assessment = c.Assessment! with { CompletedAt = cmd.At, NeedsIdentified = cmd.Data.NeedsIdentified };
                c.Plan = new FamilyPlan(cmd.Data.Plan, cmd.At, null, null);
                c.LevelOfNeed = cmd.Data.LevelOfNeed;
            });

        machine.Configure(CaseState.TeamAroundFamily)
            .Permit<CaseCommand<TafMeetingHeld>>(HoldTafMeeting, CaseState.Review)
            .When(CaseRules.PlanRuns, "plan running")
            .Requires((_, cmd) => HeldBy(cmd.Data.HeldOn, cmd.At), "held on or before today")
            .Then((c, cmd, _) => c.AddTafMeeting(Recorded(cmd)));

        machine.Configure(CaseState.Review)
            .Internal<TafMeetingHeld>(HoldTafMeeting)
            .When(CaseRules.PlanRuns, "plan running")
            .Requires((_, cmd) => HeldBy(cmd.Data.HeldOn, cmd.At), "held on or before today")
            .Then((c, cmd, _) => c.AddTafMeeting(Recorded(cmd)));

        machine.Configure(CaseState.Review)
            .Internal<ReviewRecorded>(RecordReview)
            .When(CaseRules.PlanRuns, "plan running")
            .Requires((_, cmd) => HeldBy(cmd.Data.HeldOn, cmd.At), "held on or before today")
            .Then((c, cmd, _) => c.AddReview(Recorded(cmd)));

        foreach (var state in new[] { CaseState.TeamAroundFamily, CaseState.Review })
        {
            machine.Configure(state)
                .Internal<FamilyPlanUpdated>(UpdateFamilyPlan)
                .When(CaseRules.PlanRuns, "plan running")
                .Requires((_, cmd) => CaseRules.Plan(cmd.Data.Plan), "a family plan with actions, owners and due dates")
                .Then((c, cmd, _) => c.Plan = c.Plan! with { Actions = cmd.Data.Plan });
        }

        foreach (var state in new[] { CaseState.Assessment, CaseState.TeamAroundFamily, CaseState.Review, CaseState.SteppedDown })
        {
            machine.Configure(state)
                .Internal<OutcomeReadingsRecorded>(RecordOutcomeReadings)
                .Requires((_, cmd) => ValidReadings(cmd.Data), "a measure and one score per named domain")
                .Then((c, cmd, _) => c.AddOutcomeReadings(Recorded(cmd)));
        }
    }

    /// <summary>The closure reasons a practitioner chooses; the others are set by triage or by a step-up.</summary>
    private static readonly HashSet<ClosureReason> ClosureReasonsAPractitionerGives =
    [
        ClosureReason.OutcomesMet, ClosureReason.StepDownToUniversal, ClosureReason.ConsentWithdrawn,
        ClosureReason.FamilyDisengaged, ClosureReason.MovedAway, ClosureReason.Other,
    ];

    private static void Start(Case c, CaseCommand<AssessmentStarted> cmd, Transition<CaseState, CaseTrigger> transition) =>
        c.Assessment = new EarlyHelpAssessment(cmd.At, null, []);

    private static GuardResult ConsentSinceStepDownRequest(Case c)
    {
        var consent = CaseRules.ConsentRecorded(c);
        var request = c.StepDownRequests.LastOrDefault(r => r.IsAcceptedAndWaiting);
        if (!consent.IsAllowed || request is null)
        {
            return consent;
        }

        return GuardResult.Require(c.ConsentRecords[^1].At >= request.RequestedAt,
            "the family's consent to Early Help must be recorded after the step-down was requested");
    }

    private static GuardResult ValidConsent(ConsentRecorded consent) => consent.Status switch
    {
        ConsentStatus.Given => GuardResult.Allowed,
        ConsentStatus.Partial => CaseRules.Given(consent.Note, "what the partial consent covers"),
        _ => GuardResult.Refuse("record consent as given or partial; withdrawal is recorded on its own"),
    };

    private static GuardResult ValidPanelDecision(PanelDecisionRecorded decision) => decision.Outcome switch
    {
        PanelOutcome.AcceptToLocality => CaseRules.Given(decision.LocalityTeam, "the locality team that takes the case"),
        PanelOutcome.RecommendToPartner => CaseRules.Given(decision.Partner, "the partner agency recommended"),
        _ => CaseRules.Given(decision.Reason, "the reason for declining"),
    };

    private static GuardResult ValidReadings(OutcomeReadingsRecorded readings)
    {
        var reasons = new List<string>();
        if (string.IsNullOrWhiteSpace(readings.Measure))
        {
            reasons.Add("the outcome measure is missing");
        }

        if (readings.Scores.Count == 0)
        {
            reasons.Add("at least one domain score is needed");
        }

        if (readings.Scores.Any(s => string.IsNullOrWhiteSpace(s.Domain)))
        {
            reasons.Add("every score needs its domain");
        }

        if (readings.Scores.Select(s => s.Domain).Distinct(StringComparer.OrdinalIgnoreCase).Count() != readings.Scores.Count)
        {
            reasons.Add("a domain is scored twice");
        }

        if (readings.Scores.Any(s => s.Score < 0))
        {
            reasons.Add("scores cannot be negative");
        }

        return CaseRules.Reasons(reasons);
    }

    private static GuardResult HeldBy(DateOnly heldOn, DateTimeOffset at) =>
        GuardResult.Require(heldOn <= CouncilTime.DateOf(at), "a meeting cannot be recorded before it is held");

    private static Recorded<T> Recorded<T>(CaseCommand<T> command)
        where T : notnull => new(command.Data, command.At, command.By);

    private static TransitionBuilder<CaseState, CaseTrigger, Case, CaseCommand<T>> Internal<T>(this State state, CaseTrigger trigger)
        where T : notnull => state.PermitInternal<CaseCommand<T>>(trigger);
}

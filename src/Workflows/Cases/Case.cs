using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Workflows.Cases;

/// <summary>
/// An Early Help episode concerning one or more children of a family, from the enquiry to closure.
/// Every change goes through the case lifecycle (<see cref="CaseLifecycle"/>), which either records one
/// event in the append-only <see cref="History"/> or refuses with reasons and changes nothing. The case is
/// rebuilt from its history; everything else on it is derived.
/// </summary>
public sealed class Case
{
    private readonly List<CaseEvent> _history = [];
    private readonly List<Guid> _childIds = [];
    private readonly List<Enquiry> _enquiries = [];
    private readonly List<LeadPractitionerAssignment> _leadPractitioners = [];
    private readonly List<ConsentRecord> _consents = [];
    private readonly List<Recorded<TafMeetingHeld>> _tafMeetings = [];
    private readonly List<Recorded<ReviewRecorded>> _reviews = [];
    private readonly List<Recorded<OutcomeReadingsRecorded>> _outcomeReadings = [];
    private readonly List<Recorded<CseScreeningRecorded>> _cseScreenings = [];
    private readonly List<Recorded<LevelOfNeedChanged>> _levelOfNeedChanges = [];
    private readonly List<Recorded<StepUpDeclined>> _stepUpsDeclined = [];
    private readonly List<Recorded<SteppedUp>> _stepUps = [];
    private readonly List<StepDownRequest> _stepDownRequests = [];

    private Case(Guid id) => Id = id;

    /// <summary>The case's identifier.</summary>
    public Guid Id { get; }

    /// <summary>The family.</summary>
    public Guid FamilyId { get; private set; }

    /// <summary>The locality team area the case belongs to.</summary>
    public string Locality { get; private set; } = "";

    /// <summary>The children the episode concerns.</summary>
    public IReadOnlyList<Guid> ChildIds => _childIds;

    /// <summary>Where the case is in its lifecycle.</summary>
    public CaseState State { get; internal set; }

    /// <summary>The number of events in the history: the version an update must expect.</summary>
    public int Version => _history.Count;

    /// <summary>The version last loaded from or saved to the store.</summary>
    public int PersistedVersion { get; private set; }

    /// <summary>The whole history, oldest first.</summary>
    public IReadOnlyList<CaseEvent> History => _history;

    /// <summary>The events recorded since the case was last loaded or saved.</summary>
    public IReadOnlyList<CaseEvent> PendingEvents => _history.Count == PersistedVersion ? [] : _history[PersistedVersion..];

    /// <summary>When the case was opened.</summary>
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>The enquiries, the opening one first.</summary>
    public IReadOnlyList<Enquiry> Enquiries => _enquiries;

    /// <summary>The triage decision, once made.</summary>
    public Recorded<TriageDecided>? Triage { get; private set; }

    /// <summary>The current level of need.</summary>
    public LevelOfNeed LevelOfNeed { get; internal set; }

    /// <summary>Lead practitioner allocations over time.</summary>
    public IReadOnlyList<LeadPractitionerAssignment> LeadPractitioners => _leadPractitioners;

    /// <summary>The allocations that are current (the rules require exactly one before assessment).</summary>
    public IReadOnlyList<LeadPractitionerAssignment> CurrentLeadPractitioners => [.. _leadPractitioners.Where(a => a.IsCurrent)];

    /// <summary>The consent history.</summary>
    public IReadOnlyList<ConsentRecord> ConsentRecords => _consents;

    /// <summary>The family's consent now.</summary>
    public ConsentStatus Consent => _consents.Count == 0 ? ConsentStatus.NotRecorded : _consents[^1].Status;

    /// <summary>True when consent is given in full or in part.</summary>
    public bool HasConsent => Consent is ConsentStatus.Given or ConsentStatus.Partial;

    /// <summary>The Early Help Assessment, once started.</summary>
    public EarlyHelpAssessment? Assessment { get; internal set; }

    /// <summary>The family plan, once agreed.</summary>
    public FamilyPlan? Plan { get; internal set; }

    /// <summary>Team Around the Family meetings.</summary>
    public IReadOnlyList<Recorded<TafMeetingHeld>> TafMeetings => _tafMeetings;

    /// <summary>Reviews of the plan.</summary>
    public IReadOnlyList<Recorded<ReviewRecorded>> Reviews => _reviews;

    /// <summary>Outcome measure readings.</summary>
    public IReadOnlyList<Recorded<OutcomeReadingsRecorded>> OutcomeReadings => _outcomeReadings;

    /// <summary>CSE screenings.</summary>
    public IReadOnlyList<Recorded<CseScreeningRecorded>> CseScreenings => _cseScreenings;

    /// <summary>Changes of the level of need.</summary>
    public IReadOnlyList<Recorded<LevelOfNeedChanged>> LevelOfNeedChanges => _levelOfNeedChanges;

    /// <summary>Decisions to keep the case in Early Help when a step-up decision was required.</summary>
    public IReadOnlyList<Recorded<StepUpDeclined>> StepUpsDeclined => _stepUpsDeclined;

    /// <summary>True when the need rose above the Early Help ceiling (or a CSE screening found high risk) and no one has decided yet.</summary>
    public bool StepUpDecisionRequired { get; internal set; }

    /// <summary>Step-ups to children's social care.</summary>
    public IReadOnlyList<Recorded<SteppedUp>> StepUps => _stepUps;

    /// <summary>Requests to the step-down panel.</summary>
    public IReadOnlyList<StepDownRequest> StepDownRequests => _stepDownRequests;

    /// <summary>The closure requested and waiting for a manager's sign-off.</summary>
    public Recorded<ClosureRequested>? ClosureRequest { get; internal set; }

    /// <summary>The manager's sign-off of the closure.</summary>
    public Recorded<ClosureSignedOff>? ClosureSignOff { get; internal set; }

    /// <summary>Why the episode ended (closure reason, triage outcome, or stepped up); null while open.</summary>
    public ClosureReason? EndReason { get; internal set; }

    /// <summary>When the Early Help episode ended (closed or stepped up); null while open.</summary>
    public DateTimeOffset? EndedAt { get; internal set; }

    /// <summary>The exit survey, once received.</summary>
    public Recorded<ExitSurveyRecorded>? ExitSurvey { get; internal set; }

    /// <summary>
    /// Opens a case from an enquiry. If a child already has an open episode, the case is not opened unless
    /// a reason for a new episode is given: the open episodes are offered instead (add the enquiry to one).
    /// </summary>
    /// <param name="id">The new case's identifier.</param>
    /// <param name="opened">The opening fact.</param>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="openEpisodes">The open episodes found for the same children (any closed ones are ignored).</param>
    public static CaseOpening Open(Guid id, CaseOpened opened, Actor by, DateTimeOffset at, IReadOnlyCollection<OpenEpisode> openEpisodes)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(openEpisodes);
        var offered = openEpisodes.Where(e => e.State.IsOpen() && opened.ChildIds.Contains(e.ChildId)).ToList();
        var reasons = CaseRules.CheckOpening(opened, at).ToList();
        if (offered.Count > 0 && string.IsNullOrWhiteSpace(opened.NewEpisodeReason))
        {
            reasons.AddRange(offered.Select(e =>
                $"child {e.ChildId} already has an open episode {e.CaseId} ({e.State}): add the enquiry to it, or give a reason for a new episode"));
        }

        if (reasons.Count > 0)
        {
            return new CaseOpening(null, reasons, offered);
        }

        var opening = new Case(id);
        opening.Apply(new CaseEvent(id, 1, CaseEventTypes.CaseOpened.Key, null, CaseState.Enquiry, by, at, opened));
        return new CaseOpening(opening, [], offered);
    }

    /// <summary>Rebuilds a case from its stored history, oldest first.</summary>
    /// <param name="history">The events; the first must be the opening fact.</param>
    /// <exception cref="InvalidOperationException">The history is empty, out of order, or does not fit the lifecycle.</exception>
    public static Case Rehydrate(IEnumerable<CaseEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        Case? rebuilt = null;
        foreach (var recorded in history)
        {
            rebuilt ??= new Case(recorded.CaseId);
            rebuilt.Apply(recorded);
        }

        if (rebuilt is null)
        {
            throw new InvalidOperationException("A case's history cannot be empty.");
        }

        rebuilt.PersistedVersion = rebuilt.Version;
        return rebuilt;
    }

    /// <summary>Marks the pending events as saved; the store calls it after a successful save.</summary>
    public void MarkPersisted() => PersistedVersion = Version;

    /// <summary>
    /// Offers a fact to the lifecycle. Accepted: the case changes and one event is appended. Refused: nothing
    /// changes, and the result says why.
    /// </summary>
    /// <typeparam name="TFact">The fact's type, which must be the one the trigger carries.</typeparam>
    /// <param name="trigger">The trigger.</param>
    /// <param name="fact">The fact.</param>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    public CaseResult Fire<TFact>(CaseTrigger trigger, TFact fact, Actor by, DateTimeOffset at)
        where TFact : notnull
    {
        ArgumentNullException.ThrowIfNull(by);
        var type = CaseEventTypes.ForTrigger(trigger);
        if (!type.FactType.IsInstanceOfType(fact))
        {
            throw new ArgumentException($"{trigger} carries {type.FactType.Name}, not {fact.GetType().Name}.", nameof(fact));
        }

        var outcome = CaseLifecycle.Machine.Fire(this, trigger, type.Command(fact, by, at));
        if (!outcome.IsAccepted)
        {
            return new CaseResult(outcome, null);
        }

        var recorded = new CaseEvent(Id, Version + 1, type.Key, outcome.From, outcome.To, by, at, fact);
        _history.Add(recorded);
        return new CaseResult(outcome, recorded);
    }

    /// <summary>Which triggers are permitted now, and why not the others.</summary>
    public IReadOnlyList<TriggerAvailability<CaseState, CaseTrigger>> PermittedTriggers() => CaseLifecycle.Machine.Explain(this);

    /// <summary>Whether one trigger is permitted now, and if not, why not.</summary>
    /// <param name="trigger">The trigger.</param>
    public TriggerAvailability<CaseState, CaseTrigger> Explain(CaseTrigger trigger) => CaseLifecycle.Machine.Explain(this, trigger);

    /// <summary>Adds a further enquiry about a child to this open episode.</summary>
    /// <param name="fact">The enquiry.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult AddEnquiry(EnquiryAdded fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.AddEnquiry, fact, by, at);

    /// <summary>Records the triage decision.</summary>
    /// <param name="fact">The decision.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult DecideTriage(TriageDecided fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.Triage, fact, by, at);

    /// <summary>Allocates a lead practitioner.</summary>
    /// <param name="fact">The allocation.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult AllocateLeadPractitioner(LeadPractitionerAllocated fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.AllocateLeadPractitioner, fact, by, at);

    /// <summary>Records consent.</summary>
    /// <param name="fact">The consent.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult RecordConsent(ConsentRecorded fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.RecordConsent, fact, by, at);

    /// <summary>Records that consent was withdrawn; the plan ends.</summary>
    /// <param name="fact">The withdrawal.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult WithdrawConsent(ConsentWithdrawn fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.WithdrawConsent, fact, by, at);

    /// <summary>Starts the Early Help Assessment.</summary>
    /// <param name="fact">The start.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult StartAssessment(AssessmentStarted fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.StartAssessment, fact, by, at);

    /// <summary>Completes the Early Help Assessment with the family plan.</summary>
    /// <param name="fact">The completion.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult CompleteAssessment(AssessmentCompleted fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.CompleteAssessment, fact, by, at);

    /// <summary>Changes the family plan.</summary>
    /// <param name="fact">The new plan.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult UpdateFamilyPlan(FamilyPlanUpdated fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.UpdateFamilyPlan, fact, by, at);

    /// <summary>Records a Team Around the Family meeting.</summary>
    /// <param name="fact">The meeting.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult HoldTafMeeting(TafMeetingHeld fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.HoldTafMeeting, fact, by, at);

    /// <summary>Records a review of the plan.</summary>
    /// <param name="fact">The review.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult RecordReview(ReviewRecorded fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.RecordReview, fact, by, at);

    /// <summary>Records outcome measure readings.</summary>
    /// <param name="fact">The readings.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult RecordOutcomeReadings(OutcomeReadingsRecorded fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.RecordOutcomeReadings, fact, by, at);

    /// <summary>Records a CSE screening.</summary>
    /// <param name="fact">The screening.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult RecordCseScreening(CseScreeningRecorded fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.RecordCseScreening, fact, by, at);

    /// <summary>Changes the level of need.</summary>
    /// <param name="fact">The change.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult ChangeLevelOfNeed(LevelOfNeedChanged fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.ChangeLevelOfNeed, fact, by, at);

    /// <summary>Keeps the case in Early Help when a step-up decision was required.</summary>
    /// <param name="fact">The decision.</param><param name="by">Who (a team manager).</param><param name="at">When.</param>
    public CaseResult DeclineStepUp(StepUpDeclined fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.DeclineStepUp, fact, by, at);

    /// <summary>Steps the case up to children's social care.</summary>
    /// <param name="fact">The step-up.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult StepUp(SteppedUp fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.StepUp, fact, by, at);

    /// <summary>Asks the step-down panel to move the case to Early Help.</summary>
    /// <param name="fact">The request.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult RequestStepDown(StepDownRequested fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.RequestStepDown, fact, by, at);

    /// <summary>Records the step-down panel's decision.</summary>
    /// <param name="fact">The decision.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult RecordPanelDecision(PanelDecisionRecorded fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.RecordPanelDecision, fact, by, at);

    /// <summary>Steps the case down into Early Help.</summary>
    /// <param name="fact">The step-down.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult StepDown(SteppedDown fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.StepDown, fact, by, at);

    /// <summary>Asks to close the case.</summary>
    /// <param name="fact">The request.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult RequestClosure(ClosureRequested fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.RequestClosure, fact, by, at);

    /// <summary>Signs off the closure; the case closes.</summary>
    /// <param name="fact">The sign-off.</param><param name="by">Who (a team manager).</param><param name="at">When.</param>
    public CaseResult SignOffClosure(ClosureSignedOff fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.SignOffClosure, fact, by, at);

    /// <summary>Records the exit survey.</summary>
    /// <param name="fact">The answers.</param><param name="by">Who.</param><param name="at">When.</param>
    public CaseResult RecordExitSurvey(ExitSurveyRecorded fact, Actor by, DateTimeOffset at) => Fire(CaseTrigger.RecordExitSurvey, fact, by, at);

    internal void Begin(CaseOpened opened, DateTimeOffset at)
    {
        FamilyId = opened.FamilyId;
        Locality = opened.Locality;
        _childIds.AddRange(opened.ChildIds);
        _enquiries.Add(opened.Enquiry);
        LevelOfNeed = opened.Enquiry.LevelOfNeed;
        OpenedAt = at;
        State = CaseState.Enquiry;
    }

    internal void AddEnquiry(Enquiry enquiry) => _enquiries.Add(enquiry);

    internal void RecordTriage(Recorded<TriageDecided> triage)
    {
        Triage = triage;
        LevelOfNeed = triage.Fact.LevelOfNeed;
    }

    internal void Allocate(string practitionerId, string teamId, DateTimeOffset at)
    {
        EndLeadPractitioners(at);
        _leadPractitioners.Add(new LeadPractitionerAssignment(practitionerId, teamId, at, null));
    }

    internal void EndLeadPractitioners(DateTimeOffset at)
    {
        for (var i = 0; i < _leadPractitioners.Count; i++)
        {
            if (_leadPractitioners[i].IsCurrent)
            {
                _leadPractitioners[i] = _leadPractitioners[i] with { Until = at };
            }
        }
    }

    internal void AddConsent(ConsentRecord consent) => _consents.Add(consent);

    internal void EndPlan(DateTimeOffset at, string because)
    {
        if (Plan is { IsActive: true })
        {
            Plan = Plan with { EndedAt = at, EndedBecause = because };
        }
    }

    internal void AddTafMeeting(Recorded<TafMeetingHeld> meeting) => _tafMeetings.Add(meeting);

    internal void AddReview(Recorded<ReviewRecorded> review) => _reviews.Add(review);

    internal void AddOutcomeReadings(Recorded<OutcomeReadingsRecorded> readings) => _outcomeReadings.Add(readings);

    internal void AddCseScreening(Recorded<CseScreeningRecorded> screening) => _cseScreenings.Add(screening);

    internal void AddLevelOfNeedChange(Recorded<LevelOfNeedChanged> change) => _levelOfNeedChanges.Add(change);

    internal void AddStepUpDeclined(Recorded<StepUpDeclined> decision) => _stepUpsDeclined.Add(decision);

    internal void AddStepUp(Recorded<SteppedUp> stepUp) => _stepUps.Add(stepUp);

    internal void AddStepDownRequest(StepDownRequest request) => _stepDownRequests.Add(request);

    internal void ReplaceStepDownRequest(Guid requestId, Func<StepDownRequest, StepDownRequest> change)
    {
        var index = _stepDownRequests.FindIndex(r => r.Request.RequestId == requestId);
        _stepDownRequests[index] = change(_stepDownRequests[index]);
    }

    private void Apply(CaseEvent recorded)
    {
        if (recorded.Sequence != Version + 1 || recorded.CaseId != Id)
        {
            throw new InvalidOperationException(
                $"Event {recorded.Sequence} of case {recorded.CaseId} does not follow event {Version} of case {Id}.");
        }

        if (recorded.Type == CaseEventTypes.CaseOpened.Key)
        {
            if (Version != 0 || recorded.Data is not CaseOpened opened || recorded.From is not null || recorded.To != CaseState.Enquiry)
            {
                throw new InvalidOperationException($"Case {Id}: only the first event can open the case.");
            }

            Begin(opened, recorded.At);
        }
        else
        {
            var type = CaseEventTypes.ForKey(recorded.Type)
                ?? throw new InvalidOperationException($"Case {Id}: unknown event type '{recorded.Type}'.");
            if (Version == 0 || type.Trigger is not { } trigger)
            {
                throw new InvalidOperationException($"Case {Id}: the history must start with '{CaseEventTypes.CaseOpened.Key}'.");
            }

            if (recorded.From != State)
            {
                throw new InvalidOperationException($"Case {Id}: event {recorded.Sequence} starts from {recorded.From}, but the case was in {State}.");
            }

            CaseLifecycle.Machine.Replay(this, trigger, type.Command(recorded.Data, recorded.By, recorded.At), recorded.To);
        }

        _history.Add(recorded);
    }
}

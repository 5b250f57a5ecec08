using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Deadlines;

namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// What the measures remember about the case being read, one case at a time: its area, its opening enquiry, and
/// where it stands before the event now read. The rules read it as it was before the event;
/// <see cref="Follow"/> then moves it on. One instance is reused for every case.
/// </summary>
internal sealed class CaseTrack
{
    public int Area { get; private set; }

    /// <summary>The instant the case's opening enquiry was received.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The council day the case's opening enquiry was received.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public IReadOnlyList<Guid> ChildIds { get; private set; } = [];

    /// <summary>The state before the event; null before the opening fact.</summary>
    public CaseState? State { get; private set; }

    public LevelOfNeed Level { get; private set; }

    /// <summary>The reason of the latest closure request, which a manager's sign-off closes with.</summary>
    public ClosureReason? RequestedReason { get; private set; }

    /// <summary>The day the current episode was allocated (its first lead practitioner, or its step-down); null before.</summary>
    public DateOnly? AllocatedOn { get; private set; }

    /// <summary>The level of need when the current episode was allocated.</summary>
    public LevelOfNeed? AllocationLevel { get; private set; }

    /// <summary>True once the case has been allocated at least once (so a later allocation is not counted from the enquiry).</summary>
    public bool EverAllocated { get; private set; }

    /// <summary>The day the current episode's EHA started; null before.</summary>
    public DateOnly? EhaStartedOn { get; set; }

    /// <summary>The day the current episode's EHA was completed, until its first TAF meeting; null otherwise.</summary>
    public DateOnly? EhaCompletedAwaitingTaf { get; set; }

    /// <summary>The latest score of each (measure, domain), for the direction of travel; made when the case has readings.</summary>
    public Dictionary<(string Measure, string Domain), int>? LastScores { get; set; }

    /// <summary>The spans the case was open, first to last day; an open-ended one has no end.</summary>
    public List<(DateOnly Start, DateOnly? End)> OpenSpans { get; } = [];

    /// <summary>Each time an episode ended (closed or stepped up).</summary>
    public List<(DateTimeOffset At, DateOnly On)> Endings { get; } = [];

    public void Start(int area, CaseOpened opened)
    {
        Area = area;
        ReceivedAt = opened.Enquiry.ReceivedAt;
        ReceivedOn = CouncilDays.DateOf(opened.Enquiry.ReceivedAt);
        ChildIds = opened.ChildIds;
        State = null;
        Level = opened.Enquiry.LevelOfNeed;
        RequestedReason = null;
        AllocatedOn = null;
        AllocationLevel = null;
        EverAllocated = false;
        EhaStartedOn = null;
        EhaCompletedAwaitingTaf = null;
        LastScores = null;
        OpenSpans.Clear();
        Endings.Clear();
    }

    /// <summary>True when the event ends an Early Help episode: from an open state to closed or stepped up.</summary>
    public bool Ends(in HistoryEntry entry) => IsOpen(State) && !IsOpen(entry.To);

    /// <summary>The closure reason of an ending (<see cref="Ends"/>): a step-up's, triage's, or the closure request's.</summary>
    public ClosureReason EndingReason(in HistoryEntry entry) =>
        entry.To == CaseState.SteppedUp ? ClosureReason.SteppedUp
        : entry.Fact is TriageDecided triage ? triage.Outcome switch
        {
            TriageOutcome.SingleAgency => ClosureReason.SingleAgency,
            TriageOutcome.Signpost => ClosureReason.Signposted,
            _ => ClosureReason.NoFurtherAction,
        }
        : RequestedReason ?? ClosureReason.Other;

    /// <summary>Moves the case on past the event, once every rule has read it.</summary>
    public void Follow(in HistoryEntry entry, DateOnly date)
    {
        var wasOpen = IsOpen(State);
        var isOpen = IsOpen(entry.To);
        if (!wasOpen && isOpen)
        {
            OpenSpans.Add((date, null));
        }
        else if (wasOpen && !isOpen)
        {
            OpenSpans[^1] = (OpenSpans[^1].Start, date);
            Endings.Add((entry.At, date));
            AllocatedOn = null;
            AllocationLevel = null;
            EhaStartedOn = null;
            EhaCompletedAwaitingTaf = null;
        }

        switch (entry.Fact)
        {
            case TriageDecided triage:
                Level = triage.LevelOfNeed;
                break;
            case LevelOfNeedChanged changed:
                Level = changed.LevelOfNeed;
                break;
            case StepUpDeclined declined:
                Level = declined.AgreedLevelOfNeed;
                break;
            case AssessmentCompleted completed:
                Level = completed.LevelOfNeed;
                break;
            case ClosureRequested request:
                RequestedReason = request.Reason;
                break;
            case SteppedDown steppedDown:
                Level = steppedDown.AgreedLevelOfNeed;
                Allocate(date);
                break;
            default:
                break;
        }

        if (ReferenceEquals(entry.Type, FactTypes.LeadPractitionerAllocated) && AllocatedOn is null)
        {
            Allocate(date);
        }

        State = entry.To;
    }

    private void Allocate(DateOnly date)
    {
        AllocatedOn = date;
        AllocationLevel = Level;
        EverAllocated = true;
    }

    /// <summary>Open as the lifecycle has it (<see cref="CaseLifecycle.OpenStates"/>): from the enquiry to closure or step-up.</summary>
    private static bool IsOpen(CaseState? state) => state is { } s && s is not (CaseState.Closed or CaseState.SteppedUp);
}

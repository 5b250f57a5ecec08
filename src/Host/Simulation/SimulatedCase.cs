using EarlyHelp.Host.History;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Simulation;

/// <summary>Where one simulated episode is and what happens next: all a simulation keeps of a case while it is open.</summary>
internal sealed class SimulatedCase
{
    public required string Key { get; init; }

    public required Guid FamilyId { get; init; }

    /// <summary>The family's members, for its first case only; a re-opened case names a family the store already has.</summary>
    public FamilyData? NewFamily { get; set; }

    public required IReadOnlyList<Guid> ChildIds { get; init; }

    public required DateOnly OldestChildBorn { get; init; }

    public required string Locality { get; init; }

    public Guid? CaseId { get; set; }

    public SimulatedStep Next { get; set; } = SimulatedStep.Open;

    public DateTimeOffset At { get; set; }

    public string? Practitioner { get; set; }

    public string? Manager { get; set; }

    public string? TriageOfficer { get; set; }

    public DateTimeOffset TafHeldAt { get; set; }

    public int ReviewsPlanned { get; set; }

    public int ReviewsHeld { get; set; }

    public bool EndsInStepUp { get; set; }

    public ReviewOutcome LastReview { get; set; }

    public int[]? Scores { get; set; }

    public IReadOnlyList<PlanAction> Plan { get; set; } = [];
}

/// <summary>The steps a simulated episode goes through, in the order a person takes them.</summary>
internal enum SimulatedStep
{
    Open,
    Triage,
    Allocate,
    Consent,
    StartAssessment,
    CompleteAssessment,
    CseScreening,
    TafMeeting,
    FirstReadings,
    Review,
    ReadingsAtReview,
    StepUp,
    RequestClosure,
    SignOffClosure,
    ExitSurvey,
    Done,
}

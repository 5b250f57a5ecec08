using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.StateMachines;
using S = EarlyHelp.Workflows.Cases.CaseState;
using T = EarlyHelp.Workflows.Cases.CaseTrigger;

namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>
/// Every (state, trigger) pair of the case lifecycle, against a table written here, independently of
/// <see cref="CaseLifecycle"/>'s configuration. A new state or trigger adds rows that fail until the table
/// says what they do.
/// </summary>
public class CaseLifecycleTableTests
{
    private static readonly S[] WorkingStates = [S.Allocation, S.Assessment, S.TeamAroundFamily, S.Review, S.SteppedDown];
    private static readonly S[] OpenStates = [S.Enquiry, .. WorkingStates];

    /// <summary>The permitted pairs and where the sample fact leads; every other pair is refused.</summary>
    private static readonly Dictionary<(S State, T Trigger), S> Permitted = Table(
        Stays(T.AddEnquiry, OpenStates),
        Moves(T.Triage, (S.Enquiry, S.Allocation)),
        Stays(T.AllocateLeadPractitioner, WorkingStates),
        Stays(T.RecordConsent, [.. OpenStates, S.SteppedUp]),
        Stays(T.WithdrawConsent, [.. OpenStates, S.SteppedUp]),
        Moves(T.StartAssessment, (S.Allocation, S.Assessment), (S.SteppedDown, S.Assessment)),
        Moves(T.CompleteAssessment, (S.Assessment, S.TeamAroundFamily)),
        Stays(T.UpdateFamilyPlan, S.TeamAroundFamily, S.Review),
        Moves(T.HoldTafMeeting, (S.TeamAroundFamily, S.Review), (S.Review, S.Review)),
        Stays(T.RecordReview, S.Review),
        Stays(T.RecordOutcomeReadings, S.Assessment, S.TeamAroundFamily, S.Review, S.SteppedDown),
        Stays(T.RecordCseScreening, OpenStates),
        Stays(T.ChangeLevelOfNeed, WorkingStates),
        Stays(T.DeclineStepUp, OpenStates),
        Moves(T.StepUp, [.. OpenStates.Select(s => (s, S.SteppedUp))]),
        Stays(T.RequestStepDown, S.Enquiry, S.SteppedUp),
        Stays(T.RecordPanelDecision, S.Enquiry, S.SteppedUp),
        Moves(T.StepDown, (S.Enquiry, S.SteppedDown), (S.SteppedUp, S.SteppedDown)),
        Stays(T.RequestClosure, WorkingStates),
        Moves(T.SignOffClosure, [.. WorkingStates.Select(s => (s, S.Closed))]),
        Stays(T.RecordExitSurvey, S.Closed));

    public static TheoryData<S, T> EveryPair()
    {
        var pairs = new TheoryData<S, T>();
        foreach (var state in Enum.GetValues<S>())
        {
            foreach (var trigger in Enum.GetValues<T>())
            {
                pairs.Add(state, trigger);
            }
        }

        return pairs;
    }

    [Fact]
    public void The_table_has_a_row_for_each_of_the_8_states_and_21_triggers()
    {
        Assert.Equal(8 * 21, EveryPair().Count);
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Each_state_and_trigger_is_permitted_or_refused_as_the_table_says(S state, T trigger)
    {
        if (Permitted.TryGetValue((state, trigger), out var destination))
        {
            AssertMoves(state, trigger, destination);
        }
        else
        {
            AssertRefused(state, trigger);
        }
    }

    [Fact]
    public void The_lifecycle_configures_exactly_the_permitted_pairs()
    {
        var expected = Permitted
            .Select(p => Row(p.Key.State, p.Key.Trigger, p.Key.Trigger == T.Triage ? [S.Allocation, S.SteppedUp, S.Closed] : [p.Value], p.Value == p.Key.State))
            .Order(StringComparer.Ordinal);

        var actual = CaseLifecycle.Transitions
            .Select(t => Row(t.Source, t.Trigger, t.Destinations, t.IsInternal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(TriageOutcome.EarlyHelp, S.Allocation)]
    [InlineData(TriageOutcome.ReferToSocialCare, S.SteppedUp)]
    [InlineData(TriageOutcome.Signpost, S.Closed)]
    [InlineData(TriageOutcome.SingleAgency, S.Closed)]
    [InlineData(TriageOutcome.NoFurtherAction, S.Closed)]
    public void Triage_leads_where_its_outcome_says(TriageOutcome outcome, S destination)
    {
        var journey = CaseBuilder.Opened();
        var at = journey.Clock.Next();

        var recorded = CaseAssert.Accepted(journey.Case, c => c.DecideTriage(SampleFacts.Triage(outcome), Actors.TriageOfficer, at));

        Assert.Equal(destination, journey.Case.State);
        Assert.Equal(S.Enquiry, recorded.From);
        Assert.Equal(destination, recorded.To);
    }

    private static void AssertMoves(S state, T trigger, S destination)
    {
        var journey = CaseBuilder.In(state).ReadyFor(trigger);
        var subject = journey.Case;
        var version = subject.Version;
        var by = Actors.For(trigger);
        var at = journey.Clock.Next();

        var result = subject.Fire(trigger, SampleFacts.For(trigger, subject), by, at);

        Assert.True(result.IsAccepted, result.Reason);
        Assert.Equal(destination, subject.State);
        var recorded = Assert.Single(subject.History.Skip(version));
        Assert.Same(recorded, result.Event);
        Assert.Equal(state, recorded.From);
        Assert.Equal(destination, recorded.To);
        Assert.Equal(CaseEventTypes.ForTrigger(trigger).Key, recorded.Type);
        Assert.Equal(by, recorded.By);
        Assert.Equal(at, recorded.At);
        Assert.Equal(version + 1, recorded.Sequence);
        Assert.Equal(version + 1, subject.Version);
    }

    private static void AssertRefused(S state, T trigger)
    {
        var journey = CaseBuilder.In(state).ReadyFor(trigger);
        var subject = journey.Case;
        var version = subject.Version;
        var events = subject.History.Count;
        var before = CaseSnapshot.Of(subject);

        var result = subject.Fire(trigger, SampleFacts.For(trigger, subject), Actors.For(trigger), journey.Clock.Next());

        Assert.False(result.IsAccepted, $"{trigger} was accepted in {state}");
        Assert.Equal(Refusal.NotPermittedInState, result.Outcome.Refusal);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        Assert.Null(result.Event);
        Assert.Equal(state, subject.State);
        Assert.Equal(version, subject.Version);
        Assert.Equal(events, subject.History.Count);
        Assert.Equal(before, CaseSnapshot.Of(subject));
    }

    private static string Row(S source, T trigger, IEnumerable<S> destinations, bool isInternal) =>
        $"{source} --{trigger}--> {string.Join(" | ", destinations.Order())}{(isInternal ? " (internal)" : "")}";

    private static IEnumerable<((S, T), S)> Stays(T trigger, params S[] states) =>
        states.Select(s => ((s, trigger), s));

    private static IEnumerable<((S, T), S)> Moves(T trigger, params (S From, S To)[] moves) =>
        moves.Select(m => ((m.From, trigger), m.To));

    private static Dictionary<(S, T), S> Table(params IEnumerable<((S, T) Pair, S To)>[] rows) =>
        rows.SelectMany(r => r).ToDictionary(r => r.Pair, r => r.To);
}

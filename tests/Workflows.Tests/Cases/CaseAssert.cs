using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>The two answers a case gives: accepted with one new event, or refused with a reason and no change.</summary>
internal static class CaseAssert
{
    /// <summary>Asserts the change is refused for the given kind of reason, the reason mentions the point, and nothing changed.</summary>
    public static void Refused(Case subject, Refusal refusal, string mentions, Func<Case, CaseResult> change)
    {
        var before = CaseSnapshot.Of(subject);

        var result = change(subject);

        Assert.False(result.IsAccepted, $"expected a refusal mentioning '{mentions}', but it was accepted");
        Assert.Equal(refusal, result.Outcome.Refusal);
        Assert.Contains(mentions, result.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Null(result.Event);
        Assert.Equal(before, CaseSnapshot.Of(subject));
    }

    /// <summary>Asserts the change was accepted and returns the one event it appended.</summary>
    public static CaseEvent Accepted(Case subject, Func<Case, CaseResult> change)
    {
        var count = subject.History.Count;

        var result = change(subject);

        Assert.True(result.IsAccepted, result.Reason);
        var recorded = Assert.Single(subject.History.Skip(count));
        Assert.Same(recorded, result.Event);
        return recorded;
    }
}

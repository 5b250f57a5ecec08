using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>Before a new episode starts, an open episode for the same child is found and offered instead.</summary>
public class OpeningRulesTests
{
    private static readonly Guid OpenCaseId = new("ca5e0000-0000-0000-0000-0000000000aa");

    [Fact]
    public void Opening_records_the_case_opened_event_in_Enquiry()
    {
        var opening = Case.Open(SampleFacts.CaseId, SampleFacts.Opening(), Actors.TriageOfficer, Clock.Start, []);

        Assert.True(opening.IsOpened, opening.Reason);
        var opened = opening.Case!;
        Assert.Equal(CaseState.Enquiry, opened.State);
        var recorded = Assert.Single(opened.History);
        Assert.Equal((1, CaseEventTypes.CaseOpened.Key, (CaseState?)null, CaseState.Enquiry), (recorded.Sequence, recorded.Type, recorded.From, recorded.To));
        Assert.Equal(Clock.Start, opened.OpenedAt);
    }

    [Fact]
    public void Opening_a_case_for_a_child_with_an_open_episode_is_refused_and_offers_that_episode()
    {
        var open = new OpenEpisode(OpenCaseId, SampleFacts.OtherChildId, CaseState.Review);

        var opening = Case.Open(SampleFacts.CaseId, SampleFacts.Opening(), Actors.TriageOfficer, Clock.Start, [open]);

        Assert.False(opening.IsOpened);
        Assert.Null(opening.Case);
        Assert.Equal([open], opening.OpenEpisodes);
        Assert.Contains("already has an open episode", opening.Reason);
        Assert.Contains(OpenCaseId.ToString(), opening.Reason);
    }

    [Fact]
    public void Opening_with_a_reason_for_a_new_episode_opens_it_and_still_names_the_open_one()
    {
        var open = new OpenEpisode(OpenCaseId, SampleFacts.ChildId, CaseState.Assessment);

        var opening = Case.Open(SampleFacts.CaseId, SampleFacts.Opening("A sibling's separate concern."), Actors.TriageOfficer, Clock.Start, [open]);

        Assert.True(opening.IsOpened, opening.Reason);
        Assert.Equal([open], opening.OpenEpisodes);
    }

    [Theory]
    [InlineData(CaseState.Closed)]
    [InlineData(CaseState.SteppedUp)]
    public void An_episode_that_has_ended_is_not_offered(CaseState ended)
    {
        var opening = Case.Open(SampleFacts.CaseId, SampleFacts.Opening(), Actors.TriageOfficer, Clock.Start,
            [new OpenEpisode(OpenCaseId, SampleFacts.ChildId, ended)]);

        Assert.True(opening.IsOpened, opening.Reason);
        Assert.Empty(opening.OpenEpisodes);
    }

    [Fact]
    public void An_open_episode_of_another_child_is_not_offered()
    {
        var opening = Case.Open(SampleFacts.CaseId, SampleFacts.Opening(), Actors.TriageOfficer, Clock.Start,
            [new OpenEpisode(OpenCaseId, Guid.NewGuid(), CaseState.Review)]);

        Assert.True(opening.IsOpened, opening.Reason);
        Assert.Empty(opening.OpenEpisodes);
    }

    [Fact]
    public void Opening_without_a_child_is_refused()
    {
        var opening = Case.Open(SampleFacts.CaseId, SampleFacts.Opening() with { ChildIds = [] }, Actors.TriageOfficer, Clock.Start, []);

        Assert.False(opening.IsOpened);
        Assert.Contains("at least one child", opening.Reason);
    }

    [Fact]
    public void Opening_from_an_enquiry_received_in_the_future_is_refused()
    {
        var opened = SampleFacts.Opening();
        opened = opened with { Enquiry = opened.Enquiry with { ReceivedAt = Clock.Start.AddDays(1) } };

        var opening = Case.Open(SampleFacts.CaseId, opened, Actors.TriageOfficer, Clock.Start, []);

        Assert.False(opening.IsOpened);
        Assert.Contains("in the future", opening.Reason);
    }
}

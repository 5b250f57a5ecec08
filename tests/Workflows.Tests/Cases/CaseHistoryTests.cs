using System.Text.Json;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>The append-only history: one event per accepted change, the case rebuilt from it, its facts as JSON.</summary>
public class CaseHistoryTests
{
    public static TheoryData<string> EventTypeKeys() => [.. CaseEventTypes.All.Select(t => t.Key)];

    [Fact]
    public void Every_accepted_change_appends_exactly_one_event_numbered_after_the_last()
    {
        var journey = CaseBuilder.Opened();
        CaseTrigger[] steps =
        [
            CaseTrigger.AddEnquiry, CaseTrigger.Triage, CaseTrigger.AllocateLeadPractitioner, CaseTrigger.RecordConsent,
            CaseTrigger.StartAssessment, CaseTrigger.RecordOutcomeReadings, CaseTrigger.CompleteAssessment, CaseTrigger.HoldTafMeeting,
            CaseTrigger.RecordReview, CaseTrigger.RequestClosure, CaseTrigger.SignOffClosure, CaseTrigger.RecordExitSurvey,
        ];

        foreach (var trigger in steps)
        {
            var version = journey.Case.Version;

            var recorded = CaseAssert.Accepted(journey.Case, c => c.Fire(trigger, SampleFacts.For(trigger, c), Actors.For(trigger), journey.Clock.Next()));

            Assert.Equal(version + 1, recorded.Sequence);
            Assert.Equal(recorded.Sequence, journey.Case.Version);
        }
    }

    [Fact]
    public void A_refused_change_appends_nothing()
    {
        var journey = CaseBuilder.Opened();

        var result = journey.Case.StartAssessment(new AssessmentStarted(null), Actors.LeadPractitioner, journey.Clock.Next());

        Assert.False(result.IsAccepted);
        Assert.Single(journey.Case.History);
    }

    [Fact]
    public void Rehydrating_a_journey_from_enquiry_to_closure_gives_the_same_case()
    {
        var journey = CaseBuilder.In(CaseState.Review)
            .Accept(CaseTrigger.AddEnquiry)
            .Accept(CaseTrigger.RecordOutcomeReadings)
            .Accept(CaseTrigger.UpdateFamilyPlan)
            .Accept(CaseTrigger.RecordReview)
            .Accept(CaseTrigger.HoldTafMeeting)
            .Accept(CaseTrigger.RecordCseScreening)
            .Accept(CaseTrigger.ChangeLevelOfNeed)
            .Accept(CaseTrigger.AllocateLeadPractitioner)
            .ClosureRequested()
            .ClosureSignedOff()
            .Accept(CaseTrigger.RecordExitSurvey);

        var rebuilt = Case.Rehydrate(journey.Case.History);

        Assert.Equal(CaseSnapshot.Of(journey.Case), CaseSnapshot.Of(rebuilt));
    }

    [Fact]
    public void Rehydrating_a_journey_through_step_up_and_step_down_gives_the_same_case()
    {
        var journey = CaseBuilder.In(CaseState.Review)
            .Accept(CaseTrigger.ChangeLevelOfNeed, SampleFacts.LevelChange(LevelOfNeed.Specialist))
            .SteppedUp()
            .StepDownRequested()
            .PanelDecided(PanelOutcome.Decline)
            .StepDownRequested()
            .PanelDecided()
            .WithConsent()
            .SteppedDown()
            .Accept(CaseTrigger.ChangeLevelOfNeed, SampleFacts.LevelChange(LevelOfNeed.Additional))
            .AssessmentStarted()
            .AssessmentCompleted()
            .TafMeetingHeld();

        var rebuilt = Case.Rehydrate(journey.Case.History);

        Assert.Equal(CaseSnapshot.Of(journey.Case), CaseSnapshot.Of(rebuilt));
    }

    [Fact]
    public void Rehydrating_an_empty_history_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Case.Rehydrate([]));
    }

    [Fact]
    public void Rehydrating_a_history_that_does_not_start_with_the_case_opened_event_is_refused()
    {
        var history = CaseBuilder.In(CaseState.Allocation).Case.History;

        var thrown = Assert.Throws<InvalidOperationException>(() => Case.Rehydrate([history[1] with { Sequence = 1 }]));

        Assert.Contains(CaseEventTypes.CaseOpened.Key, thrown.Message);
    }

    [Fact]
    public void Rehydrating_a_history_with_a_gap_in_its_sequence_is_refused()
    {
        var history = CaseBuilder.In(CaseState.Allocation).Case.History;

        var thrown = Assert.Throws<InvalidOperationException>(() => Case.Rehydrate([history[0], .. history.Skip(2)]));

        Assert.Contains("does not follow", thrown.Message);
    }

    [Fact]
    public void Rehydrating_a_history_with_an_event_that_does_not_fit_the_lifecycle_is_refused()
    {
        var opened = CaseBuilder.Opened().Case.History[0];
        var signedOff = new CaseEvent(opened.CaseId, 2, CaseEventTypes.ForTrigger(CaseTrigger.SignOffClosure).Key, CaseState.Enquiry, CaseState.Closed,
            Actors.TeamManager, Clock.Start.AddHours(1), new ClosureSignedOff(null));

        var thrown = Assert.Throws<InvalidOperationException>(() => Case.Rehydrate([opened, signedOff]));

        Assert.Contains("not in the transition table", thrown.Message);
    }

    [Fact]
    public void Rehydrating_a_history_that_opens_the_case_twice_is_refused()
    {
        var opened = CaseBuilder.Opened().Case.History[0];

        Assert.Throws<InvalidOperationException>(() => Case.Rehydrate([opened, opened with { Sequence = 2 }]));
    }

    [Fact]
    public void Rehydrating_a_history_with_an_unknown_event_type_is_refused()
    {
        var history = CaseBuilder.In(CaseState.Allocation).Case.History;

        var thrown = Assert.Throws<InvalidOperationException>(() => Case.Rehydrate([history[0], history[1] with { Type = "case-teleported" }]));

        Assert.Contains("case-teleported", thrown.Message);
    }

    [Fact]
    public void Rehydrating_a_history_mixing_two_cases_is_refused()
    {
        var history = CaseBuilder.In(CaseState.Allocation).Case.History;

        Assert.Throws<InvalidOperationException>(() => Case.Rehydrate([history[0], history[1] with { CaseId = Guid.NewGuid() }]));
    }

    [Fact]
    public void A_new_case_has_its_opening_event_pending()
    {
        var subject = CaseBuilder.Opened().Case;

        Assert.Equal(0, subject.PersistedVersion);
        Assert.Equal(subject.History, subject.PendingEvents);
    }

    [Fact]
    public void Marking_the_case_persisted_clears_the_pending_events()
    {
        var subject = CaseBuilder.In(CaseState.Allocation).Case;

        subject.MarkPersisted();

        Assert.Empty(subject.PendingEvents);
        Assert.Equal(subject.Version, subject.PersistedVersion);
    }

    [Fact]
    public void Changes_after_a_save_are_the_only_pending_events()
    {
        var journey = CaseBuilder.In(CaseState.Allocation);
        journey.Case.MarkPersisted();
        var saved = journey.Case.Version;

        journey.AssessmentStarted();

        var pending = Assert.Single(journey.Case.PendingEvents);
        Assert.Equal(saved + 1, pending.Sequence);
        Assert.Equal(saved, journey.Case.PersistedVersion);
    }

    [Fact]
    public void A_rehydrated_case_has_nothing_pending()
    {
        var history = CaseBuilder.In(CaseState.Review).Case.History;

        var rebuilt = Case.Rehydrate(history);

        Assert.Empty(rebuilt.PendingEvents);
        Assert.Equal(history.Count, rebuilt.PersistedVersion);
    }

    [Fact]
    public void Every_trigger_records_its_own_event_type()
    {
        var keys = Enum.GetValues<CaseTrigger>().Select(t => CaseEventTypes.ForTrigger(t)).ToList();

        Assert.Equal(Enum.GetValues<CaseTrigger>(), keys.Select(t => t.Trigger!.Value));
        Assert.Equal(CaseEventTypes.All.Count, CaseEventTypes.All.Select(t => t.Key).Distinct().Count());
        Assert.All(CaseEventTypes.All, t => Assert.Same(t, CaseEventTypes.ForKey(t.Key)));
    }

    [Theory]
    [MemberData(nameof(EventTypeKeys))]
    public void Every_fact_round_trips_through_JSON(string key)
    {
        var type = CaseEventTypes.ForKey(key)!;
        var fact = SampleFacts.For(type, CaseBuilder.In(CaseState.SteppedUp).StepDownRequested().Case);
        var json = CaseEventJson.Write(type, fact);

        var read = CaseEventJson.Read(type, json);

        Assert.IsType(type.FactType, read);
        Assert.Equal(json, CaseEventJson.Write(type, read));
    }

    [Theory]
    [MemberData(nameof(EventTypeKeys))]
    public void Fact_JSON_names_no_dotnet_type(string key)
    {
        var type = CaseEventTypes.ForKey(key)!;

        var json = CaseEventJson.Write(type, SampleFacts.For(type, CaseBuilder.In(CaseState.Review).Case));

        Assert.DoesNotContain("EarlyHelp.", json);
        Assert.DoesNotContain("$type", json);
    }

    [Fact]
    public void Fact_JSON_writes_enums_as_kebab_case_words()
    {
        var json = CaseEventJson.Write(CaseEventTypes.ForTrigger(CaseTrigger.Triage), SampleFacts.Triage(TriageOutcome.ReferToSocialCare, LevelOfNeed.Specialist));

        Assert.Contains("\"outcome\":\"refer-to-social-care\"", json);
        Assert.Contains("\"levelOfNeed\":\"specialist\"", json);
    }

    [Fact]
    public void Every_case_enum_value_is_written_as_a_kebab_case_word()
    {
        var enums = typeof(Case).Assembly.GetExportedTypes().Where(t => t.IsEnum && t.Namespace!.StartsWith("EarlyHelp.Workflows.Cases", StringComparison.Ordinal)).ToList();
        Assert.Contains(typeof(ClosureReason), enums);

        var written = enums.SelectMany(e => Enum.GetValues(e).Cast<object>().Select(v => JsonSerializer.Serialize(v, e, CaseEventJson.Options)));

        Assert.All(written, w => Assert.Matches("^\"[a-z]+(-[a-z]+)*\"$", w));
    }

    [Fact]
    public void Fact_JSON_with_an_enum_as_a_number_is_refused()
    {
        var type = CaseEventTypes.ForTrigger(CaseTrigger.RecordCseScreening);

        Assert.Throws<JsonException>(() => CaseEventJson.Read(type, $$"""{"childId":"{{SampleFacts.ChildId}}","risk":3}"""));
    }
}

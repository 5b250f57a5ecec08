using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Measures;

namespace EarlyHelp.Workflows.Tests.Measures;

public class MeasureFactsTests
{
    [Fact]
    public void Histories_read_back_from_their_stored_JSON_with_only_the_facts_the_measures_read_give_the_same_report()
    {
        var expected = SmallCouncil.Report().Figures(SmallCouncil.Year).ToList();
        var accumulator = new MeasureAccumulator(WorkingDayCalendar.EnglandAndWales(), new DateOnly(2027, 4, 30));
        foreach (var episode in SmallCouncil.Episodes)
        {
            foreach (var stored in episode.History)
            {
                var type = CaseEventTypes.ForKey(stored.Type)!;
                var fact = MeasureAccumulator.FactsRead.Contains(type.Key) ? MeasureFacts.Read(type, CaseEventJson.Write(type, stored.Data)) : null;
                accumulator.Add(new HistoryEntry(stored.CaseId, type, stored.To, stored.At, fact));
            }
        }

        Assert.Equal(expected, accumulator.Complete().Figures(SmallCouncil.Year).ToList());
    }

    [Fact]
    public void Every_fact_type_the_measures_read_can_be_read_from_its_JSON()
    {
        var subject = Cases.CaseBuilder.In(CaseState.Review).Case;
        foreach (var key in MeasureAccumulator.FactsRead)
        {
            var type = CaseEventTypes.ForKey(key)!;
            var fact = Cases.SampleFacts.For(type, subject);

            Assert.Equal(type.FactType, MeasureFacts.Read(type, CaseEventJson.Write(type, fact)).GetType());
        }
    }

    [Fact]
    public void A_fact_type_the_measures_do_not_read_is_refused() =>
        Assert.Throws<ArgumentException>(() => MeasureFacts.Read(CaseEventTypes.ForTrigger(CaseTrigger.StartAssessment), "{\"note\":null}"));
}

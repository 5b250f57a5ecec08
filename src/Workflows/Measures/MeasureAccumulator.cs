using System.Collections.Frozen;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Deadlines;

namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// Computes every measure of the <see cref="PerformanceFramework"/> from case histories, per quarter and year,
/// per locality and for the whole council, streaming: feed each case's events in order, one case after another
/// (cases in any order), then <see cref="Complete"/>. It keeps the sums and, per case, only what the re-referral
/// measures need across cases (its area, enquiry date, endings and children), so memory grows with the number of
/// cases, not of events.
/// </summary>
public sealed class MeasureAccumulator
{
    /// <summary>
    /// The event types whose facts the measures read; for every other type <see cref="HistoryEntry.Fact"/> may be
    /// null, so a store need not read or parse them.
    /// </summary>
    public static IReadOnlySet<string> FactsRead { get; } = new[]
    {
        CaseEventTypes.CaseOpened.Key,
        Key(CaseTrigger.AddEnquiry), Key(CaseTrigger.Triage), Key(CaseTrigger.CompleteAssessment), Key(CaseTrigger.HoldTafMeeting),
        Key(CaseTrigger.RecordOutcomeReadings), Key(CaseTrigger.RecordCseScreening), Key(CaseTrigger.ChangeLevelOfNeed),
        Key(CaseTrigger.DeclineStepUp), Key(CaseTrigger.RecordPanelDecision), Key(CaseTrigger.StepDown),
        Key(CaseTrigger.RequestClosure), Key(CaseTrigger.RecordExitSurvey),
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Tally _tally = new();
    private readonly CaseTrack _track = new();
    private readonly ReReferralMeasures _reReferrals = new();
    private readonly IMeasureRule[] _rules;
    private readonly List<string> _localities = [];
    private readonly Dictionary<string, int> _areas = new(StringComparer.Ordinal);
    private readonly DateOnly _asOf;
    private Guid? _case;
    private bool _completed;

    /// <summary>Starts an empty report.</summary>
    /// <param name="calendar">The working-day calendar the average working days are counted with.</param>
    /// <param name="asOf">The day the report is made: a period not yet over is reported up to this day.</param>
    public MeasureAccumulator(WorkingDayCalendar calendar, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        _asOf = asOf;
        _rules =
        [
            new EnquiryMeasures(), new OpenCaseMeasures(asOf), new AssessmentMeasures(), new OutcomeReadingMeasures(),
            new ExitSurveyMeasures(), new CseScreeningMeasures(), new TimelinessMeasures(calendar), new EndingMeasures(),
            new StepDownMeasures(), _reReferrals,
        ];
    }

    /// <summary>How many cases have been read.</summary>
    public int Cases { get; private set; }

    /// <summary>How many events have been read.</summary>
    public long Events { get; private set; }

    /// <summary>
    /// Reads the next event. A case's events come together and in order, its opening fact first; an event of
    /// another case than the one before starts that case.
    /// </summary>
    /// <param name="entry">The event.</param>
    /// <exception cref="InvalidOperationException">A case does not start with its opening fact, or the report is complete.</exception>
    public void Add(in HistoryEntry entry)
    {
        if (_completed)
        {
            throw new InvalidOperationException("The report is complete: start another to read more.");
        }

        if (_case != entry.CaseId)
        {
            if (entry.Fact is not CaseOpened opened)
            {
                throw new InvalidOperationException($"Case {entry.CaseId}'s history must start with its opening fact ({CaseEventTypes.CaseOpened.Key}), with the fact read.");
            }

            FinishCase();
            _case = entry.CaseId;
            _track.Start(Area(opened.Locality), opened);
            Cases++;
        }

        var date = CouncilDays.DateOf(entry.At);
        foreach (var rule in _rules)
        {
            rule.Observe(entry, date, _track, _tally);
        }

        _track.Follow(entry, date);
        Events++;
    }

    /// <summary>Reads one case's whole history, in order.</summary>
    /// <param name="history">The case's events.</param>
    public void Add(IEnumerable<CaseEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        foreach (var caseEvent in history)
        {
            Add(HistoryEntry.Of(caseEvent));
        }
    }

    /// <summary>
    /// Takes in everything another accumulator has read, so that a history can be read in parts at once (each
    /// case wholly in one part). The other must have read other cases than this one, and is spent by it.
    /// </summary>
    /// <param name="other">The other part; not completed.</param>
    public void Merge(MeasureAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (_completed || other._completed || ReferenceEquals(other, this))
        {
            throw new InvalidOperationException("Only two different accumulators not yet complete can be merged.");
        }

        FinishCase();
        other.FinishCase();
        other._completed = true;
        int Area(int index) => this.Area(other._localities[index]);
        _tally.Merge(other._tally, Area);
        _reReferrals.Merge(other._reReferrals, Area);
        Cases += other.Cases;
        Events += other.Events;
    }

    /// <summary>Finishes the last case, works out the measures across cases, and answers the report. Call once.</summary>
    public MeasureReport Complete()
    {
        if (_completed)
        {
            throw new InvalidOperationException("The report is already complete.");
        }

        FinishCase();
        _reReferrals.Complete(_tally);
        _completed = true;
        return new MeasureReport(_localities, _tally.Rows, _asOf);
    }

    private void FinishCase()
    {
        if (_case is null)
        {
            return;
        }

        foreach (var rule in _rules)
        {
            rule.Finish(_track, _tally);
        }

        _case = null;
    }

    private int Area(string locality)
    {
        if (!_areas.TryGetValue(locality, out var area))
        {
            area = _localities.Count;
            _localities.Add(locality);
            _areas.Add(locality, area);
        }

        return area;
    }

    private static string Key(CaseTrigger trigger) => CaseEventTypes.ForTrigger(trigger).Key;
}

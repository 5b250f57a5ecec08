namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// Re-opened within 3 months and re-referred within 12 months, per child across episodes. Every new episode (a
/// case opened by an enquiry) counts in the denominator, in the period of the day its opening enquiry was
/// received. It counts in a numerator when, for one of its children, another episode ended (closed or stepped
/// up) before that enquiry was received and the enquiry came within 3 (or 12) calendar months of the latest such
/// ending: "an episode for the same child whose enquiry was received within 3 calendar months after the previous
/// episode closed". A step-down re-opens the same case without an enquiry and is not a re-referral.
/// </summary>
/// <remarks>
/// Cases arrive in any order, so each episode is kept compactly (area, enquiry received, its endings) with a list
/// of (child, episode) pairs, and the rates are worked out once every case has been read.
/// </remarks>
internal sealed class ReReferralMeasures : IMeasureRule
{
    private readonly List<Episode> _episodes = [];
    private readonly List<(long Ticks, DateOnly On)> _endings = [];
    private readonly List<(Guid Child, int Episode)> _children = [];

    public void Observe(in HistoryEntry entry, DateOnly date, CaseTrack track, Tally tally)
    {
    }

    public void Finish(CaseTrack track, Tally tally)
    {
        var index = _episodes.Count;
        _episodes.Add(new Episode(track.Area, track.ReceivedAt.UtcTicks, track.ReceivedOn, _endings.Count, track.Endings.Count));
        foreach (var (at, on) in track.Endings)
        {
            _endings.Add((at.UtcTicks, on));
        }

        foreach (var child in track.ChildIds)
        {
            _children.Add((child, index));
        }
    }

    /// <summary>Takes in the episodes another part of the history has read, their areas renumbered by <paramref name="area"/>.</summary>
    public void Merge(ReReferralMeasures other, Func<int, int> area)
    {
        var episodes = _episodes.Count;
        var endings = _endings.Count;
        _episodes.AddRange(other._episodes.Select(e => e with { Area = area(e.Area), FirstEnding = e.FirstEnding + endings }));
        _endings.AddRange(other._endings);
        _children.AddRange(other._children.Select(c => (c.Child, c.Episode + episodes)));
    }

    /// <summary>Adds both rates for every episode read; call once, after the last case.</summary>
    public void Complete(Tally tally)
    {
        // Per episode, the latest ending of another episode of one of its children before its enquiry was received.
        var previousEnding = new (long Ticks, DateOnly On)?[_episodes.Count];
        // Grouped by child: a child's episodes lie next to each other.
        _children.Sort((x, y) => x.Child.CompareTo(y.Child));
        var ofChild = new List<int>();
        for (var start = 0; start < _children.Count;)
        {
            ofChild.Clear();
            var end = start;
            for (; end < _children.Count && _children[end].Child == _children[start].Child; end++)
            {
                ofChild.Add(_children[end].Episode);
            }

            start = end;
            if (ofChild.Count < 2)
            {
                continue;
            }

            foreach (var episode in ofChild)
            {
                var received = _episodes[episode].ReceivedTicks;
                foreach (var other in ofChild)
                {
                    if (other == episode)
                    {
                        continue;
                    }

                    var o = _episodes[other];
                    for (var e = o.FirstEnding; e < o.FirstEnding + o.Endings; e++)
                    {
                        var ending = _endings[e];
                        if (ending.Ticks < received && (previousEnding[episode] is not { } best || ending.Ticks > best.Ticks))
                        {
                            previousEnding[episode] = ending;
                        }
                    }
                }
            }
        }

        for (var i = 0; i < _episodes.Count; i++)
        {
            var episode = _episodes[i];
            var previous = previousEnding[i];
            tally.Rate(episode.Area, episode.ReceivedOn, PerformanceFramework.ReopenedWithin3Months, previous is { } p3 && episode.ReceivedOn <= p3.On.AddMonths(3));
            tally.Rate(episode.Area, episode.ReceivedOn, PerformanceFramework.ReReferredWithin12Months, previous is { } p12 && episode.ReceivedOn <= p12.On.AddMonths(12));
        }
    }

    private readonly record struct Episode(int Area, long ReceivedTicks, DateOnly ReceivedOn, int FirstEnding, int Endings);
}

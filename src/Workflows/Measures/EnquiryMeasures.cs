using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Deadlines;

namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// Enquiries received, and by source: every enquiry, the one that opened a case and those added to an open case,
/// counted on the day it was received (<see cref="Enquiry.ReceivedAt"/>), by the referrer's kind of agency.
/// </summary>
internal sealed class EnquiryMeasures : IMeasureRule
{
    public void Observe(in HistoryEntry entry, DateOnly date, CaseTrack track, Tally tally)
    {
        var enquiry = entry.Fact switch
        {
            CaseOpened opened => opened.Enquiry,
            EnquiryAdded added => added.Enquiry,
            _ => null,
        };
        if (enquiry is null)
        {
            return;
        }

        var received = CouncilDays.DateOf(enquiry.ReceivedAt);
        tally.Count(track.Area, received, PerformanceFramework.EnquiriesReceived);
        tally.Count(track.Area, received, PerformanceFramework.EnquiriesBySource, (int)enquiry.Referrer.Agency);
    }
}

using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// Looks at whether this episode runs alongside, or has absorbed, another enquiry about the same child, so that
/// triage looks at the whole picture first (DESIGN.md: "before a new episode starts, an open episode for the same
/// child is found and offered instead").
/// </summary>
/// <remarks>
/// The search itself happens before any workflow runs: the Host opens the case with <c>Case.Open</c>, which
/// refuses a new episode while a child has an open one unless a reason for a new episode is given, and offers the
/// open episodes instead. A workflow cannot see other cases (a step reads only its own case), so this activity
/// reports what this case records and nothing more: "found" when the case was opened as a new episode although
/// another was open (the opening fact has a reason for a new episode), or when further enquiries have joined this
/// episode (it holds more than one enquiry); "none" otherwise. It fires no lifecycle trigger.
/// </remarks>
public sealed class CheckOpenEpisode : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/check-open-episode", 1, "Early Help", "Check for an open episode",
        "Goes by \"found\" when the case was opened as a new episode although the child had an open one, or when further enquiries have joined it; by \"none\" otherwise. The search for open episodes happens when the case is opened; this reads what the case records.",
        [],
        [
            Inputs.Port("none", "The case was opened with no other open episode and holds one enquiry."),
            Inputs.Port("found", "Another open episode existed when the case was opened, or further enquiries joined this one."),
        ],
        ActivityTraits.None);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        if (context.Case is not { } subject)
        {
            context.Fault("checking for an open episode needs a case, and this instance has none");
            return;
        }

        var openedAlongside = subject.History is [{ Data: CaseOpened { NewEpisodeReason: { Length: > 0 } } }, ..];
        if (openedAlongside)
        {
            context.Note("opened as a new episode while another episode for a child was open");
        }

        if (subject.Enquiries.Count > 1)
        {
            context.Note($"{subject.Enquiries.Count} enquiries on this episode");
        }

        context.Complete(openedAlongside || subject.Enquiries.Count > 1 ? "found" : "none");
    }
}

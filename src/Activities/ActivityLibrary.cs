using EarlyHelp.Activities.EarlyHelp;
using EarlyHelp.Activities.Flow;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Activities;

/// <summary>Every activity type, listed at compile time (no assembly scanning): the designer's toolbox.</summary>
public static class ActivityLibrary
{
    /// <summary>The flow activities: start, choices, joins, loops, timers, events, human tasks, cancellation.</summary>
    public static IReadOnlyList<IActivity> Flow { get; } =
    [
        new Start(), new Decision(), new Switch(), new Fork(), new Join(), new ForEachChild(), new Loop(),
        new Delay(), new WaitUntil(), new RepeatEvery(), new WaitForEvent(), new WaitForFirst(),
        new AssignTask(), new SetVariable(), new CancelRegion(), new Finish(),
    ];

    /// <summary>The Early Help activities: human tasks and automatic steps that drive the case by firing its lifecycle triggers.</summary>
    public static IReadOnlyList<IActivity> EarlyHelp { get; } =
    [
        new RecordEnquiry(), new CheckOpenEpisode(), new DecideTriage(), new AllocateLeadPractitioner(), new RecordConsent(),
        new AssessFamily(), new HoldTafMeeting(), new ReviewPlan(), new RecordOutcomeReadings(), new ScreenForCse(), new DecideStepUp(),
        new RequestStepDown(), new RecordPanelDecision(), new StepDown(), new CloseCase(), new RecordExitSurvey(),
        new NotifyReferrer(), new SendReminder(),
    ];

    /// <summary>Every activity type.</summary>
    public static IReadOnlyList<IActivity> All { get; } = [.. Flow, .. EarlyHelp];

    /// <summary>A catalogue of every activity type.</summary>
    public static ActivityCatalogue Catalogue() => new(All);
}

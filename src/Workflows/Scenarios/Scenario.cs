using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Scenarios;

/// <summary>
/// A scripted run of a workflow with a fake clock: when it starts, the case it drives (if any), and the
/// steps (events, task completions, incident decisions, the clock moving on) in order.
/// </summary>
/// <param name="Start">When the instance starts.</param>
/// <param name="Case">The case to open for the run; null for a workflow without a case.</param>
/// <param name="Variables">Initial variable values.</param>
/// <param name="Steps">What happens, in time order.</param>
/// <param name="Until">Run the clock on to here at the end, firing the timers due on the way; null to stop after the last step.</param>
public sealed record Scenario(DateTimeOffset Start, ScenarioCase? Case, IReadOnlyDictionary<string, JsonNode?> Variables, IReadOnlyList<ScenarioStep> Steps, DateTimeOffset? Until);

/// <summary>The case a scenario opens: its children's dates of birth and the enquiry's main facts.</summary>
/// <param name="ChildrenBornOn">One date of birth per child (null for an unborn child).</param>
/// <param name="LevelOfNeed">The enquiry's level of need.</param>
/// <param name="Urgency">The enquiry's urgency.</param>
/// <param name="ReferrerAgency">Who referred.</param>
/// <param name="NeedsCategories">The needs described.</param>
public sealed record ScenarioCase(IReadOnlyList<DateOnly?> ChildrenBornOn, LevelOfNeed LevelOfNeed, Urgency Urgency, AgencyType ReferrerAgency, IReadOnlyList<string> NeedsCategories);

/// <summary>One scripted step.</summary>
/// <param name="At">When it happens; timers due before it fire first.</param>
public abstract record ScenarioStep(DateTimeOffset At);

/// <summary>An event arrives.</summary>
/// <param name="At">When.</param>
/// <param name="Id">The event's id (repeat it to test de-duplication).</param>
/// <param name="Name">The event's name.</param>
/// <param name="ScopeItem">The child it concerns, by position in the scenario's children (0-based), or null.</param>
/// <param name="Payload">Its data.</param>
public sealed record ScenarioEvent(DateTimeOffset At, string Id, string Name, int? ScopeItem, JsonObject? Payload) : ScenarioStep(At);

/// <summary>A person completes the open task of an activity.</summary>
/// <param name="At">When.</param>
/// <param name="ActivityId">The activity whose task is completed (the first open one, or the nth).</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Data">What the person entered.</param>
/// <param name="By">Who.</param>
/// <param name="Nth">Which of several open tasks of the activity, from 1.</param>
public sealed record ScenarioTaskCompletion(DateTimeOffset At, string ActivityId, string Outcome, JsonObject? Data, Actor By, int Nth) : ScenarioStep(At);

/// <summary>An administrator decides on the open incident of an activity.</summary>
/// <param name="At">When.</param>
/// <param name="ActivityId">The faulted activity.</param>
/// <param name="Decision">"retry", "skip" or "cancel".</param>
/// <param name="Port">For a skip: the port to leave by.</param>
public sealed record ScenarioIncidentDecision(DateTimeOffset At, string ActivityId, string Decision, string? Port) : ScenarioStep(At);

/// <summary>Only the clock moves on, firing the timers due.</summary>
/// <param name="At">Where the clock moves to.</param>
public sealed record ScenarioAdvance(DateTimeOffset At) : ScenarioStep(At);

/// <summary>The case is changed directly (as a person would through the case page), outside the workflow.</summary>
/// <param name="At">When.</param>
/// <param name="Trigger">The lifecycle trigger.</param>
/// <param name="Fact">The fact, as JSON in the history's vocabulary.</param>
/// <param name="By">Who.</param>
public sealed record ScenarioCaseChange(DateTimeOffset At, CaseTrigger Trigger, JsonObject Fact, Actor By) : ScenarioStep(At);

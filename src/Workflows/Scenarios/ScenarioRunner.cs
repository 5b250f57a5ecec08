using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Families;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Workflows.Scenarios;

/// <summary>
/// Runs a workflow against a scenario with a fake clock, the way the Host runs it for real but without a
/// database: each step on a copy of the case, kept only if the step is not refused; timers fire in due
/// order as the clock moves. Administrators use it to try a pathway before publishing; tests use its trace.
/// </summary>
/// <param name="engine">The engine.</param>
/// <param name="calendar">The working-day calendar.</param>
public sealed class ScenarioRunner(WorkflowEngine engine, WorkingDayCalendar calendar)
{
    private static readonly Actor Triage = new("scenario-triage-officer", ActorRole.TriageOfficer);

    /// <summary>Runs the scenario and returns the trace and where everything ended.</summary>
    /// <param name="definition">The workflow (a draft may be tried).</param>
    /// <param name="scenario">The scenario.</param>
    public ScenarioResult Run(WorkflowDefinition definition, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(scenario);
        var run = new ScriptedRun(engine, calendar, definition, scenario);
        run.Start();
        foreach (var step in scenario.Steps)
        {
            run.Advance(step.At);
            run.Apply(step);
        }

        if (scenario.Until is { } until)
        {
            run.Advance(until);
        }

        return run.Result();
    }

    private sealed class ScriptedRun(WorkflowEngine engine, WorkingDayCalendar calendar, WorkflowDefinition definition, Scenario scenario)
    {
        private readonly List<TraceEntry> _trace = [];
        private readonly List<HumanTask> _openTasks = [];
        private readonly List<TimerRequest> _timers = [];
        private DateTimeOffset _now = scenario.Start;
        private Family? _family;
        private Case? _case;
        private WorkflowInstance? _instance;

        public void Start()
        {
            _case = OpenCase();
            var outcome = engine.Start(definition, Guid.NewGuid(), _case?.Id, scenario.Variables, Environment(_case));
            Keep(outcome, _case);
        }

        public void Advance(DateTimeOffset to)
        {
            while (_timers.Where(t => t.DueAt <= to).OrderBy(t => t.DueAt).FirstOrDefault() is { } due)
            {
                _timers.Remove(due);
                _now = due.DueAt > _now ? due.DueAt : _now;
                Step(new TimerFired(due.TimerId));
            }

            _now = to > _now ? to : _now;
        }

        public void Apply(ScenarioStep step)
        {
            switch (step)
            {
                case ScenarioEvent received:
                    Step(new EventReceived(received.Id, received.Name, ChildId(received.ScopeItem), received.Payload));
                    break;
                case ScenarioTaskCompletion completion:
                    var task = _openTasks.Where(t => t.ActivityId == completion.ActivityId).Skip(completion.Nth - 1).FirstOrDefault();
                    if (task is null)
                    {
                        _trace.Add(new TraceEntry(_now, TraceKind.Refused, completion.ActivityId, "no open task to complete"));
                        return;
                    }

                    Step(new TaskCompleted(task.Id, completion.Outcome, completion.Data, completion.By));
                    break;
                case ScenarioIncidentDecision decision:
                    var incident = _instance!.Incidents.LastOrDefault(i => i.ActivityId == decision.ActivityId && i.IsOpen);
                    if (incident is null)
                    {
                        _trace.Add(new TraceEntry(_now, TraceKind.Refused, decision.ActivityId, "no open incident"));
                        return;
                    }

                    Step(decision.Decision switch
                    {
                        "retry" => new RetryIncident(incident.Id),
                        "skip" => new SkipIncident(incident.Id, decision.Port),
                        _ => new CancelIncident(incident.Id),
                    });
                    break;
                case ScenarioCaseChange change:
                    ChangeCase(change);
                    break;
            }
        }

        public ScenarioResult Result() => new(_trace, _instance!, _case, [.. _openTasks], [.. _timers.OrderBy(t => t.DueAt)]);

        private void ChangeCase(ScenarioCaseChange change)
        {
            if (_case is null)
            {
                _trace.Add(new TraceEntry(_now, TraceKind.Refused, null, "the scenario has no case"));
                return;
            }

            var type = CaseEventTypes.ForTrigger(change.Trigger);
            var result = _case.Fire(change.Trigger, CaseEventJson.Read(type, change.Fact.ToJsonString()), change.By, _now);
            if (!result.IsAccepted)
            {
                _trace.Add(new TraceEntry(_now, TraceKind.Refused, null, $"{change.Trigger}: {result.Reason}"));
                return;
            }

            _trace.Add(new TraceEntry(_now, TraceKind.CaseChanged, null, $"{change.Trigger}: {result.Outcome.From} -> {result.Outcome.To}"));
            // The Host tells a case's instances about every change made outside them, as an event named after it.
            Step(new EventReceived($"case-event-{result.Event!.Sequence}", $"case/{type.Key}"));
        }

        private void Step(Stimulus stimulus)
        {
            var working = _case is null ? null : Case.Rehydrate(_case.History);
            var outcome = engine.Resume(definition, _instance!, stimulus, Environment(working));
            if (outcome.IsRefused)
            {
                _trace.AddRange(outcome.Trace.Where(t => t.Kind is TraceKind.TaskCompleted or TraceKind.Ignored));
                _trace.Add(new TraceEntry(_now, TraceKind.Refused, null, outcome.RefusalReason!));
                return;
            }

            Keep(outcome, working);
        }

        private void Keep(StepOutcome outcome, Case? changed)
        {
            _instance = outcome.Instance;
            _case = changed;
            _trace.AddRange(outcome.Trace);
            _openTasks.AddRange(outcome.TasksCreated);
            _openTasks.RemoveAll(t => outcome.TasksCompleted.Any(c => c.TaskId == t.Id) || outcome.TasksCancelled.Contains(t.Id));
            _timers.AddRange(outcome.TimersSet);
            _timers.RemoveAll(t => outcome.TimersCancelled.Contains(t.TimerId));
        }

        private StepEnvironment Environment(Case? subject) => new(_now, calendar, subject, _family, Actor.System);

        private string? ChildId(int? position) =>
            position is { } index && _case is not null && index < _case.ChildIds.Count ? _case.ChildIds[index].ToString() : null;

        private Case? OpenCase()
        {
            if (scenario.Case is not { } described)
            {
                return null;
            }

            _family = new Family(Guid.NewGuid(), "scenario", new Address("1 Scenario Street", null, "Scenario Town", "SC1 1AA"));
            _family.AddMember(new FamilyMember(Guid.NewGuid(), "Parent", "Scenario", new DateOnly(1990, 1, 1), HouseholdRole.Parent));
            foreach (var (born, index) in described.ChildrenBornOn.Select((b, i) => (b, i)))
            {
                _family.AddMember(new FamilyMember(Guid.NewGuid(), $"Child {index + 1}", "Scenario", born, HouseholdRole.Child));
            }

            var enquiry = new Enquiry(Guid.NewGuid(), new Referrer(described.ReferrerAgency, "Scenario referrer", null), _now,
                described.NeedsCategories, described.LevelOfNeed, described.Urgency, EnquiryConsent.Given);
            var opened = new CaseOpened(_family.Id, [.. _family.Children.Select(c => c.Id)], _family.Locality, enquiry, null);
            var opening = Case.Open(Guid.NewGuid(), opened, Triage, _now, []);
            return opening.Case ?? throw new InvalidOperationException($"The scenario's case cannot be opened: {opening.Reason}");
        }
    }
}

/// <summary>What a scenario run did and where it ended.</summary>
/// <param name="Trace">Every trace line, in order.</param>
/// <param name="Instance">The instance at the end.</param>
/// <param name="Case">The case at the end, if any.</param>
/// <param name="OpenTasks">Tasks still open.</param>
/// <param name="PendingTimers">Timers still pending, soonest first.</param>
public sealed record ScenarioResult(IReadOnlyList<TraceEntry> Trace, WorkflowInstance Instance, Case? Case, IReadOnlyList<HumanTask> OpenTasks, IReadOnlyList<TimerRequest> PendingTimers)
{
    /// <summary>The trace as printed: time, kind, activity and detail.</summary>
    public IEnumerable<string> Lines => Trace.Select(t => $"{t.At:yyyy-MM-dd HH:mm} {t.Line}");
}

using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.Cases;

/// <summary>
/// A change a person makes to a case through the API: the lifecycle trigger and its fact, and the pathway task
/// it completes when the case's workflow is waiting for one (its type, the outcome chosen, and the task's data
/// when it is not simply the fact).
/// </summary>
internal sealed record CaseChange(string Action, CaseTrigger Trigger, object Fact, string TaskType, string TaskOutcome, JsonObject? TaskData = null);

using System.Runtime.CompilerServices;
using System.Text.Json;
using EarlyHelp.Workflows.Conditions;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Activities;

/// <summary>Reads and evaluates an activity's declarative condition over the case and the workflow's variables.</summary>
internal static class WorkflowConditions
{
    // A definition's schema depends only on its declared variables, and definitions never change once
    // published: work it out once per definition rather than at every decision.
    private static readonly ConditionalWeakTable<WorkflowDefinition, ConditionSchema> Schemas = new();

    /// <summary>The condition input's value, or null after faulting the activity (a published workflow was validated, so this is rare).</summary>
    public static bool? Evaluate(ActivityContext context, string input) =>
        context.Inputs.Find(input) is { } json ? Evaluate(context, json, input) : Fault(context, $"the input '{input}' is missing");

    public static bool? Evaluate(ActivityContext context, JsonElement json, string path)
    {
        var read = ConditionJson.Read(json, Schemas.GetValue(context.Workflow, WorkflowConditionSchema.For), path);
        if (!read.IsValid)
        {
            return Fault(context, string.Join("; ", read.Errors));
        }

        try
        {
            return read.Condition!.Evaluate(new Scope(context));
        }
        catch (ConditionEvaluationException exception)
        {
            return Fault(context, exception.Message);
        }
    }

    private static bool? Fault(ActivityContext context, string message)
    {
        context.Fault($"the condition cannot be used: {message}");
        return null;
    }

    /// <summary>Case fields from the case (not set when the instance has none), variables from the instance.</summary>
    private sealed class Scope(ActivityContext context) : IConditionScope
    {
        private readonly CaseConditionScope? _case = context.Case is { } subject
            ? new CaseConditionScope(subject, context.Family, new Dictionary<string, ConditionValue>(), CouncilTime.DateOf(context.Now))
            : null;

        public ConditionValue Resolve(string field)
        {
            if (field.StartsWith(ConditionFields.VariablePrefix, StringComparison.Ordinal))
            {
                var name = field[ConditionFields.VariablePrefix.Length..];
                return context.Variables.TryGetValue(name, out var value) && value is not null
                    ? ConditionValue.FromJson(JsonSerializer.SerializeToElement(value))
                    : ConditionValue.NotSet;
            }

            return _case?.Resolve(field) ?? ConditionValue.NotSet;
        }
    }
}

using EarlyHelp.Workflows.Conditions;

namespace EarlyHelp.Workflows.Definitions;

/// <summary>What a workflow's conditions may name: the case fields and the workflow's declared variables.</summary>
public static class WorkflowConditionSchema
{
    /// <summary>The schema for a workflow's conditions.</summary>
    /// <param name="workflow">The workflow.</param>
    public static ConditionSchema For(WorkflowDefinition workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return new ConditionSchema(workflow.Variables
            .GroupBy(v => v.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => TypeOf(g.First().Type), StringComparer.Ordinal));
    }

    /// <summary>The condition type of a variable type.</summary>
    /// <param name="type">The variable's type.</param>
    public static ConditionType TypeOf(VariableType type) => type switch
    {
        VariableType.Number => ConditionType.Number,
        VariableType.Boolean => ConditionType.Boolean,
        VariableType.Date => ConditionType.Date,
        VariableType.TextList => ConditionType.TextList,
        _ => ConditionType.Text,
    };
}

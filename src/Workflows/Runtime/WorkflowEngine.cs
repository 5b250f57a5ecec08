using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Definitions;

namespace EarlyHelp.Workflows.Runtime;

/// <summary>
/// Runs workflow instances one step at a time. A step starts an instance or resumes it with a stimulus
/// (an event, a timer, a completed task, an administrator's decision on an incident) and runs until every
/// branch has ended or waits. The engine does no I/O and never changes the instance it is given: the
/// caller saves the returned <see cref="StepOutcome"/> in one transaction, or discards it.
/// </summary>
/// <param name="catalogue">The activity types workflows may use.</param>
public sealed class WorkflowEngine(ActivityCatalogue catalogue)
{
    /// <summary>The activity types this engine runs.</summary>
    public ActivityCatalogue Catalogue { get; } = catalogue;

    /// <summary>Starts an instance at the workflow's start activity.</summary>
    /// <param name="definition">The workflow version to run.</param>
    /// <param name="instanceId">The new instance's id.</param>
    /// <param name="caseId">The case it drives, if any.</param>
    /// <param name="input">Initial values for declared variables (others keep their defaults).</param>
    /// <param name="environment">The clock, calendar, case and actor for the step.</param>
    public StepOutcome Start(WorkflowDefinition definition, Guid instanceId, Guid? caseId, IReadOnlyDictionary<string, JsonNode?> input, StepEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(environment);
        var instance = new WorkflowInstance
        {
            Id = instanceId,
            DefinitionId = definition.Id,
            DefinitionVersion = definition.Version,
            CaseId = caseId,
            Status = InstanceStatus.Running,
            StartedAt = environment.Now,
        };
        foreach (var variable in definition.Variables)
        {
            instance.Variables[variable.Name] = variable.Default is { } value ? JsonNode.Parse(value.GetRawText()) : null;
        }

        foreach (var (name, value) in input)
        {
            instance.Variables[name] = value?.DeepClone();
        }

        return new StepRun(definition, Catalogue, environment, instance, null).Start();
    }

    /// <summary>Resumes an instance with a stimulus.</summary>
    /// <param name="definition">The version the instance runs on.</param>
    /// <param name="instance">The instance as last saved; it is not changed.</param>
    /// <param name="stimulus">What happened.</param>
    /// <param name="environment">The clock, calendar, case and actor for the step.</param>
    public StepOutcome Resume(WorkflowDefinition definition, WorkflowInstance instance, Stimulus stimulus, StepEnvironment environment) =>
        ResumeHandedOver(definition, Copy(instance ?? throw new ArgumentNullException(nameof(instance))), stimulus, environment);

    /// <summary>
    /// Resumes an instance the caller hands over and will not use again (one just read from the store): the
    /// step works on it directly instead of on a copy. A refused step may have changed it; discard it then.
    /// </summary>
    /// <param name="definition">The version the instance runs on.</param>
    /// <param name="instance">The instance, handed over.</param>
    /// <param name="stimulus">What happened.</param>
    /// <param name="environment">The clock, calendar, case and actor for the step.</param>
    public StepOutcome ResumeHandedOver(WorkflowDefinition definition, WorkflowInstance instance, Stimulus stimulus, StepEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(stimulus);
        ArgumentNullException.ThrowIfNull(environment);
        if (instance.DefinitionId != definition.Id || instance.DefinitionVersion != definition.Version)
        {
            throw new ArgumentException($"Instance {instance.Id} runs {instance.DefinitionId} v{instance.DefinitionVersion}, not v{definition.Version}.", nameof(definition));
        }

        return new StepRun(definition, Catalogue, environment, instance, stimulus).Resume(stimulus);
    }

    /// <summary>A deep copy of an instance (the engine works on copies so a refused step leaves the original as it was).</summary>
    /// <param name="instance">The instance.</param>
    public static WorkflowInstance Copy(WorkflowInstance instance) => WorkflowInstanceJson.Read(WorkflowInstanceJson.Write(instance));
}

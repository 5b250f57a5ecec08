using EarlyHelp.Workflows.Definitions;

namespace EarlyHelp.Workflows.Runtime;

/// <summary>
/// The behaviour of one activity type. Activities are plain classes listed in the activity library at
/// compile time; they do no I/O: everything they read and do goes through the <see cref="ActivityContext"/>.
/// </summary>
public interface IActivity
{
    /// <summary>The type's descriptor: key, version, inputs, ports.</summary>
    ActivityDescriptor Descriptor { get; }

    /// <summary>A token arrived: do the work, then complete, wait, or fault.</summary>
    /// <param name="context">The activity's view of the step.</param>
    void Execute(ActivityContext context);

    /// <summary>Something the activity waited for happened.</summary>
    /// <param name="context">The activity's view of the step.</param>
    /// <param name="bookmark">The bookmark that was reached.</param>
    /// <param name="stimulus">What reached it.</param>
    void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus) =>
        throw new InvalidOperationException($"{Descriptor.Type} does not wait, so it cannot be resumed.");

    /// <summary>Checks beyond the descriptor's input types (for example that a join has enough inbound connections).</summary>
    /// <param name="activity">The activity as defined.</param>
    /// <param name="workflow">The whole workflow.</param>
    IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => [];
}

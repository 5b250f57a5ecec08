using EarlyHelp.Workflows.Definitions;

namespace EarlyHelp.Workflows.Runtime;

/// <summary>The activity types a workflow may use, by type key and version.</summary>
public sealed class ActivityCatalogue
{
    private readonly Dictionary<(string Type, int Version), IActivity> _activities;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="activities">The activities; a type key and version may appear once.</param>
    public ActivityCatalogue(IEnumerable<IActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        _activities = activities.ToDictionary(a => (a.Descriptor.Type, a.Descriptor.Version));
    }

    /// <summary>Every descriptor, for the designer's toolbox.</summary>
    public IReadOnlyList<ActivityDescriptor> Descriptors =>
        [.. _activities.Values.Select(a => a.Descriptor).OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.Type, StringComparer.Ordinal)];

    /// <summary>The activity for a type key and version, or null.</summary>
    /// <param name="type">The type key.</param>
    /// <param name="version">The version.</param>
    public IActivity? Find(string type, int version) => _activities.GetValueOrDefault((type, version));

    /// <summary>The versions known for a type key, newest last.</summary>
    /// <param name="type">The type key.</param>
    public IReadOnlyList<int> VersionsOf(string type) => [.. _activities.Keys.Where(k => k.Type == type).Select(k => k.Version).Order()];

    /// <summary>The ports an activity can leave by: the descriptor's, plus those its inputs name.</summary>
    /// <param name="activity">The activity as defined.</param>
    public IReadOnlyList<string> PortsOf(ActivityDefinition activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var descriptor = Find(activity.Type, activity.TypeVersion)?.Descriptor;
        return descriptor is null ? [] : ActivityPorts.Of(descriptor, activity);
    }
}

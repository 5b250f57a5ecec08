namespace EarlyHelp.Workflows.Definitions;

/// <summary>
/// The stable codes of <see cref="ValidationIssue"/>: one per kind of problem, so the designer and the API can
/// react to a kind without parsing messages. Documented one line each in workflows-json/README.md.
/// </summary>
public static class ValidationCodes
{
    /// <summary>The file is not valid JSON (from <see cref="WorkflowDefinitionJson.Read"/>).</summary>
    public const string MalformedJson = "malformed-json";

    /// <summary>The JSON is not a workflow definition: a field missing, of the wrong kind, or unknown (from <see cref="WorkflowDefinitionJson.Read"/>).</summary>
    public const string MalformedDefinition = "malformed-definition";

    /// <summary>The workflow's id, an activity's id or a variable's name is not an identifier.</summary>
    public const string InvalidId = "invalid-id";

    /// <summary>Two activities have the same id.</summary>
    public const string DuplicateActivityId = "duplicate-activity-id";

    /// <summary>Two variables have the same name.</summary>
    public const string DuplicateVariable = "duplicate-variable";

    /// <summary>A variable's default does not fit its declared type.</summary>
    public const string InvalidVariableDefault = "invalid-variable-default";

    /// <summary>An activity's type key is not in the activity library.</summary>
    public const string UnknownActivityType = "unknown-activity-type";

    /// <summary>An activity's type is known, but not in the version the activity names.</summary>
    public const string UnknownActivityVersion = "unknown-activity-version";

    /// <summary>A required input with no default is not given.</summary>
    public const string MissingInput = "missing-input";

    /// <summary>An input is not one of the activity type's inputs.</summary>
    public const string UnknownInput = "unknown-input";

    /// <summary>An input's value is not of its type, or the activity's own checks refuse it.</summary>
    public const string InvalidInput = "invalid-input";

    /// <summary>The activity's own checks found a problem that is not about one input.</summary>
    public const string InvalidActivity = "invalid-activity";

    /// <summary>A join can never continue: too few incoming connections, or waits for more than can arrive.</summary>
    public const string JoinNeverFires = "join-never-fires";

    /// <summary>The workflow has no start activity.</summary>
    public const string NoStart = "no-start";

    /// <summary>The workflow has more than one start activity.</summary>
    public const string SeveralStarts = "several-starts";

    /// <summary>A connection comes from or goes to an activity that does not exist.</summary>
    public const string DanglingConnection = "dangling-connection";

    /// <summary>A connection leaves by a port its activity does not have.</summary>
    public const string UnknownPort = "unknown-port";

    /// <summary>The same connection (from, port, to) is written twice.</summary>
    public const string DuplicateConnection = "duplicate-connection";

    /// <summary>A connection goes into the start activity.</summary>
    public const string ConnectionIntoStart = "connection-into-start";

    /// <summary>No path of connections leads from the start to the activity.</summary>
    public const string UnreachableActivity = "unreachable-activity";

    /// <summary>A cycle of connections in which nothing waits and nothing bounds the number of rounds.</summary>
    public const string LoopWithoutWait = "loop-without-wait";

    /// <summary>The designer's layout places an activity that does not exist.</summary>
    public const string LayoutUnknownActivity = "layout-unknown-activity";

    /// <summary>Every code, in the order the README lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        MalformedJson, MalformedDefinition, InvalidId, DuplicateActivityId, DuplicateVariable, InvalidVariableDefault,
        UnknownActivityType, UnknownActivityVersion, MissingInput, UnknownInput, InvalidInput, InvalidActivity,
        JoinNeverFires, NoStart, SeveralStarts, DanglingConnection, UnknownPort, DuplicateConnection, ConnectionIntoStart,
        UnreachableActivity, LoopWithoutWait, LayoutUnknownActivity,
    ];
}

namespace EarlyHelp.Workflows.Conditions;

/// <summary>
/// A condition could not be evaluated because a field holds a value of another type than the condition expects
/// (for example a variable declared as a number holding text). The runtime turns it into an incident on the
/// instance rather than taking either branch.
/// </summary>
public sealed class ConditionEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConditionEvaluationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, for the administrator.</param>
    public ConditionEvaluationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, for the administrator.</param>
    /// <param name="innerException">The cause.</param>
    public ConditionEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

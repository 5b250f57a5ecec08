namespace EarlyHelp.Workflows.Ports;

/// <summary>Someone else changed the case after it was loaded; nothing was saved.</summary>
public sealed class CaseConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="expectedVersion">The version the save expected.</param>
    /// <param name="currentVersion">The version in the store now, when known.</param>
    /// <param name="innerException">The store's own exception, if any.</param>
    public CaseConcurrencyException(Guid caseId, int expectedVersion, int? currentVersion, Exception? innerException = null)
        : base($"Case {caseId} was changed by someone else: expected version {expectedVersion}, found {currentVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "a newer one"}.", innerException)
    {
        CaseId = caseId;
        ExpectedVersion = expectedVersion;
        CurrentVersion = currentVersion;
    }

    /// <summary>The case.</summary>
    public Guid CaseId { get; }

    /// <summary>The version the save expected.</summary>
    public int ExpectedVersion { get; }

    /// <summary>The version in the store, when known.</summary>
    public int? CurrentVersion { get; }
}

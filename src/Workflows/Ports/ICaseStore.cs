using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Families;

namespace EarlyHelp.Workflows.Ports;

/// <summary>Where cases and families are kept. The Host implements it over SQLite or PostgreSQL.</summary>
public interface ICaseStore
{
    /// <summary>Saves a new family with its members.</summary>
    /// <param name="family">The family.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    Task AddFamilyAsync(Family family, CancellationToken cancellationToken);

    /// <summary>Loads a family, or null when there is none with this identifier.</summary>
    /// <param name="familyId">The family.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    Task<Family?> FindFamilyAsync(Guid familyId, CancellationToken cancellationToken);

    /// <summary>Loads a case from its history, or null when there is none with this identifier.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    Task<Case?> FindCaseAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>The open episodes concerning any of these children (offered before a new episode starts).</summary>
    /// <param name="childIds">The children.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyList<OpenEpisode>> FindOpenEpisodesAsync(IReadOnlyCollection<Guid> childIds, CancellationToken cancellationToken);

    /// <summary>
    /// Appends the case's pending events in one transaction, if nobody else has changed the case since it
    /// was loaded; otherwise saves nothing and throws <see cref="CaseConcurrencyException"/>.
    /// </summary>
    /// <param name="changed">The case with pending events.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    Task SaveCaseAsync(Case changed, CancellationToken cancellationToken);
}

using System.Collections.Concurrent;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Workflows;

/// <summary>Workflow definitions by id and version. Published versions never change, so they are cached for good.</summary>
internal sealed class WorkflowDefinitionStore(IDbContextFactory<EarlyHelpDbContext> contexts, ActivityCatalogue catalogue, TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Id, int Version), WorkflowDefinition> _published = new();

    public async Task<WorkflowDefinition?> FindAsync(string id, int version, CancellationToken cancellationToken)
    {
        if (_published.TryGetValue((id, version), out var cached))
        {
            return cached;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.WorkflowDefinitions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.Version == version, cancellationToken);
        return row is null ? null : Remember(row);
    }

    public async Task<WorkflowDefinition?> FindNewestPublishedAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = WorkflowDefinitionRows.Published;
        var version = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.Id == id && d.Status == published)
            .MaxAsync(d => (int?)d.Version, cancellationToken);
        return version is { } newest ? await FindAsync(id, newest, cancellationToken) : null;
    }

    public async Task<bool> ExistsAsync(string id, int version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WorkflowDefinitions.AnyAsync(d => d.Id == id && d.Version == version, cancellationToken);
    }

    /// <summary>
    /// Adds a version; a version that exists already is never overwritten. Two hosts starting together may
    /// both add the same shipped version: the second finds it there and says so by returning false.
    /// </summary>
    /// <exception cref="InvalidOperationException">A published version that does not validate: publishing must refuse it first.</exception>
    public async Task<bool> AddAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Status == DefinitionStatus.Published && WorkflowValidator.Validate(definition, catalogue) is { IsValid: false } report)
        {
            throw new InvalidOperationException($"{definition.Id} v{definition.Version} does not validate and cannot be stored as published:{Environment.NewLine}{report}");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.WorkflowDefinitions.Add(WorkflowDefinitionRows.Row(definition, time.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            if (await ExistsAsync(definition.Id, definition.Version, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    private WorkflowDefinition Remember(WorkflowDefinitionRow row)
    {
        var (definition, report) = WorkflowDefinitionJson.Read(row.Json);
        if (definition is null)
        {
            throw new InvalidOperationException($"Stored workflow {row.Id} v{row.Version} cannot be read: {report}");
        }

        if (definition.Status == DefinitionStatus.Published)
        {
            _published[(row.Id, row.Version)] = definition;
        }

        return definition;
    }
}

internal static class WorkflowDefinitionRows
{
    public const string Published = "published";
    public const string Draft = "draft";

    public static string StatusWord(DefinitionStatus status) => status == DefinitionStatus.Published ? Published : Draft;

    /// <summary>The row of a version as first saved.</summary>
    public static WorkflowDefinitionRow Row(WorkflowDefinition definition, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new WorkflowDefinitionRow
        {
            Id = definition.Id,
            Version = definition.Version,
            Name = definition.Name,
            Status = StatusWord(definition.Status),
            Json = WorkflowDefinitionJson.Write(definition),
            CreatedAt = now,
            PublishedAt = definition.Status == DefinitionStatus.Published ? now : null,
        };
    }
}

namespace EarlyHelp.Host.Persistence;

/// <summary>The "Database" configuration section.</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (the embedded default) or "PostgreSQL".</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The connection string; for SQLite it defaults to a file in <see cref="DataFolder"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the embedded SQLite database lives, relative to the content root unless absolute.</summary>
    public string DataFolder { get; set; } = "data";
}

internal enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

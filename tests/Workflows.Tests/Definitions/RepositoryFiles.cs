namespace EarlyHelp.Workflows.Tests.Definitions;

/// <summary>Files of the repository outside the test project (the schema, the README), found from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder that holds EarlyHelp.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The text of a file, by its path from the repository's root.</summary>
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EarlyHelp.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No EarlyHelp.sln above {AppContext.BaseDirectory}: the tests run outside the repository.");
    }
}

namespace EarlyHelp.Activities.Tests.Pathways;

/// <summary>Files of the repository outside the test project (the shipped workflows, the scenarios beside these tests), found from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder that holds EarlyHelp.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a file or folder, by its path from the repository's root.</summary>
    public static string PathOf(params string[] relative) => Path.Combine([Root, .. relative]);

    /// <summary>The text of a file, by its path from the repository's root.</summary>
    public static string Read(params string[] relative) => File.ReadAllText(PathOf(relative));

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

using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.Tests;

/// <summary>The README stays true: its commands and its lifecycle diagram.</summary>
public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

    [Fact]
    public void The_readme_shows_the_lifecycle_diagram_the_machine_exports()
    {
        const string begin = "<!-- case-lifecycle:begin -->\n```mermaid\n";
        const string end = "```\n<!-- case-lifecycle:end -->";
        var from = Readme.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        var to = Readme.IndexOf(end, StringComparison.Ordinal);

        Assert.True(from >= begin.Length && to > from, "README.md has no case-lifecycle block");
        Assert.Equal(CaseLifecycle.ToMermaid(), Readme[from..to]);
    }

    [Fact]
    public void The_readme_starts_with_the_two_commands()
    {
        var commands = Readme.IndexOf("## The two commands", StringComparison.Ordinal);
        var run = Readme.IndexOf("dotnet run --project src/Host", StringComparison.Ordinal);
        var test = Readme.IndexOf("./test.sh", StringComparison.Ordinal);

        Assert.InRange(commands, 0, 600);
        Assert.True(run > commands && test > run, "the run command comes first, then the test command");
        Assert.True(File.Exists(Path.Combine(RepositoryRoot(), "test.sh")));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EarlyHelp.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }
}

using System.Reflection;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Workflows.Tests;

/// <summary>Workflows is the domain and the engine: no I/O frameworks, and nothing of the projects that depend on it.</summary>
public class ArchitectureTests
{
    private static readonly string[] Forbidden = ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Quartz", "Npgsql", "EarlyHelp.Activities", "EarlyHelp.Host"];

    [Fact]
    public void Workflows_references_no_web_database_or_scheduling_framework_even_indirectly()
    {
        var referenced = ReferencedAssemblies(typeof(Case).Assembly);
        Assert.Contains("System.Text.Json", referenced);

        Assert.DoesNotContain(referenced, name => Forbidden.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)));
    }

    /// <summary>Every assembly reachable from <paramref name="root"/> by references; those that cannot be loaded count by name only.</summary>
    private static SortedSet<string> ReferencedAssemblies(Assembly root)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var toVisit = new Stack<AssemblyName>(root.GetReferencedAssemblies());
        while (toVisit.TryPop(out var name))
        {
            if (!seen.Add(name.Name!))
            {
                continue;
            }

            Assembly loaded;
            try
            {
                loaded = Assembly.Load(name);
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                continue;
            }

            foreach (var reference in loaded.GetReferencedAssemblies())
            {
                toVisit.Push(reference);
            }
        }

        return seen;
    }
}

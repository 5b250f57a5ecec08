using System.Runtime.CompilerServices;

namespace EarlyHelp.Workflows.Tests;

/// <summary>Reads a file kept beside a test's source file (a golden file), without copying it to the output.</summary>
internal static class SourceFiles
{
    /// <summary>The text of <paramref name="name"/> in the folder of the calling source file.</summary>
    public static string ReadBeside(string name, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerPath)!, name);
        if (!File.Exists(path))
        {
            // A deterministic CI build maps source paths (/_/...), so the caller's path may not exist here:
            // find the same relative path under the test project, walking up from the output folder.
            path = Path.Combine(ProjectFolder(), Path.GetRelativePath(ProjectFolderOf(callerPath), Path.GetDirectoryName(callerPath)!), name);
        }

        return File.ReadAllText(path);
    }

    private static string ProjectFolderOf(string callerPath)
    {
        var folder = Path.GetDirectoryName(callerPath);
        while (folder is not null && Path.GetFileName(folder) != "Workflows.Tests")
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder ?? throw new InvalidOperationException($"{callerPath} is not under Workflows.Tests.");
    }

    private static string ProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EarlyHelp.Workflows.Tests.csproj")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No EarlyHelp.Workflows.Tests.csproj above {AppContext.BaseDirectory}.");
    }
}

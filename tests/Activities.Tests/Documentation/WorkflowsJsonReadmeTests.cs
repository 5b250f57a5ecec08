using System.Text.Json;
using EarlyHelp.Workflows.Conditions;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Activities.Tests.Documentation;

/// <summary>
/// workflows-json/README.md documents every activity type with its inputs and ports, the condition language, the
/// duration units and the validation codes, so it cannot fall behind the code. After changing a descriptor, run the
/// tests once with EARLYHELP_WRITE_DOCS=1 to rewrite the README's activity reference, and review the change.
/// </summary>
public class WorkflowsJsonReadmeTests
{
    private static readonly string ReadmePath = Path.Combine(RepositoryRoot(), "workflows-json", "README.md");

    private static string Readme => File.ReadAllText(ReadmePath).ReplaceLineEndings("\n");

    public static TheoryData<string> ActivityTypes() => [.. ActivityLibrary.All.Select(a => a.Descriptor.Type)];

    [Fact]
    public void The_activity_reference_is_the_one_the_descriptors_give()
    {
        var readme = Readme;
        var from = readme.IndexOf(ActivityReference.Begin, StringComparison.Ordinal);
        var to = readme.IndexOf(ActivityReference.End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "workflows-json/README.md has no activity-types block");
        from += ActivityReference.Begin.Length;
        var expected = ActivityReference.Markdown();

        if (Environment.GetEnvironmentVariable("EARLYHELP_WRITE_DOCS") == "1")
        {
            File.WriteAllText(ReadmePath, readme[..from] + expected + readme[to..]);
            return;
        }

        Assert.True(expected == readme[from..to], "The README's activity reference differs from the descriptors: run the tests with EARLYHELP_WRITE_DOCS=1 to rewrite it.");
    }

    [Theory]
    [MemberData(nameof(ActivityTypes))]
    public void Every_activity_type_has_a_section_with_its_version(string type)
    {
        Assert.Contains($"\n{ActivityReference.Heading(Descriptor(type))}\n", Readme);
    }

    [Theory]
    [MemberData(nameof(ActivityTypes))]
    public void Every_input_is_a_row_of_its_types_section_with_its_kind_requiredness_and_default(string type)
    {
        var section = Section(type);

        Assert.All(Descriptor(type).Inputs, input => Assert.Contains(ActivityReference.InputRow(input), section));
    }

    [Theory]
    [MemberData(nameof(ActivityTypes))]
    public void Every_port_is_a_row_of_its_types_section(string type)
    {
        var descriptor = Descriptor(type);
        var section = Section(type);

        Assert.All(descriptor.Ports, port => Assert.Contains(ActivityReference.PortRow(port.Name), section));
        if (descriptor.PortsFromInput is { } input)
        {
            Assert.Contains(ActivityReference.NamedPortsRow(descriptor.FindInput(input)!), section);
        }
    }

    [Fact]
    public void Every_input_kind_is_in_the_table_of_kinds()
    {
        var readme = Readme;

        Assert.All(Enum.GetValues<InputType>(), type =>
        {
            var kind = ActivityReference.Kind(new InputDescriptor("x", type, false, null, "", ["a"]));
            Assert.Contains($"\n| {kind.Split(':')[0]} | ", readme);
        });
    }

    [Fact]
    public void Every_validation_code_has_a_row()
    {
        var readme = Readme;

        Assert.All(ValidationCodes.All, code => Assert.Contains($"\n| `{code}` | ", readme));
    }

    [Fact]
    public void Every_case_field_has_a_row()
    {
        var readme = Readme;

        Assert.All(ConditionFields.All, field => Assert.Contains($"\n| `{field.Name}` | ", readme));
    }

    [Fact]
    public void Every_comparison_operator_has_a_row()
    {
        var readme = Readme;

        Assert.All(ComparisonOperators.All, op => Assert.Contains($"\n| `{op.Word()}` | ", readme));
    }

    [Fact]
    public void Every_duration_unit_has_a_row()
    {
        var readme = Readme;

        Assert.All(Enum.GetValues<DurationUnit>(), unit => Assert.Contains($"\n| `{{\"{JsonNamingPolicy.CamelCase.ConvertName(unit.ToString())}\": ", readme));
    }

    private static ActivityDescriptor Descriptor(string type) => ActivityLibrary.All.Single(a => a.Descriptor.Type == type).Descriptor;

    /// <summary>The text from the type's heading to the next heading.</summary>
    private static string Section(string type)
    {
        var readme = Readme;
        var start = readme.IndexOf($"\n{ActivityReference.Heading(Descriptor(type))}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the README has no section for {type}");
        var end = readme.IndexOf("\n#", start + 1, StringComparison.Ordinal);
        return readme[start..(end < 0 ? readme.Length : end)];
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

        throw new InvalidOperationException($"No EarlyHelp.sln above {AppContext.BaseDirectory}: the tests run outside the repository.");
    }
}

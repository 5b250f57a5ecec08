using EarlyHelp.Host.CommandPipeline;

namespace EarlyHelp.Host.Scheduling;

/// <summary>A job's name from the route: lower-case letters, digits and hyphens, as the scheduler's keys are.</summary>
internal static class JobName
{
    public static void Validate(ValidationErrors errors, string? name)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(name) || name.Length > 100 || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            errors.Add("name", "A job's name: lower-case letters, digits and hyphens, for example \"timeliness-check\".");
        }
    }
}

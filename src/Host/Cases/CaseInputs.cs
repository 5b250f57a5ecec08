using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Cases;

/// <summary>One action of the family plan as sent: an action kept from an earlier plan keeps its id; a new one may leave it out.</summary>
internal sealed record PlanActionInput(Guid? Id, string? Description, string? Owner, DateOnly? DueOn, PlanActionStatus? Status)
{
    public PlanAction ToAction() => new(Id ?? Guid.NewGuid(), Description!.Trim(), Owner!.Trim(), DueOn!.Value, Status ?? PlanActionStatus.Open);

    /// <summary>Checks a whole plan: at least one action, each described, owned and dated, no id twice.</summary>
    public static void ValidatePlan(ValidationErrors errors, string at, IReadOnlyList<PlanActionInput?>? plan)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (plan is not { Count: > 0 })
        {
            errors.Add(at, "Add at least one action, with what will be done, who does it and by when.");
            return;
        }

        var ids = new HashSet<Guid>();
        for (var i = 0; i < plan.Count; i++)
        {
            var field = $"{at}[{i}]";
            if (plan[i] is not { } action)
            {
                errors.Add(field, "Required.");
                continue;
            }

            errors.Required($"{field}.description", action.Description);
            errors.MaxLength($"{field}.description", action.Description, 2000);
            errors.Required($"{field}.owner", action.Owner);
            errors.MaxLength($"{field}.owner", action.Owner, 200);
            errors.Required($"{field}.dueOn", action.DueOn);
            if (action.Id is { } id && (id == Guid.Empty || !ids.Add(id)))
            {
                errors.Add($"{field}.id", "Each action's id must be different (leave it out for a new action).");
            }
        }
    }
}

/// <summary>Outcome measure readings as sent: the measure and a score in each named domain.</summary>
internal sealed record OutcomeReadingsInput(string? Measure, IReadOnlyList<DomainScoreInput?>? Scores)
{
    public void Validate(ValidationErrors errors, string at)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required($"{at}measure", Measure);
        errors.MaxLength($"{at}measure", Measure, 200);
        if (Scores is not { Count: > 0 })
        {
            errors.Add($"{at}scores", "Add a score for at least one domain.");
            return;
        }

        var domains = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Scores.Count; i++)
        {
            var field = $"{at}scores[{i}]";
            if (Scores[i] is not { } score)
            {
                errors.Add(field, "Required.");
                continue;
            }

            errors.Required($"{field}.domain", score.Domain);
            errors.MaxLength($"{field}.domain", score.Domain, 200);
            errors.Required($"{field}.score", score.Score);
            if (score.Score is < 0)
            {
                errors.Add($"{field}.score", "Cannot be negative.");
            }

            if (score.Domain is { } domain && !string.IsNullOrWhiteSpace(domain) && !domains.Add(domain.Trim()))
            {
                errors.Add($"{field}.domain", "This domain is scored twice.");
            }
        }
    }

    public OutcomeReadingsRecorded ToFact() => new(Measure!.Trim(), [.. Scores!.Select(s => new DomainScore(s!.Domain!.Trim(), s.Score!.Value))]);
}

internal sealed record DomainScoreInput(string? Domain, int? Score);

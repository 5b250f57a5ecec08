using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Families;

namespace EarlyHelp.Workflows.Conditions;

/// <summary>
/// Resolves the case fields of <see cref="ConditionFields"/> from a case, its family and a day, and
/// "variables.name" from the workflow instance's variables. Each field is worked out when asked for, by a switch
/// over the catalogue.
/// </summary>
public sealed class CaseConditionScope : IConditionScope
{
    private readonly Case _case;
    private readonly Family? _family;
    private readonly IReadOnlyDictionary<string, ConditionValue> _variables;
    private readonly DateOnly _today;

    /// <summary>Creates the scope.</summary>
    /// <param name="subject">The case.</param>
    /// <param name="family">The case's family, for the children's ages; null leaves the ages not set.</param>
    /// <param name="variables">The instance's variables by name, without the "variables." prefix; a variable missing here is not set.</param>
    /// <param name="today">The day ages are worked out on (the council's local date).</param>
    public CaseConditionScope(Case subject, Family? family, IReadOnlyDictionary<string, ConditionValue> variables, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(variables);
        _case = subject;
        _family = family;
        _variables = variables;
        _today = today;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The name is neither a case field of the catalogue nor a variable.</exception>
    public ConditionValue Resolve(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.StartsWith(ConditionFields.VariablePrefix, StringComparison.Ordinal))
        {
            return _variables.GetValueOrDefault(field[ConditionFields.VariablePrefix.Length..]) ?? ConditionValue.NotSet;
        }

        return field switch
        {
            ConditionFields.StateName => ConditionValue.FromEnum(_case.State),
            ConditionFields.LevelOfNeedName => ConditionValue.FromEnum(_case.LevelOfNeed),
            ConditionFields.UrgencyName => OpeningEnquiry() is { } urgent ? ConditionValue.FromEnum(urgent.Urgency) : ConditionValue.NotSet,
            ConditionFields.ReferrerAgencyName => OpeningEnquiry() is { } referred ? ConditionValue.FromEnum(referred.Referrer.Agency) : ConditionValue.NotSet,
            ConditionFields.NeedsCategoriesName => ConditionValue.FromTextList(NeedsCategories()),
            ConditionFields.ConsentName => ConditionValue.FromEnum(_case.Consent),
            ConditionFields.ChildCountName => ConditionValue.FromNumber(_case.ChildIds.Count),
            ConditionFields.YoungestChildAgeName => Number(ChildAges().Min()),
            ConditionFields.OldestChildAgeName => Number(ChildAges().Max()),
            ConditionFields.HighestCseRiskName => _case.CseScreenings.Count == 0
                ? ConditionValue.NotSet
                : ConditionValue.FromEnum(_case.CseScreenings.Max(s => s.Fact.Risk)),
            ConditionFields.LocalityName => ConditionValue.FromText(_case.Locality),
            ConditionFields.TafMeetingCountName => ConditionValue.FromNumber(_case.TafMeetings.Count),
            ConditionFields.ReviewCountName => ConditionValue.FromNumber(_case.Reviews.Count),
            ConditionFields.EnquiryCountName => ConditionValue.FromNumber(_case.Enquiries.Count),
            ConditionFields.HasLeadPractitionerName => ConditionValue.FromBoolean(_case.CurrentLeadPractitioners.Count > 0),
            ConditionFields.StepUpDecisionRequiredName => ConditionValue.FromBoolean(_case.StepUpDecisionRequired),
            _ => throw new ArgumentException($"\"{field}\" is not a case field nor a variable.", nameof(field)),
        };
    }

    private static ConditionValue Number(int? value) => value is { } number ? ConditionValue.FromNumber(number) : ConditionValue.NotSet;

    private Enquiry? OpeningEnquiry() => _case.Enquiries.Count == 0 ? null : _case.Enquiries[0];

    private IEnumerable<string> NeedsCategories() =>
        _case.Enquiries.SelectMany(e => e.NeedsCategories)
            .Concat(_case.Assessment?.NeedsIdentified ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>The ages today of the case's children whose dates of birth the family holds.</summary>
    private IEnumerable<int?> ChildAges() =>
        _family is null
            ? []
            : _family.Members
                .Where(m => _case.ChildIds.Contains(m.Id))
                .Select(m => m.AgeOn(_today))
                .Where(age => age is not null);
}

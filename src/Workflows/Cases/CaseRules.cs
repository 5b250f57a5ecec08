using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Workflows.Cases;

/// <summary>Checks on facts shared by several transitions; each returns plain reasons.</summary>
internal static class CaseRules
{
    public static IEnumerable<string> CheckOpening(CaseOpened opened, DateTimeOffset at)
    {
        if (opened.FamilyId == Guid.Empty)
        {
            yield return "the family is missing";
        }

        if (opened.ChildIds.Count == 0)
        {
            yield return "an episode must concern at least one child";
        }

        if (opened.ChildIds.Distinct().Count() != opened.ChildIds.Count)
        {
            yield return "a child is named twice";
        }

        if (string.IsNullOrWhiteSpace(opened.Locality))
        {
            yield return "the locality is missing";
        }

        foreach (var reason in CheckEnquiry(opened.Enquiry, at))
        {
            yield return reason;
        }
    }

    public static IEnumerable<string> CheckEnquiry(Enquiry enquiry, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(enquiry.Referrer.Organisation))
        {
            yield return "the referrer's organisation is missing";
        }

        if (enquiry.NeedsCategories.Count == 0 || enquiry.NeedsCategories.Any(string.IsNullOrWhiteSpace))
        {
            yield return "the enquiry must name at least one needs category";
        }

        if (enquiry.ReceivedAt > at)
        {
            yield return "the enquiry cannot be received in the future";
        }
    }

    public static GuardResult Reasons(IEnumerable<string> reasons)
    {
        var all = reasons.ToList();
        return all.Count == 0 ? GuardResult.Allowed : GuardResult.Refuse(string.Join("; ", all));
    }

    public static GuardResult Plan(IReadOnlyList<PlanAction> plan)
    {
        if (plan.Count == 0)
        {
            return GuardResult.Refuse("the family plan needs at least one action");
        }

        var reasons = new List<string>();
        if (plan.Any(a => string.IsNullOrWhiteSpace(a.Description)))
        {
            reasons.Add("every plan action needs a description");
        }

        if (plan.Any(a => string.IsNullOrWhiteSpace(a.Owner)))
        {
            reasons.Add("every plan action needs an owner");
        }

        if (plan.Select(a => a.Id).Distinct().Count() != plan.Count)
        {
            reasons.Add("two plan actions have the same identifier");
        }

        return Reasons(reasons);
    }

    public static GuardResult Given(string? text, string what) => GuardResult.Require(!string.IsNullOrWhiteSpace(text), $"{what} is missing");

    public static GuardResult ExactlyOneLeadPractitioner(Case subject) => subject.CurrentLeadPractitioners.Count switch
    {
        1 => GuardResult.Allowed,
        0 => GuardResult.Refuse("no lead practitioner is allocated"),
        var n => GuardResult.Refuse($"{n} lead practitioners are current; exactly one is needed"),
    };

    public static GuardResult ConsentRecorded(Case subject) => subject.Consent switch
    {
        ConsentStatus.Given or ConsentStatus.Partial => GuardResult.Allowed,
        ConsentStatus.Withdrawn => GuardResult.Refuse("the family withdrew consent"),
        _ => GuardResult.Refuse("the family's consent is not recorded"),
    };

    public static GuardResult PlanRuns(Case subject) => subject.Plan switch
    {
        { IsActive: true } => GuardResult.Allowed,
        { EndedBecause: var because } => GuardResult.Refuse($"the family plan has ended ({because})"),
        null => GuardResult.Refuse("there is no family plan yet"),
    };

    public static GuardResult ManagerActs(Actor by, string what) =>
        GuardResult.Require(by.Role == ActorRole.TeamManager, $"{what} must be done by a team manager");
}

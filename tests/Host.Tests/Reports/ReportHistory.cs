using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Families;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Host.Tests.Reports;

/// <summary>
/// A few case histories made through the real lifecycle on named days of 2026-27 and stored as the Host stores
/// them, for the report endpoints: a closed episode in the north, the same child's enquiry the day after it closed,
/// and a stepped-up episode in a locality whose name holds a comma.
/// </summary>
internal static class ReportHistory
{
    public const string North = "north";
    public const string Rural = "south, rural";

    private static readonly Actor Triage = new("triage-north", ActorRole.TriageOfficer);
    private static readonly Actor Manager = new("manager-north", ActorRole.TeamManager);
    private static readonly Actor Lead = new("lp-north", ActorRole.LeadPractitioner);

    /// <summary>
    /// A (north): school enquiry Mon 1 Jun 2026, triage Tue 2 Jun, allocated Mon 8 Jun (5 working days), consent and
    /// EHA Mon 15 Jun, closed (outcomes met) Wed 30 Sep. B (north, same child): health enquiry Thu 1 Oct, no further
    /// action Fri 2 Oct. C (south, rural): police enquiry Mon 6 Jul, triage Tue 7 Jul, allocated Mon 13 Jul (5),
    /// stepped up Thu 23 Jul.
    /// </summary>
    public static IReadOnlyList<Case> Cases()
    {
        var child = Guid.NewGuid();
        var a = Open(North, [child], AgencyType.School, On(2026, 6, 1));
        Accept(a.DecideTriage(new TriageDecided(TriageOutcome.EarlyHelp, LevelOfNeed.Complex, "Needs a TAF."), Triage, On(2026, 6, 2)));
        Accept(a.AllocateLeadPractitioner(new LeadPractitionerAllocated("lp-north", "north"), Manager, On(2026, 6, 8)));
        Accept(a.RecordConsent(new ConsentRecorded(ConsentStatus.Given, ConsentGiver.Parent, null), Lead, On(2026, 6, 15)));
        Accept(a.StartAssessment(new AssessmentStarted(null), Lead, On(2026, 6, 15)));
        Accept(a.RequestClosure(new ClosureRequested(ClosureReason.OutcomesMet, "Better.", "Better."), Lead, On(2026, 9, 29)));
        Accept(a.SignOffClosure(new ClosureSignedOff(null), Manager, On(2026, 9, 30)));
        var b = Open(North, [child], AgencyType.Health, On(2026, 10, 1));
        Accept(b.DecideTriage(new TriageDecided(TriageOutcome.NoFurtherAction, LevelOfNeed.Additional, "Needs met."), Triage, On(2026, 10, 2)));
        var c = Open(Rural, [Guid.NewGuid()], AgencyType.Police, On(2026, 7, 6));
        Accept(c.DecideTriage(new TriageDecided(TriageOutcome.EarlyHelp, LevelOfNeed.Complex, "Needs a TAF."), Triage, On(2026, 7, 7)));
        Accept(c.AllocateLeadPractitioner(new LeadPractitionerAllocated("lp-north", "north"), Manager, On(2026, 7, 13)));
        Accept(c.StepUp(new SteppedUp("Significant harm.", null), Lead, On(2026, 7, 23)));
        return [a, b, c];
    }

    /// <summary>Stores the cases with their families and children as the case store does.</summary>
    public static async Task StoreAsync(EarlyHelpDbContext db, IEnumerable<Case> cases)
    {
        foreach (var stored in cases)
        {
            var family = new Family(stored.FamilyId, stored.Locality, new Address("1 Street", null, "Town", "AA1 1AA"));
            foreach (var child in stored.ChildIds.Where(id => !db.ChangeTracker.Entries<FamilyMemberRow>().Any(m => m.Entity.Id == id)))
            {
                family.AddMember(new FamilyMember(child, "Child", "Family", new DateOnly(2015, 1, 1), HouseholdRole.Child));
            }

            db.Families.Add(CaseRows.ToRow(family));
            var row = new CaseRow { Children = [.. stored.ChildIds.Select(id => new CaseChildRow { CaseId = stored.Id, ChildId = id })] };
            CaseRows.Summarise(row, stored);
            db.Cases.Add(row);
            db.CaseEvents.AddRange(stored.History.Select(e => CaseRows.ToRow(e, e.At)));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>10:00 UK time on the day.</summary>
    public static DateTimeOffset On(int year, int month, int day)
    {
        var wall = new DateTime(year, month, day, 10, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, CouncilTime.Zone.GetUtcOffset(wall));
    }

    private static Case Open(string locality, Guid[] children, AgencyType source, DateTimeOffset at)
    {
        var enquiry = new Enquiry(Guid.NewGuid(), new Referrer(source, "Referrer", null), at, ["parenting"], LevelOfNeed.Additional, Urgency.Standard, EnquiryConsent.Given);
        var opening = Case.Open(Guid.CreateVersion7(), new CaseOpened(Guid.NewGuid(), children, locality, enquiry, null), Triage, at, []);
        Assert.True(opening.IsOpened, opening.Reason);
        return opening.Case!;
    }

    private static void Accept(CaseResult result) => Assert.True(result.IsAccepted, result.Reason);
}

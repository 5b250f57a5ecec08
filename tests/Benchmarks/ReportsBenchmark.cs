using System.Diagnostics;
using System.Globalization;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Host.Reports;
using EarlyHelp.Host.Timeliness;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Families;
using EarlyHelp.Workflows.Measures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EarlyHelp.Benchmarks;

/// <summary>
/// The performance report over a large history: seeds realistic case histories (made through the real lifecycle,
/// written in bulk) across six localities over two financial years, 2024-25 and 2025-26, then times the full report
/// (every measure, every quarter and year, every locality and the council) in a fresh process, so that the peak
/// memory printed is the report's, not the seeding's.
/// </summary>
internal static class ReportsBenchmark
{
    private const string MeasureVerb = "reports-measure";
    private static readonly string[] Localities = ["north", "south", "east", "west", "central", "city"];
    private static readonly DateTimeOffset First = new(2024, 4, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Last = new(2026, 3, 31, 17, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(DatabaseConnection database, int events)
    {
        await using (var provider = Services(database))
        {
            var contexts = provider.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>();
            await using (var db = await contexts.CreateDbContextAsync())
            {
                await DatabaseSchema.ApplyAsync(db, targetVersion: null, CancellationToken.None);
            }

            var seeding = Stopwatch.StartNew();
            var (cases, written) = await SeedAsync(contexts, events);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {written:N0} events of {cases:N0} cases in {seeding.Elapsed.TotalSeconds:F1} s"));
        }

        using var measure = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, [MeasureVerb, database.Provider.ToString(), database.ConnectionString]) { UseShellExecute = false })!;
        await measure.WaitForExitAsync();
        return measure.ExitCode;
    }

    /// <summary>In its own process: the rows alone twice, then the report three times (the first pays for JIT compilation), with the process's peak memory.</summary>
    public static async Task<int> MeasureAsync(string[] arguments)
    {
        if (arguments is not [MeasureVerb, var providerName, var connection])
        {
            return 2;
        }

        var database = new DatabaseConnection(Enum.Parse<DatabaseProvider>(providerName), connection);
        await using var provider = Services(database);
        var contexts = provider.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>();
        var calendar = WorkingDayCalendar.EnglandAndWales();
        var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"provider            {database.Provider}, {Environment.ProcessorCount} processors"));
        for (var run = 1; run <= 2; run++)
        {
            process.Refresh();
            var readCpu = process.TotalProcessorTime;
            var reading = Stopwatch.StartNew();
            var rows = await ReadRowsOnlyAsync(contexts, database.Provider == DatabaseProvider.Sqlite);
            reading.Stop();
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rows only, run {run}   {reading.Elapsed.TotalSeconds:F2} s ({(process.TotalProcessorTime - readCpu).TotalSeconds:F2} s of processor time): {rows:N0} rows read, every column, nothing parsed or counted"));
        }

        for (var run = 1; run <= 3; run++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var report = await CaseHistoryStream.ReadAsync(contexts, calendar, new DateOnly(2026, 4, 30), CancellationToken.None);
            var figures = report.Years.Sum(y => report.Figures(y).Count());
            clock.Stop();
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"report run {run}        {clock.Elapsed.TotalSeconds:F2} s ({(process.TotalProcessorTime - cpu).TotalSeconds:F2} s of processor time): {report.Years.Count} years, {report.Localities.Count} localities, {figures:N0} figures, every measure, quarter, year and area"));
        }

        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory         {process.PeakWorkingSet64 / (1024 * 1024)} MB (working set of the report's process)"));
        return 0;
    }

    /// <summary>The report's query alone, each column read as the report reads it: what the database and its driver cost.</summary>
    private static async Task<long> ReadRowsOnlyAsync(IDbContextFactory<EarlyHelpDbContext> contexts, bool sqlite)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = CaseHistoryStream.Query(sqlite);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0L;
        var last = int.MaxValue;
        while (await reader.ReadAsync())
        {
            var sequence = reader.GetInt32(1);
            if (sequence <= last)
            {
                _ = reader.GetGuid(0);
            }

            last = sequence;
            _ = reader.GetString(2);
            _ = reader.GetString(3);
            _ = sqlite ? reader.GetInt64(4) : reader.GetDateTime(4).Ticks;
            _ = reader.IsDBNull(5) ? null : reader.GetString(5);
            rows++;
        }

        return rows;
    }

    private static ServiceProvider Services(DatabaseConnection database)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddEarlyHelpPersistence(database);
        return services.BuildServiceProvider();
    }

    private static async Task<(int Cases, long Events)> SeedAsync(IDbContextFactory<EarlyHelpDbContext> contexts, int events)
    {
        var random = new Random(20240401);
        var written = 0L;
        var cases = 0;
        var recentFamilies = new List<(Family Family, Guid[] Children)>();
        while (written < events)
        {
            var families = new List<FamilyRow>();
            var members = new List<FamilyMemberRow>();
            var caseRows = new List<CaseRow>();
            var children = new List<CaseChildRow>();
            var eventRows = new List<CaseEventRow>();
            for (var i = 0; i < 2000 && written + eventRows.Count < events; i++)
            {
                // About one new episode in eight is for a family known before: the re-referral measures have work to do.
                (Family Family, Guid[] Children) known;
                if (recentFamilies.Count > 100 && random.NextDouble() < 0.125)
                {
                    known = recentFamilies[random.Next(recentFamilies.Count)];
                }
                else
                {
                    known = NewFamily(random);
                    var row = CaseRows.ToRow(known.Family);
                    families.Add(row);
                    members.AddRange(row.Members);
                    recentFamilies.Add(known);
                    if (recentFamilies.Count > 5000)
                    {
                        recentFamilies.RemoveAt(0);
                    }
                }

                var opened = Journey(random, known.Family, known.Children);
                var caseRow = new CaseRow();
                CaseRows.Summarise(caseRow, opened);
                caseRows.Add(caseRow);
                children.AddRange(known.Children.Select(c => new CaseChildRow { CaseId = opened.Id, ChildId = c }));
                eventRows.AddRange(opened.History.Select(e => CaseRows.ToRow(e, e.At)));
                cases++;
            }

            await using var db = await contexts.CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await BulkRows.InsertAsync(db, families, null, CancellationToken.None);
            await BulkRows.InsertAsync(db, members, null, CancellationToken.None);
            await BulkRows.InsertAsync(db, caseRows, null, CancellationToken.None);
            await BulkRows.InsertAsync(db, children, null, CancellationToken.None);
            await BulkRows.InsertAsync(db, eventRows, null, CancellationToken.None);
            await transaction.CommitAsync();
            written += eventRows.Count;
        }

        return (cases, written);
    }

    private static (Family, Guid[]) NewFamily(Random random)
    {
        var family = new Family(Guid.CreateVersion7(), Localities[random.Next(Localities.Length)], new Address("1 Street", null, "Town", "AA1 1AA"));
        var children = new Guid[1 + random.Next(3)];
        for (var c = 0; c < children.Length; c++)
        {
            children[c] = Guid.CreateVersion7();
            family.AddMember(new FamilyMember(children[c], "Child", "Family", new DateOnly(2012 + random.Next(10), 1 + random.Next(12), 1), HouseholdRole.Child));
        }

        return (family, children);
    }

    /// <summary>
    /// One episode through the real lifecycle, as far as the two years allow: closed or signposted at triage, referred
    /// to social care, or allocated and assessed with TAF meetings, reviews and readings, then closed (now and then
    /// with consent withdrawn first), or stepped up, sometimes stepped down again.
    /// </summary>
    private static Case Journey(Random random, Family family, Guid[] children)
    {
        var at = First.AddMinutes(random.NextDouble() * (Last - First).TotalMinutes);
        var enquiry = new Enquiry(Guid.NewGuid(), new Referrer((AgencyType)random.Next(9), "Referrer", null), at, ["parenting"], LevelOfNeed.Additional, Urgency.Standard, EnquiryConsent.Given);
        var subject = Case.Open(Guid.CreateVersion7(), new CaseOpened(family.Id, children, family.Locality, enquiry, "benchmark"), Triage, at, []).Case!;
        var steps = new Steps(subject, random, at);
        if (random.NextDouble() < 0.1)
        {
            steps.Next(1, 3, (c, t) => c.AddEnquiry(new EnquiryAdded(enquiry with { Id = Guid.NewGuid(), ReceivedAt = t }), Triage, t));
        }

        var triage = random.NextDouble();
        var outcome = triage < 0.15 ? (TriageOutcome)(1 + random.Next(3)) : triage < 0.2 ? TriageOutcome.ReferToSocialCare : TriageOutcome.EarlyHelp;
        var level = outcome == TriageOutcome.ReferToSocialCare ? LevelOfNeed.Specialist : random.NextDouble() < 0.5 ? LevelOfNeed.Additional : LevelOfNeed.Complex;
        if (!steps.Next(1, 3, (c, t) => c.DecideTriage(new TriageDecided(outcome, level, "Decided."), Triage, t)) || outcome != TriageOutcome.EarlyHelp)
        {
            return subject;
        }

        var team = "team-" + family.Locality;
        _ = steps.Next(2, 8, (c, t) => c.AllocateLeadPractitioner(new LeadPractitionerAllocated("lp-" + random.Next(40), team), Manager, t))
            && steps.Next(1, 5, (c, t) => c.RecordConsent(new ConsentRecorded(ConsentStatus.Given, ConsentGiver.Parent, null), Lead, t))
            && steps.Next(0, 5, (c, t) => c.StartAssessment(new AssessmentStarted(null), Lead, t))
            && Assess(steps, random, children, team);
        return subject;
    }

    private static bool Assess(Steps steps, Random random, Guid[] children, string team)
    {
        var home = random.Next(2, 6);
        if (random.NextDouble() < 0.4)
        {
            var risk = random.NextDouble() switch { < 0.02 => CseRisk.High, < 0.12 => CseRisk.Medium, < 0.5 => CseRisk.Low, _ => CseRisk.None };
            if (!steps.Next(0, 3, (c, t) => c.RecordCseScreening(new CseScreeningRecorded(children[0], risk), Lead, t)))
            {
                return false;
            }

            if (risk == CseRisk.High)
            {
                return StepUp(steps, random, team);
            }
        }

        if (!steps.Next(0, 2, (c, t) => c.RecordOutcomeReadings(Readings(home), Lead, t))
            || !steps.Next(10, 30, (c, t) => c.CompleteAssessment(new AssessmentCompleted(random.NextDouble() < 0.5 ? LevelOfNeed.Additional : LevelOfNeed.Complex, ["parenting"], [new PlanAction(Guid.NewGuid(), "Routine", "Worker", DateOnly.FromDateTime(t.UtcDateTime).AddDays(30), PlanActionStatus.Open)]), Lead, t))
            || !steps.Next(5, 20, (c, t) => c.HoldTafMeeting(new TafMeetingHeld(DateOnly.FromDateTime(t.UtcDateTime), [AgencyType.School], true, null), Lead, t)))
        {
            return false;
        }

        for (var review = random.Next(1, 5); review > 0; review--)
        {
            home = Math.Clamp(home + random.Next(-1, 3), 0, 10);
            if (!steps.Next(35, 49, (c, t) => c.RecordReview(new ReviewRecorded(DateOnly.FromDateTime(t.UtcDateTime), ReviewOutcome.ContinuePlan, null), Lead, t))
                || !steps.Next(0, 1, (c, t) => c.RecordOutcomeReadings(Readings(home), Lead, t)))
            {
                return false;
            }

            var turn = random.NextDouble();
            if (turn < 0.04)
            {
                return steps.Next(1, 10, (c, t) => c.WithdrawConsent(new ConsentWithdrawn(ConsentGiver.Parent, null), Lead, t))
                    && Close(steps, random, ClosureReason.ConsentWithdrawn);
            }

            if (turn < 0.08)
            {
                return StepUp(steps, random, team);
            }
        }

        return Close(steps, random, random.NextDouble() < 0.8 ? ClosureReason.OutcomesMet : ClosureReason.FamilyDisengaged);
    }

    private static bool StepUp(Steps steps, Random random, string team)
    {
        if (!steps.Next(0, 5, (c, t) => c.StepUp(new SteppedUp("Significant harm.", null), Lead, t)) || random.NextDouble() < 0.5)
        {
            return false;
        }

        var request = Guid.NewGuid();
        return steps.Next(30, 90, (c, t) => c.RequestStepDown(new StepDownRequested(request, "Plan ended.", null), SocialWorker, t))
            && steps.Next(1, 7, (c, t) => c.RecordPanelDecision(new PanelDecisionRecorded(request, PanelOutcome.AcceptToLocality, team, null, null), PanelChair, t))
            && steps.Next(1, 5, (c, t) => c.RecordConsent(new ConsentRecorded(ConsentStatus.Given, ConsentGiver.Parent, null), Lead, t))
            && steps.Next(1, 5, (c, t) => c.StepDown(new SteppedDown(request, "lp-" + random.Next(40), team, LevelOfNeed.Complex), Manager, t))
            && steps.Next(20, 90, (c, t) => c.RequestClosure(new ClosureRequested(ClosureReason.OutcomesMet, "Views.", "Views."), Lead, t))
            && steps.Next(1, 5, (c, t) => c.SignOffClosure(new ClosureSignedOff(null), Manager, t));
    }

    private static bool Close(Steps steps, Random random, ClosureReason reason) =>
        steps.Next(1, 10, (c, t) => c.RequestClosure(new ClosureRequested(reason, "Views.", "Views."), Lead, t))
        && steps.Next(1, 5, (c, t) => c.SignOffClosure(new ClosureSignedOff(null), Manager, t))
        && (random.NextDouble() < 0.2 || steps.Next(0, 10, (c, t) => c.RecordExitSurvey(new ExitSurveyRecorded(Answer(random), Answer(random), Answer(random), null), Lead, t)));

    private static SurveyAnswer Answer(Random random) => random.NextDouble() switch { < 0.9 => SurveyAnswer.Agree, < 0.95 => SurveyAnswer.Neutral, < 0.98 => SurveyAnswer.Disagree, _ => SurveyAnswer.NotAnswered };

    private static OutcomeReadingsRecorded Readings(int home) =>
        new("Family wheel", [new DomainScore("Home", home), new DomainScore("School", Math.Max(0, home - 1)), new DomainScore("Health", 5)]);

    private static readonly Actor Triage = new("t1", ActorRole.TriageOfficer);
    private static readonly Actor Manager = new("tm-1", ActorRole.TeamManager);
    private static readonly Actor Lead = new("lp-1", ActorRole.LeadPractitioner);
    private static readonly Actor PanelChair = new("chair", ActorRole.PanelChair);
    private static readonly Actor SocialWorker = new("sw-1", ActorRole.SocialWorker);

    /// <summary>Moves a case on a random number of days at a time; stops (answering false) at the end of the seeded years.</summary>
    private sealed class Steps(Case subject, Random random, DateTimeOffset at)
    {
        public bool Next(int minimumDays, int maximumDays, Func<Case, DateTimeOffset, CaseResult> step)
        {
            at = at.AddDays(minimumDays + (random.NextDouble() * (maximumDays - minimumDays)));
            if (at > Last)
            {
                return false;
            }

            var result = step(subject, at);
            return result.IsAccepted ? true : throw new InvalidOperationException($"The benchmark's journey was refused: {result.Reason}");
        }
    }
}

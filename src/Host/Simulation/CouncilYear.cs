using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EarlyHelp.Host.History;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Staff;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Simulation;

/// <summary>
/// Simulates a council's year through the real product: families arrive on working days, and each episode is
/// taken through triage, allocation, consent, the EHA, the TAF, six-weekly reviews with outcome readings, and
/// closure or a step-up, each step as the API command its person would send (<see cref="HistoryReplay"/>), on the
/// replay clock moved day by day. Each morning the pathway's due timers fire first, so the review and readings
/// tasks they open are there when the practitioner records the review. Only open episodes are held in memory.
/// </summary>
internal sealed class CouncilYear(IServiceProvider services, SimulationOptions options)
{
    /// <summary>Share of episodes that triage refers straight to children's social care; the rest of the step-ups happen at reviews.</summary>
    private const double StepUpAtTriageRate = 0.03;

    /// <summary>Share of episodes closed at triage (signposted, single agency, no further action).</summary>
    private const double ClosedAtTriageRate = 0.03;

    /// <summary>
    /// Share of later step-ups that fall inside the year (they happen at the first or second review, three to four
    /// months in, so episodes opened late in the year step up after it): calibrated on the default year.
    /// </summary>
    private const double LaterStepUpsInYear = 0.70;

    private static readonly (int Reviews, int Weight)[] ReviewsBeforeClosing = [(1, 25), (2, 30), (3, 25), (4, 12), (5, 8)];
    private static readonly string[] Domains = ["Physical health", "Emotional wellbeing", "Family relationships", "Routines and boundaries", "School and learning"];

    private readonly Random _random = new(options.Seed);
    private readonly PriorityQueue<SimulatedCase, (DateTimeOffset, long)> _due = new();
    private readonly HistoryKeys _keys = new();
    private readonly Dictionary<string, TeamStaff> _teams = new(StringComparer.Ordinal);
    private long _order;
    private int _opened;

    public async Task<SimulationReport> RunAsync(Action<SimulationReport>? progress, CancellationToken cancellationToken)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>();
        await SimulatedStaff.SeedAsync(contexts, options, cancellationToken);
        await LoadTeamsAsync(contexts, cancellationToken);
        var replay = await ReplayServices.ReplayAsync(services, cancellationToken);
        var timers = services.GetRequiredService<DueTimers>();
        var clock = services.GetRequiredService<ReplayClock>();
        var writers = services.GetRequiredService<SqliteWriteGate>();
        var families = new SimulatedFamilies(_random);
        var report = new SimulationReport(options);
        var stepUpsLater = new Quota(Math.Max(0, options.StepUpRate - StepUpAtTriageRate) / ((1 - StepUpAtTriageRate - ClosedAtTriageRate) * LaterStepUpsInYear), _random);
        var quotas = new Quotas(
            new Quota(StepUpAtTriageRate, _random),
            new Quota(ClosedAtTriageRate / (1 - StepUpAtTriageRate), _random),
            stepUpsLater,
            new Quota(options.ReopenedWithin3MonthsRate, _random),
            new Quota(options.ImprovingReadingsRate, _random),
            new Quota(options.PositiveSurveyRate, _random));
        var reopens = (int)Math.Round(options.Closures * options.ReopenedWithin3MonthsRate);
        var arrivals = Math.Max(0, options.Episodes - reopens);
        // Families arrive at the year's rate whatever the days simulated: fewer days are a sample of the year.
        var workingDays = Enumerable.Range(0, SimulationOptions.YearDays).Count(d => IsWorkingDay(options.Start.AddDays(d)));
        var workingDay = 0;
        for (var d = 0; d < options.Days; d++)
        {
            var date = options.Start.AddDays(d);
            if (IsWorkingDay(date))
            {
                var before = (long)arrivals * workingDay / workingDays;
                workingDay++;
                var today = (long)arrivals * workingDay / workingDays;
                for (var i = before; i < today; i++)
                {
                    Enqueue(NewEpisode(families, date), At(date, 9 * 60, 16 * 60));
                }
            }

            report.TimersFired += await timers.FireAllAsync(contexts, At(date, 7 * 60, 7 * 60), cancellationToken);
            var endOfDay = At(date.AddDays(1), 0, 0);
            while (_due.TryPeek(out var next, out var when) && when.Item1 < endOfDay)
            {
                _due.Dequeue();
                await StepAsync(next, replay, clock, writers, contexts, families, quotas, report, cancellationToken);
            }

            report.Day = d + 1;
            report.OpenNow = _due.Count;
            progress?.Invoke(report);
        }

        report.StillOpen = _due.Count;
        return report;
    }

    private async Task StepAsync(
        SimulatedCase episode, HistoryReplay replay, ReplayClock clock, SqliteWriteGate writers, IDbContextFactory<EarlyHelpDbContext> contexts,
        SimulatedFamilies families, Quotas quotas, SimulationReport report, CancellationToken cancellationToken)
    {
        var (type, fact, actor) = Decide(episode, quotas);
        var data = JsonSerializer.SerializeToNode(fact, type.FactType, CaseEventJson.Options)!.AsObject();
        if (episode is { Next: SimulatedStep.Open, NewFamily: { } family })
        {
            data["family"] = JsonSerializer.SerializeToNode(family, CaseEventJson.Options);
        }

        var line = new HistoryLine(0, episode.Key, type.Key, episode.At, actor, JsonSerializer.SerializeToElement(data), null);
        _keys.BeginCase();
        _keys.CaseId = episode.CaseId;
        string? refused;
        IReadOnlyList<Func<CancellationToken, Task>> afterCommit = [];
        using (await writers.EnterAsync(cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            clock.Set(episode.At);
            var applied = await replay.ApplyAsync(db, line, _keys, cancellationToken);
            refused = applied.Refusal;
            if (refused is null)
            {
                await transaction.CommitAsync(cancellationToken);
                afterCommit = applied.AfterCommit;
            }
            else
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
        }

        if (refused is not null)
        {
            // The simulation asked for something the product refused: a fault of the simulation, reported and
            // the episode left where it is rather than forced.
            report.Refused(episode.Key, type.Key, refused);
            return;
        }

        foreach (var work in afterCommit)
        {
            await work(cancellationToken);
        }

        episode.CaseId = _keys.CaseId;
        // The store has the family now; an open episode keeps only identifiers, so a national year fits in memory.
        episode.NewFamily = null;
        _keys.Keep();
        report.Events++;
        Count(report, type, fact);
        Advance(episode, type, fact, families, quotas);
        if (episode.Next != SimulatedStep.Done)
        {
            Enqueue(episode, episode.At);
        }
    }

    private static void Count(SimulationReport report, CaseEventType type, object fact)
    {
        switch (fact)
        {
            case CaseOpened:
                report.Episodes++;
                break;
            case AssessmentCompleted:
                report.EhasCompleted++;
                break;
            case TriageDecided { Outcome: TriageOutcome.ReferToSocialCare } or SteppedUp:
                report.StepUps++;
                break;
            case TriageDecided { Outcome: not TriageOutcome.EarlyHelp } or ClosureSignedOff:
                report.Closures++;
                break;
            default:
                _ = type;
                break;
        }
    }

    /// <summary>The event this step records: its type, fact and who does it.</summary>
    private (CaseEventType Type, object Fact, Actor By) Decide(SimulatedCase episode, Quotas quotas)
    {
        var team = _teams[episode.Locality];
        var on = DateOnly.FromDateTime(episode.At.UtcDateTime);
        switch (episode.Next)
        {
            case SimulatedStep.Open:
                episode.TriageOfficer = Pick(team.TriageOfficers);
                var enquiry = new SimulatedFamilies(_random).Enquiry(episode.At.AddMinutes(-_random.Next(10, 180)));
                var reason = episode.NewFamily is null ? "Re-referred after the previous episode closed" : null;
                return (CaseEventTypes.CaseOpened, new CaseOpened(episode.FamilyId, episode.ChildIds, episode.Locality, enquiry, reason), Officer(episode));
            case SimulatedStep.Triage:
                if (quotas.StepUpAtTriage.Next())
                {
                    return (Type(CaseTrigger.Triage), new TriageDecided(TriageOutcome.ReferToSocialCare, LevelOfNeed.Specialist, "Significant harm indicated: referred to children's social care"), Officer(episode));
                }

                if (quotas.ClosedAtTriage.Next())
                {
                    var outcome = _random.Next(3) switch { 0 => TriageOutcome.Signpost, 1 => TriageOutcome.SingleAgency, _ => TriageOutcome.NoFurtherAction };
                    return (Type(CaseTrigger.Triage), new TriageDecided(outcome, LevelOfNeed.Universal, "Needs can be met by universal or single-agency support"), Officer(episode));
                }

                var level = _random.NextDouble() < 0.4 ? LevelOfNeed.Additional : LevelOfNeed.Complex;
                return (Type(CaseTrigger.Triage), new TriageDecided(TriageOutcome.EarlyHelp, level, "Multi-agency support needed: Team Around the Family"), Officer(episode));
            case SimulatedStep.Allocate:
                episode.Manager = Pick(team.Managers);
                episode.Practitioner = Pick(team.Practitioners);
                return (Type(CaseTrigger.AllocateLeadPractitioner), new LeadPractitionerAllocated(episode.Practitioner, episode.Locality), Manager(episode));
            case SimulatedStep.Consent:
                return _random.NextDouble() < 0.95
                    ? (Type(CaseTrigger.RecordConsent), new ConsentRecorded(ConsentStatus.Given, ConsentGiver.Parent, null), Practitioner(episode))
                    : (Type(CaseTrigger.RecordConsent), new ConsentRecorded(ConsentStatus.Partial, ConsentGiver.Parent, "Not to share with the housing provider"), Practitioner(episode));
            case SimulatedStep.StartAssessment:
                return (Type(CaseTrigger.StartAssessment), new AssessmentStarted("Home visit arranged"), Practitioner(episode));
            case SimulatedStep.CompleteAssessment:
                var needs = SimulatedFamilies.Needs.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).ToList();
                episode.Plan = [.. needs.Select(n => new PlanAction(NewId(), $"Support with {n.Replace('-', ' ')}", Pick(PlanOwners), on.AddDays(_random.Next(42, 120)), PlanActionStatus.Open))];
                episode.EndsInStepUp = quotas.StepUpLater.Next();
                episode.ReviewsPlanned = episode.EndsInStepUp ? _random.Next(1, 3) : Weighted(ReviewsBeforeClosing);
                return (Type(CaseTrigger.CompleteAssessment), new AssessmentCompleted(_random.NextDouble() < 0.5 ? LevelOfNeed.Additional : LevelOfNeed.Complex, needs, episode.Plan), Practitioner(episode));
            case SimulatedStep.CseScreening:
                var risk = _random.NextDouble() switch { < 0.7 => CseRisk.None, < 0.95 => CseRisk.Low, _ => CseRisk.Medium };
                return (Type(CaseTrigger.RecordCseScreening), new CseScreeningRecorded(episode.ChildIds[0], risk), Practitioner(episode));
            case SimulatedStep.TafMeeting:
                AgencyType[] agencies = [AgencyType.School, .. _random.NextDouble() < 0.6 ? [AgencyType.Health] : Array.Empty<AgencyType>(), .. _random.NextDouble() < 0.3 ? [AgencyType.Housing] : Array.Empty<AgencyType>()];
                return (Type(CaseTrigger.HoldTafMeeting), new TafMeetingHeld(on, agencies, _random.NextDouble() < 0.9, "Family plan agreed"), Practitioner(episode));
            case SimulatedStep.FirstReadings:
                episode.Scores = [.. Domains.Select(_ => _random.Next(2, 6))];
                return (Type(CaseTrigger.RecordOutcomeReadings), Readings(episode.Scores), Practitioner(episode));
            case SimulatedStep.Review:
                episode.ReviewsHeld++;
                episode.LastReview = episode.ReviewsHeld < episode.ReviewsPlanned ? (_random.NextDouble() < 0.85 ? ReviewOutcome.ContinuePlan : ReviewOutcome.ChangePlan)
                    : episode.EndsInStepUp ? ReviewOutcome.ConsiderStepUp : ReviewOutcome.ReadyToClose;
                return (Type(CaseTrigger.RecordReview), new ReviewRecorded(on, episode.LastReview, "Progress against the family plan reviewed with the family"), Practitioner(episode));
            case SimulatedStep.ReadingsAtReview:
                episode.Scores = Travel(episode.Scores ?? [.. Domains.Select(_ => 3)], quotas.Improving.Next());
                return (Type(CaseTrigger.RecordOutcomeReadings), Readings(episode.Scores), Practitioner(episode));
            case SimulatedStep.StepUp:
                return (Type(CaseTrigger.StepUp), new SteppedUp("Needs have risen above the Early Help threshold", $"SC-{_random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture)}"), Manager(episode));
            case SimulatedStep.RequestClosure:
                var closure = _random.NextDouble() switch { < 0.78 => ClosureReason.OutcomesMet, < 0.9 => ClosureReason.StepDownToUniversal, < 0.96 => ClosureReason.FamilyDisengaged, _ => ClosureReason.MovedAway };
                return (Type(CaseTrigger.RequestClosure), new ClosureRequested(closure, "The family feel things have improved", "Things are better at home and at school"), Practitioner(episode));
            case SimulatedStep.SignOffClosure:
                return (Type(CaseTrigger.SignOffClosure), new ClosureSignedOff("Closure agreed"), Manager(episode));
            case SimulatedStep.ExitSurvey:
                var positive = quotas.PositiveSurvey.Next();
                var low = _random.NextDouble() < 0.5 ? SurveyAnswer.Neutral : SurveyAnswer.Disagree;
                var which = _random.Next(3);
                return (Type(CaseTrigger.RecordExitSurvey), new ExitSurveyRecorded(
                    positive || which != 0 ? SurveyAnswer.Agree : low,
                    positive || which != 1 ? SurveyAnswer.Agree : low,
                    positive || which != 2 ? SurveyAnswer.Agree : low,
                    positive ? "The worker really listened to us" : null), Practitioner(episode));
            default:
                throw new InvalidOperationException($"Step {episode.Next} records nothing.");
        }
    }

    /// <summary>Moves the episode on after its step was recorded: the next step and when it happens.</summary>
    private void Advance(SimulatedCase episode, CaseEventType type, object fact, SimulatedFamilies families, Quotas quotas)
    {
        _ = type;
        var at = episode.At;
        switch (episode.Next)
        {
            case SimulatedStep.Open:
                _opened++;
                Then(episode, SimulatedStep.Triage, WorkingDaysLater(at, _random.Next(0, 3)));
                break;
            case SimulatedStep.Triage:
                if (fact is TriageDecided { Outcome: TriageOutcome.EarlyHelp })
                {
                    Then(episode, SimulatedStep.Allocate, WorkingDaysLater(at, _random.Next(1, 5)));
                }
                else
                {
                    Done(episode, fact is TriageDecided { Outcome: not TriageOutcome.ReferToSocialCare }, families, quotas);
                }

                break;
            case SimulatedStep.Allocate:
                Then(episode, SimulatedStep.Consent, WorkingDaysLater(at, _random.Next(1, 3)));
                break;
            case SimulatedStep.Consent:
                Then(episode, SimulatedStep.StartAssessment, WorkingDaysLater(at, _random.Next(0, 2)));
                break;
            case SimulatedStep.StartAssessment:
                Then(episode, SimulatedStep.CompleteAssessment, WorkingDaysLater(at, _random.Next(8, 19)));
                break;
            case SimulatedStep.CompleteAssessment:
                var tenOrOver = episode.OldestChildBorn.AddYears(10) <= DateOnly.FromDateTime(at.UtcDateTime);
                Then(episode, tenOrOver ? SimulatedStep.CseScreening : SimulatedStep.TafMeeting, WorkingDaysLater(at, tenOrOver ? _random.Next(1, 4) : _random.Next(5, 14)));
                break;
            case SimulatedStep.CseScreening:
                Then(episode, SimulatedStep.TafMeeting, WorkingDaysLater(at, _random.Next(3, 10)));
                break;
            case SimulatedStep.TafMeeting:
                episode.TafHeldAt = at;
                Then(episode, SimulatedStep.FirstReadings, WorkingDaysLater(at, _random.Next(1, 8)));
                break;
            case SimulatedStep.FirstReadings:
                Then(episode, SimulatedStep.Review, NextReview(episode));
                break;
            case SimulatedStep.Review:
                Then(episode, SimulatedStep.ReadingsAtReview, at.AddMinutes(20));
                break;
            case SimulatedStep.ReadingsAtReview:
                switch (episode.LastReview)
                {
                    case ReviewOutcome.ConsiderStepUp:
                        Then(episode, SimulatedStep.StepUp, WorkingDaysLater(at, _random.Next(0, 2)));
                        break;
                    case ReviewOutcome.ReadyToClose:
                        Then(episode, SimulatedStep.RequestClosure, WorkingDaysLater(at, _random.Next(0, 3)));
                        break;
                    default:
                        Then(episode, SimulatedStep.Review, NextReview(episode));
                        break;
                }

                break;
            case SimulatedStep.StepUp:
                Done(episode, closed: false, families, quotas);
                break;
            case SimulatedStep.RequestClosure:
                Then(episode, SimulatedStep.SignOffClosure, WorkingDaysLater(at, _random.Next(1, 5)));
                break;
            case SimulatedStep.SignOffClosure:
                if (_random.NextDouble() < 0.7)
                {
                    Then(episode, SimulatedStep.ExitSurvey, WorkingDaysLater(at, _random.Next(2, 10)));
                }
                else
                {
                    episode.Next = SimulatedStep.Done;
                }

                Reopen(episode, families, quotas);
                break;
            default:
                episode.Next = SimulatedStep.Done;
                break;
        }
    }

    /// <summary>The review after the pathway's timer has ticked (every ReviewWeeks from the first TAF meeting): within a few working days of it.</summary>
    private DateTimeOffset NextReview(SimulatedCase episode)
    {
        var tick = episode.TafHeldAt.AddDays(7 * options.ReviewWeeks * (episode.ReviewsHeld + 1));
        return WorkingDaysLater(At(DateOnly.FromDateTime(tick.UtcDateTime), 9 * 60, 16 * 60), _random.Next(1, 4));
    }

    private void Done(SimulatedCase episode, bool closed, SimulatedFamilies families, Quotas quotas)
    {
        episode.Next = SimulatedStep.Done;
        if (closed)
        {
            Reopen(episode, families, quotas);
        }
    }

    /// <summary>Some families come back within three months of a closure: a new episode for the same children.</summary>
    private void Reopen(SimulatedCase closed, SimulatedFamilies families, Quotas quotas)
    {
        _ = families;
        if (!quotas.Reopened.Next())
        {
            return;
        }

        var again = new SimulatedCase
        {
            Key = NewKey(),
            FamilyId = closed.FamilyId,
            ChildIds = closed.ChildIds,
            OldestChildBorn = closed.OldestChildBorn,
            Locality = closed.Locality,
        };
        Enqueue(again, WorkingDaysLater(closed.At, _random.Next(15, 55)));
    }

    private SimulatedCase NewEpisode(SimulatedFamilies families, DateOnly date)
    {
        var locality = options.Localities[_random.Next(options.Localities.Count)];
        var family = families.Family(locality, date);
        var children = family.Members.Where(m => m.Role == EarlyHelp.Workflows.Families.HouseholdRole.Child).ToList();
        return new SimulatedCase
        {
            Key = NewKey(),
            FamilyId = families.NewId(),
            NewFamily = family,
            ChildIds = [.. children.Select(c => c.Id)],
            OldestChildBorn = children.Min(c => c.DateOfBirth!.Value),
            Locality = locality,
        };
    }

    private string NewKey() => $"sim-{options.Seed.ToString(CultureInfo.InvariantCulture)}-{(++_order).ToString(CultureInfo.InvariantCulture)}";

    private static void Then(SimulatedCase episode, SimulatedStep next, DateTimeOffset at)
    {
        episode.Next = next;
        episode.At = at;
    }

    private void Enqueue(SimulatedCase episode, DateTimeOffset at)
    {
        episode.At = at;
        _due.Enqueue(episode, (at, ++_order));
    }

    private async Task LoadTeamsAsync(IDbContextFactory<EarlyHelpDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var localities = options.Localities.ToList();
        var users = await db.Users.AsNoTracking().Where(u => u.Active && u.TeamId != null && localities.Contains(u.TeamId)).OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.Roles, u.TeamId }).ToListAsync(cancellationToken);
        foreach (var locality in localities)
        {
            var team = users.Where(u => u.TeamId == locality).ToList();
            string[] Holding(string role) => [.. team.Where(u => u.Roles.Split(' ').Contains(role)).Select(u => u.Id)];
            _teams[locality] = new TeamStaff(Holding(StaffRoles.TriageOfficer), Holding(StaffRoles.LeadPractitioner), Holding(StaffRoles.TeamManager));
        }
    }

    private static CaseEventType Type(CaseTrigger trigger) => CaseEventTypes.ForTrigger(trigger);

    private static OutcomeReadingsRecorded Readings(int[] scores) =>
        new("Family outcomes", [.. Domains.Select((d, i) => new DomainScore(d, scores[i]))]);

    /// <summary>The next readings: better in one to three domains when improving, else the same or a step back in one.</summary>
    private int[] Travel(int[] scores, bool improving)
    {
        var next = (int[])scores.Clone();
        if (improving)
        {
            var room = Enumerable.Range(0, next.Length).Where(i => next[i] < 10).OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).ToList();
            if (room.Count == 0)
            {
                return next;
            }

            foreach (var i in room)
            {
                next[i]++;
            }
        }
        else if (_random.NextDouble() < 0.5)
        {
            var i = _random.Next(next.Length);
            next[i] = Math.Max(1, next[i] - 1);
        }

        return next;
    }

    private static readonly string[] PlanOwners = ["Lead practitioner", "School", "Health visitor", "Parent", "Family support worker"];

    private Actor Officer(SimulatedCase episode) => new(episode.TriageOfficer ??= Pick(_teams[episode.Locality].TriageOfficers), ActorRole.TriageOfficer);

    private Actor Manager(SimulatedCase episode) => new(episode.Manager ??= Pick(_teams[episode.Locality].Managers), ActorRole.TeamManager);

    private static Actor Practitioner(SimulatedCase episode) => new(episode.Practitioner!, ActorRole.LeadPractitioner);

    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private int Weighted((int Value, int Weight)[] choices)
    {
        var draw = _random.Next(choices.Sum(c => c.Weight));
        return choices.First(c => (draw -= c.Weight) < 0).Value;
    }

    private DateTimeOffset At(DateOnly date, int fromMinute, int toMinute) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(fromMinute + (toMinute > fromMinute ? _random.Next(toMinute - fromMinute) : 0));

    /// <summary>Some working days later (weekends skipped; a bank holiday is just a quiet day), in office hours.</summary>
    private DateTimeOffset WorkingDaysLater(DateTimeOffset from, int days)
    {
        var date = DateOnly.FromDateTime(from.UtcDateTime);
        for (var left = days; left > 0 || !IsWorkingDay(date);)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        var at = At(date, 9 * 60, 16 * 60);
        return at > from ? at : from.AddMinutes(_random.Next(5, 60));
    }

    private static bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private sealed record TeamStaff(IReadOnlyList<string> TriageOfficers, IReadOnlyList<string> Practitioners, IReadOnlyList<string> Managers);

    private sealed record Quotas(Quota StepUpAtTriage, Quota ClosedAtTriage, Quota StepUpLater, Quota Reopened, Quota Improving, Quota PositiveSurvey);
}

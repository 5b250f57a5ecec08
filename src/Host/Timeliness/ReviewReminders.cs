using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.StepDownPanel;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Deadlines;
using EarlyHelp.Workflows.Ports;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Timeliness;

/// <summary>
/// Reminds the lead practitioner and their team's managers of a review a set number of working days before it
/// is due ("Reminders:ReviewWorkingDaysBefore", 5 by default). Runs with the daily timeliness check, from the
/// stored deadlines; each reminder has a key per review and recipient, so a second run, or a run after a
/// missed day, sends nothing twice.
/// </summary>
internal sealed class ReviewReminders(IDbContextFactory<EarlyHelpDbContext> contexts, WorkingDayCalendar calendar, TeamDirectory teams, INotifications notifications, IConfiguration configuration)
{
    public int WorkingDaysBefore => configuration.GetValue("Reminders:ReviewWorkingDaysBefore", 5);

    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = CouncilTime.DateOf(now);
        // A review due on or before this day is within the reminder window today.
        var horizon = calendar.Covers(today) ? calendar.AddWorkingDays(today, WorkingDaysBefore) : today.AddDays(7 * WorkingDaysBefore / 5);
        var review = nameof(DeadlineKind.Review);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await (
                from d in db.CaseDeadlines.AsNoTracking()
                join c in db.Cases.AsNoTracking() on d.CaseId equals c.Id
                where d.Kind == review && d.MetAt == null && d.DueOn <= horizon
                select new { d.CaseId, d.Episode, d.Number, d.DueOn, d.TeamId, c.LeadPractitionerId })
            .ToListAsync(cancellationToken);
        var sent = 0;
        var managers = await teams.ManagersAsync(cancellationToken);
        foreach (var reminder in due)
        {
            var recipients = managers.Of(reminder.TeamId ?? "unallocated").Prepend(reminder.LeadPractitionerId).OfType<string>().Distinct();
            foreach (var recipient in recipients)
            {
                var reference = EarlyHelp.Host.Cases.CaseReference.Of(reminder.CaseId);
                await notifications.QueueAsync(
                    new Notification($"review-reminder:{reminder.CaseId:N}:{reminder.Episode}:{reminder.Number}:{recipient}", recipient, NotificationKinds.ReviewReminder,
                        $"Review of {reference} due {reminder.DueOn:d MMMM yyyy}",
                        $"The Team Around the Family review of case {reference} is due on {reminder.DueOn:yyyy-MM-dd}.", reminder.CaseId),
                    cancellationToken);
                sent++;
            }
        }

        return sent;
    }
}

using System.Net;
using System.Text.Json.Nodes;
using EarlyHelp.Host.Scheduling;
using EarlyHelp.Host.Tests.Api;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EarlyHelp.Host.Tests.Scheduling;

/// <summary>The administrators' jobs page data through the real HTTP pipeline, with the real Quartz store.</summary>
public sealed class JobsApiTests : IAsyncLifetime
{
    private const string ReminderDays = "Reminders:ReviewWorkingDaysBefore";
    private TestDatabase _database = null!;
    private TestHost? _host;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("sqlite");

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_list_has_every_recurring_job_with_its_schedule_and_next_fire_time()
    {
        using var admin = await SignInAsync("admin");

        var items = (await admin.GetJsonAsync("/api/admin/jobs"))!["items"]!.AsArray();

        Assert.Equal(["notification-delivery", "panel-agenda", "daily-reconciliation", "timeliness-check"], items.Select(j => j!["name"]!.GetValue<string>()));
        Assert.All(items, j => Assert.True(j!["nextFireTime"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow.AddMinutes(-1)));
        Assert.All(items, j => Assert.False(j!["paused"]!.GetValue<bool>()));
        var check = items.Single(j => j!["name"]!.GetValue<string>() == "timeliness-check")!;
        Assert.Equal(("daily at 07:00", "0 0 7 * * ?", "Europe/London"),
            (check["schedule"]!["words"]!.GetValue<string>(), check["schedule"]!["cron"]!.GetValue<string>(), check["schedule"]!["timeZone"]!.GetValue<string>()));
        Assert.Equal("every Monday at 09:00", items.Single(j => j!["name"]!.GetValue<string>() == "panel-agenda")!["schedule"]!["words"]!.GetValue<string>());
        Assert.Equal("every minute", items[0]!["schedule"]!["words"]!.GetValue<string>());
    }

    [Fact]
    public async Task Running_a_job_now_records_a_run_that_the_list_shows_as_its_last()
    {
        using var admin = await SignInAsync("admin");

        var requested = await admin.ExpectAsync(HttpStatusCode.Accepted, HttpMethod.Post, "/api/admin/jobs/panel-agenda/run");
        var runId = requested!["runId"]!.GetValue<Guid>();
        await FinishedAsync(runId);

        var runs = await admin.GetJsonAsync("/api/admin/jobs/panel-agenda/runs");
        var run = runs!["items"]![0]!;
        Assert.Equal((runId, "succeeded", "run-now", "admin"),
            (run["id"]!.GetValue<Guid>(), run["outcome"]!.GetValue<string>(), run["reason"]!.GetValue<string>(), run["requestedBy"]!.GetValue<string>()));
        Assert.True(run["durationSeconds"]!.GetValue<double>() >= 0);
        var listed = await JobAsync(admin, "panel-agenda");
        Assert.Equal(runId, listed["lastRun"]!["id"]!.GetValue<Guid>());
        Assert.Equal(0, listed["failuresLast7Days"]!.GetValue<int>());
        Assert.True(await _host!.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == RunJobNowHandler.Action && a.RecordKind == "job" && a.RecordId == "panel-agenda" && a.UserId == "admin")));
    }

    [Fact]
    public async Task A_failed_run_shows_its_error_and_a_retry_runs_the_job_again()
    {
        // A setting the job cannot read fails it, as a mistyped setting would.
        using var admin = await SignInAsync("admin", (ReminderDays, "soon"));
        var failedId = (await admin.ExpectAsync(HttpStatusCode.Accepted, HttpMethod.Post, "/api/admin/jobs/timeliness-check/run"))!["runId"]!.GetValue<Guid>();
        await FinishedAsync(failedId);

        var failed = await JobAsync(admin, "timeliness-check");
        Assert.Equal((failedId, "failed"), (failed["lastRun"]!["id"]!.GetValue<Guid>(), failed["lastRun"]!["outcome"]!.GetValue<string>()));
        Assert.Contains(ReminderDays, failed["lastRun"]!["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, failed["failuresLast7Days"]!.GetValue<int>());

        _host!.Services.GetRequiredService<IConfiguration>()[ReminderDays] = "5";
        var retried = await admin.ExpectAsync(HttpStatusCode.Accepted, HttpMethod.Post, "/api/admin/jobs/timeliness-check/retry");
        var retryId = retried!["runId"]!.GetValue<Guid>();
        await FinishedAsync(retryId);

        var run = (await admin.GetJsonAsync("/api/admin/jobs/timeliness-check/runs"))!["items"]![0]!;
        Assert.Equal((retryId, "succeeded", "retry", failedId),
            (run["id"]!.GetValue<Guid>(), run["outcome"]!.GetValue<string>(), run["reason"]!.GetValue<string>(), run["retryOf"]!.GetValue<Guid>()));
        await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/admin/jobs/timeliness-check/retry");
    }

    [Fact]
    public async Task A_job_that_has_not_run_cannot_be_retried()
    {
        using var admin = await SignInAsync("admin");

        var refused = await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/admin/jobs/daily-reconciliation/retry");

        Assert.Contains("has not run yet", refused!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(await _host!.QueryAsync(db => db.JobRuns.AnyAsync(r => r.Job == "daily-reconciliation")));
    }

    [Fact]
    public async Task Someone_who_is_not_an_administrator_is_refused_every_jobs_endpoint()
    {
        using var manager = await SignInAsync("manager-north");

        await manager.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, "/api/admin/jobs");
        await manager.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, "/api/admin/jobs/panel-agenda/runs");
        await manager.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, "/api/admin/jobs/panel-agenda/run");
        await manager.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, "/api/admin/jobs/panel-agenda/retry");
        Assert.False(await _host!.QueryAsync(db => db.JobRuns.AnyAsync(r => r.Job == "panel-agenda")));
    }

    [Fact]
    public async Task An_unknown_job_is_not_found_and_a_malformed_name_or_page_is_refused()
    {
        using var admin = await SignInAsync("admin");

        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, "/api/admin/jobs/no-such-job/run");
        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, "/api/admin/jobs/no-such-job/runs");
        var badName = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/admin/jobs/Panel%20Agenda/run");
        var badPage = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/api/admin/jobs/panel-agenda/runs?page=0");

        Assert.NotNull(badName!["errors"]!["name"]);
        Assert.NotNull(badPage!["errors"]!["page"]);
    }

    private async Task<ApiClient> SignInAsync(string userId, params (string Key, string Value)[] settings)
    {
        _host = TestHost.Start(_database, settings);
        return await ApiClient.SignInAsync(_host, userId);
    }

    private Task FinishedAsync(Guid runId) =>
        _host!.EventuallyAsync(db => db.JobRuns.AnyAsync(r => r.Id == runId && r.FinishedAt != null), TimeSpan.FromSeconds(30), $"run {runId} finishing");

    private static async Task<JsonNode> JobAsync(ApiClient admin, string name) =>
        (await admin.GetJsonAsync("/api/admin/jobs"))!["items"]!.AsArray().Single(j => j!["name"]!.GetValue<string>() == name)!;
}

using System.Net;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>The triage officers' endpoints through the real HTTP pipeline.</summary>
public sealed class TriageApiTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("sqlite");
        _host = TestHost.Start(_database);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task An_enquiry_opens_a_case_in_the_inbox_and_a_decision_moves_it_to_allocation()
    {
        using var triage = await ApiClient.SignInAsync(_host, "triage-north");

        var created = await triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily());
        var caseId = created!["caseId"]!.GetValue<Guid>();
        var inbox = await triage.GetJsonAsync("/api/triage/inbox");
        var decided = await triage.PostOkAsync($"/api/cases/{caseId}/triage-decision",
            new { outcome = "early-help", levelOfNeed = "complex", rationale = "Needs a Team Around the Family" }, ifMatch: created["version"]!.GetValue<int>());

        Assert.Equal("enquiry", created["state"]!.GetValue<string>());
        Assert.Equal(caseId, inbox!["items"]![0]!["caseId"]!.GetValue<Guid>());
        Assert.Equal("allocation", decided!["state"]!.GetValue<string>());
        Assert.Equal(0, (await triage.GetJsonAsync("/api/triage/inbox"))!["total"]!.GetValue<int>());
        Assert.True(await _host.QueryAsync(db => db.HumanTasks.AnyAsync(t => t.CaseId == caseId && t.TaskType == "allocation" && t.Status == "open")));
    }
}

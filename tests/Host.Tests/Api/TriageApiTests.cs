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

    [Fact]
    public async Task A_second_enquiry_about_a_child_with_an_open_episode_is_offered_that_episode()
    {
        using var triage = await ApiClient.SignInAsync(_host, "triage-north");
        var first = await triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily());
        var familyId = first!["familyId"]!.GetValue<Guid>();

        var offered = await triage.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/enquiries", new { familyId, enquiry = Enquiries.Enquiry() });
        var added = await triage.PostOkAsync($"/api/cases/{first["caseId"]}/enquiries", new { enquiry = Enquiries.Enquiry(urgent: true) });
        var another = await triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries",
            new { familyId, enquiry = Enquiries.Enquiry(), newEpisodeReason = "A separate concern, agreed with the team manager" });

        Assert.Equal(first["caseId"]!.GetValue<Guid>(), offered!["openEpisodes"]![0]!["caseId"]!.GetValue<Guid>());
        Assert.Equal("enquiry", added!["state"]!.GetValue<string>());
        Assert.NotEqual(first["caseId"]!.GetValue<Guid>(), another!["caseId"]!.GetValue<Guid>());
        Assert.Equal(2, await _host.QueryAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task A_new_family_with_a_child_already_known_by_name_and_date_of_birth_is_offered_the_known_family()
    {
        using var triage = await ApiClient.SignInAsync(_host, "triage-north");
        var first = await triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily(familyName: "Hartley", childName: "Robin"));

        var offered = await triage.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily(familyName: "HARTLEY", childName: "robin"));
        var families = await _host.QueryAsync(db => db.Families.CountAsync());
        var confirmed = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Enquiries.NewFamily(familyName: "Hartley", childName: "Robin")))!;
        confirmed["confirmNewFamily"] = true;
        confirmed["newEpisodeReason"] = "A different family: same name and birthday";
        await triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", confirmed.ToJsonString());

        Assert.Equal(first!["familyId"]!.GetValue<Guid>(), offered!["possibleDuplicates"]![0]!["familyId"]!.GetValue<Guid>());
        Assert.Equal(1, families);
        Assert.Equal(2, await _host.QueryAsync(db => db.Families.CountAsync()));
    }

    [Fact]
    public async Task The_inbox_puts_urgent_enquiries_first_filters_by_status_and_finds_by_reference_or_family_name()
    {
        using var triage = await ApiClient.SignInAsync(_host, "triage-north");
        var old = await triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries",
            Enquiries.NewFamily(familyName: "Oldest", receivedAt: DateTimeOffset.UtcNow.AddDays(-20).ToString("O")));
        var urgent = await triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily(familyName: "Urgent", urgent: true));

        var inbox = await triage.GetJsonAsync("/api/triage/inbox");
        var breached = await triage.GetJsonAsync("/api/triage/inbox?status=breached");
        var byReference = await triage.GetJsonAsync($"/api/triage/inbox?search={urgent!["reference"]}");
        var byName = await triage.GetJsonAsync("/api/triage/inbox?search=oldest");

        Assert.Equal([urgent["caseId"]!.GetValue<Guid>(), old!["caseId"]!.GetValue<Guid>()], Ids(inbox));
        Assert.Equal([old["caseId"]!.GetValue<Guid>()], Ids(breached));
        Assert.True(inbox!["items"]![1]!["workingDaysLeft"]!.GetValue<int>() < 0);
        Assert.Equal([urgent["caseId"]!.GetValue<Guid>()], Ids(byReference));
        Assert.Equal([old["caseId"]!.GetValue<Guid>()], Ids(byName));
    }

    [Fact]
    public async Task Another_teams_inbox_does_not_show_the_enquiry_and_its_case_answers_404()
    {
        using var north = await ApiClient.SignInAsync(_host, "triage-north");
        using var south = await ApiClient.SignInAsync(_host, "triage-south");
        var created = await north.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily());

        var inbox = await south.GetJsonAsync("/api/triage/inbox");
        await south.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/api/cases/{created!["caseId"]}/triage-decision",
            new { outcome = "signpost", levelOfNeed = "universal", rationale = "Not ours to decide" });

        Assert.Equal(0, inbox!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_referrer_is_told_the_outcome_of_triage_once()
    {
        using var triage = await ApiClient.SignInAsync(_host, "triage-north");
        var created = await triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily());
        var caseId = created!["caseId"]!.GetValue<Guid>();
        await triage.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/cases/{caseId}/referrer-notices", new { });
        await triage.PostOkAsync($"/api/cases/{caseId}/triage-decision", new { outcome = "signpost", levelOfNeed = "universal", rationale = "Universal services" });

        await triage.ExpectAsync(HttpStatusCode.Accepted, HttpMethod.Post, $"/api/cases/{caseId}/referrer-notices", new { });
        await triage.ExpectAsync(HttpStatusCode.Accepted, HttpMethod.Post, $"/api/cases/{caseId}/referrer-notices", new { });

        var notices = await _host.QueryAsync(db => db.Notifications.Where(n => n.CaseId == caseId && n.Kind == "referrer-notice").ToListAsync());
        var notice = Assert.Single(notices);
        Assert.StartsWith("referrer:", notice.Recipient, StringComparison.Ordinal);
        Assert.DoesNotContain("Example", notice.Body, StringComparison.Ordinal);
    }

    private static List<Guid> Ids(System.Text.Json.Nodes.JsonNode? page) => [.. page!["items"]!.AsArray().Select(i => i!["caseId"]!.GetValue<Guid>())];
}

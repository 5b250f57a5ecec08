using System.Net;
using System.Text.Json.Nodes;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>A client's mistake answers 400 naming the field, never 500, and changes nothing.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private ApiClient _triage = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("sqlite");
        _host = TestHost.Start(_database);
        _triage = await ApiClient.SignInAsync(_host, "triage-north");
    }

    public async Task DisposeAsync()
    {
        _triage.Dispose();
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_bad_request_naming_the_body()
    {
        var problem = await _triage.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/enquiries", "{\"family\": {\"locality\": ");

        Assert.NotNull(problem!["errors"]!.AsObject().Single().Value);
        Assert.Equal(0, await _host.QueryAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task A_choice_that_is_not_one_of_the_words_names_its_field()
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Enquiries.NewFamily()))!;
        body["enquiry"]!["levelOfNeed"] = "dire";

        var problem = await _triage.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/enquiries", body.ToJsonString());

        Assert.Equal(["enquiry.levelOfNeed"], Fields(problem));
        Assert.Equal(0, await _host.QueryAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task A_field_the_request_does_not_have_is_refused_by_name()
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Enquiries.NewFamily()))!;
        body["enquiry"]!["levelOfNeeds"] = "complex";

        var problem = await _triage.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/enquiries", body.ToJsonString());

        Assert.Single(Fields(problem), f => f.StartsWith("enquiry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_missing_field_of_an_enquiry_is_named_and_nothing_is_saved()
    {
        var problem = await _triage.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/enquiries",
            new { family = new { locality = "north", members = Array.Empty<object>() }, enquiry = new { urgency = "urgent" } });

        Assert.Equal(
            ["enquiry.consent", "enquiry.levelOfNeed", "enquiry.needs", "enquiry.receivedAt", "enquiry.referrer", "family.address", "family.members"],
            Fields(problem).Order(StringComparer.Ordinal));
        Assert.Equal(0, await _host.QueryAsync(db => db.Families.CountAsync()));
    }

    [Fact]
    public async Task A_decision_without_its_rationale_is_refused_and_the_case_is_unchanged()
    {
        var created = await _triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily());
        var caseId = created!["caseId"]!.GetValue<Guid>();

        var problem = await _triage.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/cases/{caseId}/triage-decision", new { outcome = "early-help", levelOfNeed = "complex" });

        Assert.Equal(["rationale"], Fields(problem));
        Assert.Equal(created["version"]!.GetValue<int>(), await _host.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync()));
    }

    [Fact]
    public async Task An_if_match_that_is_not_a_version_is_a_bad_request()
    {
        var created = await _triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/cases/{created!["caseId"]}/triage-decision", UriKind.Relative))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { outcome = "signpost", levelOfNeed = "universal", rationale = "Universal services" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "yesterday");

        using var response = await _triage.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("If-Match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<string> Fields(JsonNode? problem) => [.. problem!["errors"]!.AsObject().Select(e => e.Key)];
}

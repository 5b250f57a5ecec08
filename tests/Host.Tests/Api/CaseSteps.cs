using System.Net;
using EarlyHelp.Host.Tests.Hosting;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>Brings a new case of the north team to a point of the pathway through the API, as the people who do each step.</summary>
internal sealed class CaseSteps(TestHost host)
{
    /// <summary>A new family's enquiry, decided for Early Help by triage-north: the case waits for allocation.</summary>
    public async Task<Guid> ToAllocationAsync(string locality = "north")
    {
        using var triage = await ApiClient.SignInAsync(host, $"triage-{locality}");
        var created = await triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily(locality, familyName: "Case" + Guid.NewGuid().ToString("N")[..6]));
        var caseId = created!["caseId"]!.GetValue<Guid>();
        await triage.PostOkAsync($"/api/cases/{caseId}/triage-decision", new { outcome = "early-help", levelOfNeed = "complex", rationale = "Needs a Team Around the Family" });
        return caseId;
    }

    /// <summary>As <see cref="ToAllocationAsync"/>, then the team manager allocates the team's lead practitioner.</summary>
    public async Task<Guid> ToAllocatedAsync(string locality = "north")
    {
        var caseId = await ToAllocationAsync(locality);
        using var manager = await ApiClient.SignInAsync(host, $"manager-{locality}");
        await manager.PostOkAsync($"/api/cases/{caseId}/allocation", new { practitionerId = $"lp-{locality}" });
        return caseId;
    }

    /// <summary>Allocated, consent recorded and the assessment started by the lead practitioner.</summary>
    public async Task<Guid> ToAssessmentAsync(string locality = "north")
    {
        var caseId = await ToAllocatedAsync(locality);
        using var practitioner = await ApiClient.SignInAsync(host, $"lp-{locality}");
        await practitioner.PostOkAsync($"/api/cases/{caseId}/consent", CaseRequests.Consent());
        await practitioner.PostOkAsync($"/api/cases/{caseId}/assessment/start", CaseRequests.StartAssessment());
        return caseId;
    }

    public async Task<int> VersionAsync(Guid caseId, string userId = "manager-north") =>
        (await CaseAsync(caseId, userId))["version"]!.GetValue<int>();

    public async Task<System.Text.Json.Nodes.JsonNode> CaseAsync(Guid caseId, string userId = "manager-north")
    {
        using var reader = await ApiClient.SignInAsync(host, userId);
        return (await reader.GetJsonAsync($"/api/cases/{caseId}"))!;
    }
}

using EarlyHelp.Host.Tests.Api;
using EarlyHelp.Host.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace EarlyHelp.Host.Tests.Web;

/// <summary>The social workers' list of cases with children's social care, read through the pipeline as the page reads it.</summary>
public sealed class SocialCareCasesTests : AdminApiTest
{
    [Fact]
    public async Task A_social_worker_sees_the_stepped_up_cases_and_the_list_view_is_audited()
    {
        var steppedUp = await StepDownSteps.SteppedUpCaseAsync(Host);
        using var triage = await ApiClient.SignInAsync(Host, "triage-north");
        var inEarlyHelp = (await triage.ExpectAsync(System.Net.HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily()))!["caseId"]!.GetValue<Guid>();

        var answer = await ListAsAsync("social-worker", [Staff.StaffRoles.SocialWorker], null);

        var page = Assert.IsType<Ok<SocialCareCasesPage>>(answer.Response).Value!;
        Assert.Contains(page.Items, c => c.CaseId == steppedUp);
        Assert.DoesNotContain(page.Items, c => c.CaseId == inEarlyHelp);
        var audit = Assert.Single(await AuditAsync(SocialCareCasesHandler.Action));
        Assert.Equal(("social-worker", "read", null), (audit.UserId, audit.Outcome, audit.CaseId));
    }

    [Theory]
    [InlineData("lp-north", Staff.StaffRoles.LeadPractitioner, "north")]
    [InlineData("panel-chair", Staff.StaffRoles.PanelChair, null)]
    [InlineData("admin", Staff.StaffRoles.Administrator, null)]
    public async Task Anyone_but_a_social_worker_is_refused_the_list(string userId, string role, string? team)
    {
        var answer = await ListAsAsync(userId, [role], team);

        Assert.Equal(StatusCodes.Status403Forbidden, Assert.IsType<ProblemHttpResult>(answer.Response).StatusCode);
        Assert.Empty(await AuditAsync(SocialCareCasesHandler.Action));
    }

    private async Task<CommandPipeline.PipelineAnswer> ListAsAsync(string userId, string[] roles, string? team)
    {
        using var scope = Host.Services.CreateScope();
        var pipeline = scope.ServiceProvider.GetRequiredService<CommandPipeline.CommandPipeline>();
        var handler = scope.ServiceProvider.GetRequiredService<SocialCareCasesHandler>();
        var user = SignIn.StaffUser.Principal(userId, roles, team, "test");
        return await pipeline.SendAsync(new SocialCareCases(null, null), handler, user, null, CancellationToken.None);
    }
}

using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.Lifecycle;

/// <summary>The case lifecycle as graphs and as a table, for people and for the designer.</summary>
internal static class CaseLifecycleEndpoints
{
    public static IEndpointRouteBuilder MapCaseLifecycleEndpoints(this IEndpointRouteBuilder app)
    {
        var lifecycle = app.MapGroup("/api/case-lifecycle").WithTags("Case lifecycle").RequireAuthorization();
        lifecycle.MapGet("/mermaid", () => Results.Text(CaseLifecycle.ToMermaid(), "text/vnd.mermaid; charset=utf-8"))
            .WithName("GetCaseLifecycleMermaid")
            .WithSummary("The case lifecycle as a Mermaid state diagram.");
        lifecycle.MapGet("/dot", () => Results.Text(CaseLifecycle.ToDot(), "text/vnd.graphviz; charset=utf-8"))
            .WithName("GetCaseLifecycleDot")
            .WithSummary("The case lifecycle as a Graphviz DOT graph.");
        lifecycle.MapGet("/transitions", () => Results.Ok(CaseLifecycle.Transitions.Select(t => new TransitionResponse(
                CaseEventJson.Write(t.Source),
                t.Trigger.ToString(),
                [.. t.Destinations.Select(CaseEventJson.Write)],
                t.IsInternal,
                t.Guards,
                t.DataChecks))))
            .WithName("GetCaseLifecycleTransitions")
            .WithSummary("The case lifecycle's transition table.");
        return app;
    }

    internal sealed record TransitionResponse(
        string From, string Trigger, IReadOnlyList<string> To, bool IsInternal, IReadOnlyList<string> Guards, IReadOnlyList<string> Needs);
}

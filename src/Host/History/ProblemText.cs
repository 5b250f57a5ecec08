using Microsoft.AspNetCore.Http.HttpResults;

namespace EarlyHelp.Host.History;

/// <summary>A refusal of the API (problem details) as one line of text for a report.</summary>
internal static class ProblemText
{
    public static string Of(IResult response) => response switch
    {
        ValidationProblem validation => string.Join("; ", validation.ProblemDetails.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))),
        ProblemHttpResult problem => string.Join(": ", new[] { problem.ProblemDetails.Title, problem.ProblemDetails.Detail }.Where(t => !string.IsNullOrWhiteSpace(t))),
        IStatusCodeHttpResult { StatusCode: { } status } => $"refused ({status})",
        _ => "refused",
    };
}

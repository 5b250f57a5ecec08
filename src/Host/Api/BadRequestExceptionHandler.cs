using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace EarlyHelp.Host.Api;

/// <summary>
/// A body that is not JSON, or whose values do not fit (a word that is no level of need, a date that is not a
/// date), answers 400 naming the field, never 500. The framework raises these before any handler runs.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var json = exception.InnerException as JsonException ?? exception.InnerException?.InnerException as JsonException;
        var field = json is null ? "body" : FieldOf(json.Path);
        var reason = json is null
            ? badRequest.Message
            : "This is not valid here: check the value's type, the spelling of a choice (lower case with hyphens, e.g. \"early-help\"), and the JSON around it.";
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [reason] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = json is null ? "The request could not be read." : "The request body is not valid JSON for this request.",
            },
        });
    }

    /// <summary>"$.family.members[0].dateOfBirth" becomes "family.members[0].dateOfBirth"; "$" or nothing is the body.</summary>
    public static string FieldOf(string? path) =>
        path is null or "$" or "" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}

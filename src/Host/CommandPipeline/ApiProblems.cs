using Microsoft.AspNetCore.Http.HttpResults;

namespace EarlyHelp.Host.CommandPipeline;

/// <summary>The problem details the API answers with, worded for the person who will read them.</summary>
internal static class ApiProblems
{
    /// <summary>404 for a record that does not exist and for one the caller may not see alike: never revealing which.</summary>
    public static IResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {what} with this identifier.");

    /// <summary>409: someone changed the case since the caller read it. Carries the current version to reload.</summary>
    public static ProblemHttpResult Stale(int? currentVersion) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The case was changed by someone else since you read it.",
            detail: "Reload the case and try again.",
            extensions: new Dictionary<string, object?> { ["currentVersion"] = currentVersion });

    /// <summary>409: the lifecycle or the workflow does not permit this now, with its reason.</summary>
    public static IResult NotPermittedNow(string reason) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This is not permitted now.", detail: reason);

    /// <summary>400 naming one field.</summary>
    public static IResult Invalid(string field, string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] });

    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Your role does not allow this.", detail: detail);
}

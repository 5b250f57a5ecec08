using System.Text.Json;
using EarlyHelp.Host.CommandPipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EarlyHelp.Host.Web;

/// <summary>
/// What the pipeline answered, read for a page: the status, the value on success, and otherwise the problem's
/// title and detail, the reasons by field (400), and its extra members as JSON (openEpisodes, possibleDuplicates).
/// </summary>
public sealed class PageAnswer
{
    private static readonly JsonSerializerOptions Json = JsonOptions();

    private PageAnswer(int status, object? value, int? version)
    {
        Status = status;
        Value = value;
        Version = version;
    }

    public int Status { get; }

    public object? Value { get; }

    /// <summary>The case version after the command (the API's ETag), when it concerns a case.</summary>
    public int? Version { get; }

    public string? Title { get; private init; }

    public string? Detail { get; private init; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();

    public IReadOnlyDictionary<string, JsonElement> Extensions { get; private init; } = new Dictionary<string, JsonElement>();

    public bool Succeeded => Status is >= 200 and < 300;

    public T? ValueAs<T>()
        where T : class => Succeeded ? Value as T : null;

    /// <summary>The problem in one sentence for a person: the title, then the reason when there is one.</summary>
    public string Message => (Title, Detail) switch
    {
        ({ } title, { Length: > 0 } detail) => $"{title} {Sentence(detail)}",
        ({ } title, _) => title,
        _ => Status switch
        {
            StatusCodes.Status400BadRequest => "Some answers need correcting: see the messages beside them.",
            StatusCodes.Status404NotFound => "There is nothing to show here, or you may not see it.",
            _ => "This did not work. Try again, and tell your administrator if it keeps happening.",
        },
    };

    internal static PageAnswer Of(PipelineAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Response switch
        {
            ValidationProblem invalid => new(StatusCodes.Status400BadRequest, null, null)
            {
                Title = "Some answers need correcting.",
                Errors = invalid.ProblemDetails.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal),
            },
            ProblemHttpResult problem => new(problem.StatusCode, null, null)
            {
                Title = problem.ProblemDetails.Title,
                Detail = problem.ProblemDetails.Detail,
                Errors = problem.ProblemDetails is Microsoft.AspNetCore.Http.HttpValidationProblemDetails details
                    ? details.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal)
                    : new Dictionary<string, string[]>(),
                Extensions = problem.ProblemDetails.Extensions.ToDictionary(e => e.Key, e => JsonSerializer.SerializeToElement(e.Value, Json), StringComparer.Ordinal),
            },
            IValueHttpResult { Value: var value } and IStatusCodeHttpResult status => new(status.StatusCode ?? StatusCodes.Status200OK, value, answer.Version),
            IStatusCodeHttpResult status => new(status.StatusCode ?? StatusCodes.Status200OK, null, answer.Version),
            _ => new(StatusCodes.Status200OK, null, answer.Version),
        };
    }

    /// <summary>An extra member of the problem (openEpisodes, possibleDuplicates) read as the API writes it; null when absent.</summary>
    public T? Extension<T>(string name)
        where T : class => Extensions.TryGetValue(name, out var json) ? json.Deserialize<T>(Json) : null;

    /// <summary>The first reason given for a field (as the API names it, "enquiry.referrer.agency"), or null.</summary>
    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var reasons) && reasons.Length > 0 ? string.Join(" ", reasons) : null;

    private static string Sentence(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') ? "" : ".") : text;

    private static JsonSerializerOptions JsonOptions()
    {
        var options = new JsonSerializerOptions();
        Api.ApiJson.Configure(options);
        return options;
    }
}

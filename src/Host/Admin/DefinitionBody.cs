using System.Text;

namespace EarlyHelp.Host.Admin;

/// <summary>
/// A workflow definition sent as the request body, read as text: the definition's own reader then reports every
/// problem with where it is (the validation report), where the API's JSON binding would stop at the first.
/// </summary>
internal static class DefinitionBody
{
    /// <summary>Definitions are small; a body this large is a mistake (the wrong file), not a workflow.</summary>
    public const int MaximumLength = 4 * 1024 * 1024;

    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = new StringBuilder();
        var buffer = new char[16 * 1024];
        int read;
        while (text.Length <= MaximumLength && (read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
        {
            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    public static void Validate(CommandPipeline.ValidationErrors errors, string json)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("body", json);
        errors.MaxLength("body", json, MaximumLength);
    }
}

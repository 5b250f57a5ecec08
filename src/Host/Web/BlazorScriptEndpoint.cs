namespace EarlyHelp.Host.Web;

/// <summary>
/// Serves Blazor's browser script, embedded in the Host at build time (see Web/BlazorScript.targets for why it is
/// not the usual static web asset).
/// </summary>
internal static class BlazorScriptEndpoint
{
    public const string Path = "/_framework/blazor.web.js";
    private const string ResourceName = "EarlyHelp.Host.Web.blazor.web.js";

    public static IEndpointRouteBuilder MapBlazorScript(this IEndpointRouteBuilder app)
    {
        var script = ReadScript();
        app.MapGet(Path, (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "no-cache";
                return Results.Bytes(script, "text/javascript; charset=utf-8");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    private static byte[] ReadScript()
    {
        using var resource = typeof(BlazorScriptEndpoint).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The Host was built without {ResourceName}: see Web/BlazorScript.targets.");
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    }
}

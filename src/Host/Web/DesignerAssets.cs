namespace EarlyHelp.Host.Web;

/// <summary>
/// Serves the designer's canvas (its script and stylesheet), bundled by Web/Designer.targets during the build and
/// embedded in the Host, at /designer/designer.js and /designer/designer.css.
/// </summary>
internal static class DesignerAssets
{
    public const string Script = "/designer/designer.js";
    public const string Stylesheet = "/designer/designer.css";

    public static IEndpointRouteBuilder MapDesignerAssets(this IEndpointRouteBuilder app)
    {
        Map(app, Script, "designer.js", "text/javascript; charset=utf-8");
        Map(app, Stylesheet, "designer.css", "text/css; charset=utf-8");
        return app;
    }

    private static void Map(IEndpointRouteBuilder app, string path, string file, string contentType)
    {
        var content = Read(file);
        // The bundle holds no data, only code, so it needs no sign-in, like Blazor's own script.
        app.MapGet(path, (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "no-cache";
                return Results.Bytes(content, contentType);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    private static byte[] Read(string file)
    {
        var name = $"EarlyHelp.Host.Designer.{file}";
        using var resource = typeof(DesignerAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The Host was built without {name}: see Web/Designer.targets.");
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    }
}

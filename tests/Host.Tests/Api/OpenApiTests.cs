using System.Net;
using System.Text.Json.Nodes;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>The API describes itself (OpenAPI) and has an explorer page.</summary>
public sealed class OpenApiTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("sqlite");
        _host = TestHost.Start(_database);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_api_endpoint()
    {
        using var client = _host.Client();

        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        var endpoints = ApiEndpoints.All(_host).Select(e => e.Route).ToHashSet();

        Assert.NotEmpty(endpoints);
        Assert.Equal([], endpoints.Except(paths).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_API_explorer_page_is_served()
    {
        using var client = _host.Client();

        using var page = await client.GetAsync(new Uri("/api-explorer/index.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("swagger", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}

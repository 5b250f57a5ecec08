using EarlyHelp.Host.Tests.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>Every endpoint of the API as the running Host has it: method and route as OpenAPI writes it ("/api/cases/{caseId}").</summary>
internal static class ApiEndpoints
{
    public static IReadOnlyList<(string Method, string Route)> All(TestHost host) =>
    [
        .. host.Services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, Route(e))))
            .Distinct()
            .OrderBy(e => e.Item2, StringComparer.Ordinal)
            .ThenBy(e => e.m, StringComparer.Ordinal),
    ];

    /// <summary>The route without constraints or a trailing slash: "/api/cases/{caseId:guid}/" becomes "/api/cases/{caseId}".</summary>
    private static string Route(RouteEndpoint endpoint) =>
        System.Text.RegularExpressions.Regex.Replace(endpoint.RoutePattern.RawText!, @"\{(\w+):[^}]+\}", "{$1}").TrimEnd('/');
}

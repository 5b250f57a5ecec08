using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EarlyHelp.Host.Tests.Hosting;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>An HTTP client signed in as one demo user (the demo sign-in cookie), with JSON helpers.</summary>
internal sealed class ApiClient(HttpClient http, string userId) : IDisposable
{
    public HttpClient Http { get; } = http;

    public string UserId { get; } = userId;

    public static async Task<ApiClient> SignInAsync(TestHost host, string userId)
    {
        var http = host.Client();
        var response = await http.PostAsJsonAsync("/api/sign-in/demo", new { userId });
        Assert.True(response.IsSuccessStatusCode, $"Signing in as {userId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return new ApiClient(http, userId);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(new Uri(path, UriKind.Relative));

    public Task<HttpResponseMessage> PostAsync(string path, object? body, int? ifMatch = null) => SendAsync(HttpMethod.Post, path, body, ifMatch);

    public Task<HttpResponseMessage> PutAsync(string path, object? body, int? ifMatch = null) => SendAsync(HttpMethod.Put, path, body, ifMatch);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, int? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json")
                : JsonContent.Create(body);
        }

        if (ifMatch is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Sends and expects a status, answering the body as JSON (null when empty).</summary>
    public async Task<JsonNode?> ExpectAsync(HttpStatusCode status, HttpMethod method, string path, object? body = null, int? ifMatch = null)
    {
        using var response = await SendAsync(method, path, body, ifMatch);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{method} {path} as {UserId}: expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public Task<JsonNode?> GetJsonAsync(string path) => ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);

    public Task<JsonNode?> PostOkAsync(string path, object? body, int? ifMatch = null) => ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, path, body, ifMatch);

    public void Dispose() => Http.Dispose();

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}

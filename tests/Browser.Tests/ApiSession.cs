using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace EarlyHelp.Browser.Tests;

/// <summary>The HTTP API as one demo user, for setting up what a browser test starts from (a stepped-up case, a request).</summary>
public sealed class ApiSession(Uri address, string userId) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address };
    private bool _signedIn;

    public async Task<JsonNode> PostAsync(string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        await SignInAsync();
        using var response = await _http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"POST {path} as {userId}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Sends a JSON document as it is (a workflow definition), by POST or PUT.</summary>
    public async Task<JsonNode> SendJsonAsync(HttpMethod method, string path, string json, HttpStatusCode expected = HttpStatusCode.OK)
    {
        await SignInAsync();
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path} as {userId}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>A GET's body as text (an exported workflow definition).</summary>
    public async Task<string> GetTextAsync(string path)
    {
        await SignInAsync();
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} as {userId}: {(int)response.StatusCode}: {text}");
        return text;
    }

    public async Task<JsonNode> GetAsync(string path)
    {
        await SignInAsync();
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} as {userId}: {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    private async Task SignInAsync()
    {
        if (_signedIn)
        {
            return;
        }

        using var response = await _http.PostAsJsonAsync(new Uri("/api/sign-in/demo", UriKind.Relative), new { userId });
        Assert.True(response.IsSuccessStatusCode, $"Signing in as {userId}: {(int)response.StatusCode}");
        _signedIn = true;
    }

    public void Dispose() => _http.Dispose();
}

namespace EarlyHelp.Host.Tests.Hosting;

/// <summary>Waits for something another thread or process will make true, failing after the time given.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{what} did not happen within {within.TotalSeconds} s");
    }
}

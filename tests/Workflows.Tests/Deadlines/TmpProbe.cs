using System.Diagnostics;
using EarlyHelp.Workflows.Runtime;
namespace EarlyHelp.Workflows.Tests.Deadlines;
public class TmpProbe
{
    [Fact]
    public void Probe()
    {
        var at = new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
        var w = Stopwatch.StartNew();
        var s = 0;
        for (var i = 0; i < 1_000_000; i++) { s += CouncilTime.DateOf(at.AddHours(i % 5000)).Day; }
        var t1 = w.ElapsedMilliseconds; w.Restart();
        for (var i = 0; i < 1_000_000; i++) { var d = new DateTime(2026, 5, 1 + i % 28); s += CouncilTime.Zone.GetUtcOffset(d).Hours; }
        var t2 = w.ElapsedMilliseconds; w.Restart();
        var cal = Calendars.EnglandAndWales;
        for (var i = 0; i < 1_000_000; i++) { s += cal.AddWorkingDays(new DateOnly(2026, 5, 1 + i % 28), 20).Day; }
        var t3 = w.ElapsedMilliseconds;
        Assert.Fail($"DateOf {t1} ms, GetUtcOffset {t2} ms, AddWorkingDays {t3} ms per 1M ({s})");
    }
}

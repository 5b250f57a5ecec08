namespace EarlyHelp.Activities.Tests.Pathways;

public class ZzProbeTests
{
    [Fact]
    public void Probe()
    {
        var a = ShippedPathways.Run("referral-to-closure.v1.json", "referral-to-closure-happy-path");
        var b = ShippedPathways.Run("step-down.v1.json", "step-down-accepted");
        Assert.Fail(string.Join("\n", a.Lines) + "\n-----\n" + string.Join("\n", b.Lines) + "\n" + string.Join("\n", a.Instance.Variables["outbox"]!.AsArray()));
    }
}

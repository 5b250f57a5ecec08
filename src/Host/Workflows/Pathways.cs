namespace EarlyHelp.Host.Workflows;

/// <summary>The identifiers of the pathways the API starts: the newest published version of each runs.</summary>
internal static class Pathways
{
    /// <summary>Started for every new enquiry.</summary>
    public const string Referral = "referral-to-closure";

    /// <summary>Started when children's social care asks the panel to step a case down.</summary>
    public const string StepDown = "step-down";
}

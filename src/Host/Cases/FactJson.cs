using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.Cases;

/// <summary>A fact in the history's JSON vocabulary, for the data of a pathway task that carries more than one fact.</summary>
internal static class FactJson
{
    public static JsonObject Of(CaseTrigger trigger, object fact) =>
        JsonNode.Parse(CaseEventJson.Write(CaseEventTypes.ForTrigger(trigger), fact))!.AsObject();
}

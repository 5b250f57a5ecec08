using System.Globalization;
using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Scenarios;

namespace EarlyHelp.Activities.Tests.EarlyHelp;

/// <summary>
/// Writes a scenario (the scenario runner's JSON) step by step, with short times ("2026-04-01 10:00", UTC) and the
/// case changes that bring a case to a state. Facts are JSON in the history's vocabulary.
/// </summary>
internal sealed class Script
{
    private readonly JsonObject _root;
    private readonly JsonArray _steps = [];

    public Script(string start = "2026-04-01 09:00", string bornOn = "2014-03-10", string urgency = "standard", string levelOfNeed = "complex", string referrer = "school", params string[] moreChildrenBornOn)
    {
        _root = new JsonObject
        {
            ["start"] = Time(start),
            ["case"] = new JsonObject
            {
                ["childrenBornOn"] = new JsonArray([.. new[] { bornOn }.Concat(moreChildrenBornOn).Select(d => (JsonNode)d)]),
                ["levelOfNeed"] = levelOfNeed,
                ["urgency"] = urgency,
                ["referrerAgency"] = referrer,
                ["needsCategories"] = new JsonArray("parenting"),
            },
            ["steps"] = _steps,
        };
    }

    /// <summary>A lead practitioner, lp-7, once allocated.</summary>
    public static (string Role, string UserId) LeadPractitioner { get; } = ("lead-practitioner", "lp-7");

    public static (string Role, string UserId) TriageOfficer { get; } = ("triage-officer", "t1");

    public static (string Role, string UserId) TeamManager { get; } = ("team-manager", "tm1");

    public static (string Role, string UserId) PanelChair { get; } = ("panel-chair", "chair1");

    public static (string Role, string UserId) SocialWorker { get; } = ("social-worker", "sw1");

    public const string Plan = """[{"id": "6b1f4c1e-0000-4000-8000-000000000001", "description": "Attend the parenting course", "owner": "Family hub", "dueOn": "2026-07-01", "status": "open"}]""";

    public Script Complete(string at, string activity, string outcome, string? data, (string Role, string UserId)? by = null, int nth = 1)
    {
        var who = by ?? LeadPractitioner;
        _steps.Add(new JsonObject
        {
            ["at"] = Time(at),
            ["complete"] = activity,
            ["outcome"] = outcome,
            ["data"] = data is null ? null : JsonNode.Parse(data),
            ["by"] = new JsonObject { ["userId"] = who.UserId, ["role"] = who.Role },
            ["nth"] = nth,
        });
        return this;
    }

    public Script Change(string at, string trigger, string fact, (string Role, string UserId) by)
    {
        _steps.Add(new JsonObject
        {
            ["at"] = Time(at),
            ["caseChange"] = trigger,
            ["fact"] = JsonNode.Parse(fact),
            ["by"] = new JsonObject { ["userId"] = by.UserId, ["role"] = by.Role },
        });
        return this;
    }

    public Script Event(string at, string name, string id)
    {
        _steps.Add(new JsonObject { ["at"] = Time(at), ["event"] = name, ["id"] = id });
        return this;
    }

    public Script Incident(string at, string activity, string decision, string? port = null)
    {
        _steps.Add(new JsonObject { ["at"] = Time(at), ["incident"] = activity, ["decision"] = decision, ["port"] = port });
        return this;
    }

    public Script Until(string at)
    {
        _root["until"] = Time(at);
        return this;
    }

    public Script Triaged(string at, string outcome = "early-help", string levelOfNeed = "complex") =>
        Change(at, "triage", $$"""{"outcome": "{{outcome}}", "levelOfNeed": "{{levelOfNeed}}", "rationale": "Needs a Team Around the Family"}""", TriageOfficer);

    public Script Allocated(string at, string practitioner = "lp-7") =>
        Change(at, "allocate-lead-practitioner", $$"""{"practitionerId": "{{practitioner}}", "teamId": "north"}""", TeamManager);

    public Script Consented(string at) =>
        Change(at, "record-consent", """{"status": "given", "givenBy": "parent", "note": null}""", LeadPractitioner);

    public Script AssessmentStarted(string at) => Change(at, "start-assessment", """{"note": null}""", LeadPractitioner);

    public Script AssessmentCompleted(string at) =>
        Change(at, "complete-assessment", $$"""{"levelOfNeed": "complex", "needsIdentified": ["parenting"], "plan": {{Plan}}}""", LeadPractitioner);

    public Script TafHeld(string at, string heldOn) =>
        Change(at, "hold-taf-meeting", $$"""{"heldOn": "{{heldOn}}", "agenciesPresent": ["school", "health"], "familyPresent": true, "summary": null}""", LeadPractitioner);

    /// <summary>Triaged, allocated to lp-7 and consented, a minute apart from <paramref name="at"/>.</summary>
    public Script ReadyForAssessment(string at) => Triaged(at).Allocated(Plus(at, 1)).Consented(Plus(at, 2));

    /// <summary>All the way to the Review state (the first TAF meeting held), a minute apart from <paramref name="at"/>.</summary>
    public Script InReview(string at) =>
        ReadyForAssessment(at).AssessmentStarted(Plus(at, 3)).AssessmentCompleted(Plus(at, 4)).TafHeld(Plus(at, 5), at[..10]);

    public Scenario ToScenario() => ScenarioJson.Read(_root.ToJsonString());

    public static string Time(string at) =>
        DateTimeOffset.ParseExact(at, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Plus(string at, int minutes) =>
        DateTimeOffset.ParseExact(at, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).AddMinutes(minutes).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

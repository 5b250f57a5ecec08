using System.Text.Json;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Activities.Tests.Validation;

/// <summary>Small workflows written as JSON, read as the designer's files are, and validated against the activity library.</summary>
internal static class ValidationFixtures
{
    /// <summary>A valid workflow that uses each flow activity type, joins after exclusive and parallel branches, a bounded loop and a layout.</summary>
    public const string ReferralToClosure = """
        {
          "id": "referral-to-closure",
          "name": "Referral to closure",
          "version": 3,
          "status": "published",
          "description": "From an enquiry to closure: triage, allocation, assessment, Team Around the Family reviews.",
          "variables": [
            { "name": "familyDeclined", "type": "boolean", "default": false, "description": "The family declined Early Help at triage." },
            { "name": "attempts", "type": "number", "default": 0 },
            { "name": "planReference", "type": "text" },
            { "name": "reviewDate", "type": "date", "default": "2026-04-01" },
            { "name": "concerns", "type": "text-list", "default": ["school-attendance"] }
          ],
          "activities": [
            { "id": "start", "type": "flow/start", "typeVersion": 1, "inputs": {} },
            { "id": "urgent", "type": "flow/decision", "typeVersion": 1, "displayName": "Urgent?", "inputs": { "condition": { "field": "case.urgency", "op": "equals", "value": "urgent" } } },
            { "id": "triage-fast", "type": "flow/human-task", "typeVersion": 1, "displayName": "Triage (urgent)", "inputs": { "taskType": "triage", "title": "Decide on the urgent enquiry", "assignee": { "role": "triage-officer" }, "due": { "workingDays": 1 }, "outcomes": ["accepted", "declined"] } },
            { "id": "triage", "type": "flow/human-task", "typeVersion": 1, "displayName": "Triage", "inputs": { "taskType": "triage", "title": "Decide on the enquiry", "assignee": { "team": "early-help-hub" }, "due": { "workingDays": 3 }, "outcomes": ["accepted", "declined"] } },
            { "id": "declined", "type": "flow/set-variable", "typeVersion": 1, "inputs": { "variable": "familyDeclined", "value": true } },
            { "id": "end-declined", "type": "flow/finish", "typeVersion": 1, "inputs": { "outcome": "cancelled" } },
            { "id": "after-triage", "type": "flow/join", "typeVersion": 1, "inputs": { "mode": "all" } },
            { "id": "split", "type": "flow/fork", "typeVersion": 1, "inputs": { "branches": ["assessment", "reviews"] } },
            { "id": "assessment", "type": "flow/human-task", "typeVersion": 1, "displayName": "Early Help Assessment", "inputs": { "taskType": "assessment", "title": "Complete the Early Help Assessment with the family", "assignee": { "leadPractitioner": true }, "due": { "workingDays": 20 }, "onlyWhileCaseIn": ["assessment"] } },
            { "id": "reviews", "type": "flow/repeat-every", "typeVersion": 1, "inputs": { "every": { "weeks": 6 }, "times": 3 } },
            { "id": "review-task", "type": "flow/human-task", "typeVersion": 1, "inputs": { "taskType": "review", "title": "Hold the TAF review", "assignee": { "leadPractitioner": true }, "due": { "workingDays": 5 } } },
            { "id": "wait-plan", "type": "flow/wait-for-first", "typeVersion": 1, "inputs": { "alternatives": [ { "port": "agreed", "event": "plan-agreed" }, { "port": "timed-out", "after": { "workingDays": 15 } } ] } },
            { "id": "chase", "type": "flow/wait-for-event", "typeVersion": 1, "inputs": { "event": "plan-agreed", "storeIn": "planReference" } },
            { "id": "both-done", "type": "flow/join", "typeVersion": 1, "inputs": { "mode": "count", "count": 2 } },
            { "id": "route", "type": "flow/switch", "typeVersion": 1, "inputs": { "cases": [ { "port": "high", "when": { "all": [ { "field": "case.levelOfNeed", "op": "atLeast", "value": "complex" }, { "not": { "field": "variables.familyDeclined", "op": "equals", "value": true } } ] } } ], "mode": "first" } },
            { "id": "retry", "type": "flow/loop", "typeVersion": 1, "inputs": { "while": { "field": "variables.attempts", "op": "lessThan", "value": 3 }, "maxIterations": 3 } },
            { "id": "bump", "type": "flow/set-variable", "typeVersion": 1, "inputs": { "variable": "attempts", "value": 1 } },
            { "id": "deadline", "type": "flow/wait-until", "typeVersion": 1, "inputs": { "from": "case-opened", "after": { "weeks": 12 } } },
            { "id": "stop-reviews", "type": "flow/cancel-region", "typeVersion": 1, "inputs": { "activities": ["reviews", "review-task"] } },
            { "id": "each-child", "type": "flow/for-each-child", "typeVersion": 1, "inputs": {} },
            { "id": "child-pause", "type": "flow/delay", "typeVersion": 1, "inputs": { "duration": { "calendarDays": 2 } } },
            { "id": "end", "type": "flow/finish", "typeVersion": 1, "inputs": {} }
          ],
          "connections": [
            { "from": "start", "port": "next", "to": "urgent" },
            { "from": "urgent", "port": "true", "to": "triage-fast" },
            { "from": "urgent", "port": "false", "to": "triage" },
            { "from": "triage-fast", "port": "accepted", "to": "after-triage" },
            { "from": "triage", "port": "accepted", "to": "after-triage" },
            { "from": "triage-fast", "port": "declined", "to": "declined" },
            { "from": "triage", "port": "declined", "to": "declined" },
            { "from": "declined", "port": "done", "to": "end-declined" },
            { "from": "after-triage", "port": "done", "to": "split" },
            { "from": "split", "port": "assessment", "to": "assessment" },
            { "from": "split", "port": "reviews", "to": "reviews" },
            { "from": "reviews", "port": "tick", "to": "review-task" },
            { "from": "assessment", "port": "done", "to": "wait-plan" },
            { "from": "wait-plan", "port": "agreed", "to": "both-done" },
            { "from": "wait-plan", "port": "timed-out", "to": "chase" },
            { "from": "chase", "port": "received", "to": "both-done" },
            { "from": "reviews", "port": "done", "to": "both-done" },
            { "from": "both-done", "port": "done", "to": "route" },
            { "from": "route", "port": "high", "to": "retry" },
            { "from": "retry", "port": "body", "to": "bump" },
            { "from": "bump", "port": "done", "to": "retry" },
            { "from": "retry", "port": "done", "to": "stop-reviews" },
            { "from": "route", "port": "default", "to": "deadline" },
            { "from": "deadline", "port": "done", "to": "stop-reviews" },
            { "from": "stop-reviews", "port": "done", "to": "each-child" },
            { "from": "each-child", "port": "each", "to": "child-pause" },
            { "from": "each-child", "port": "done", "to": "end" }
          ],
          "layout": {
            "start": { "x": 40, "y": 200 },
            "urgent": { "x": 200, "y": 200 },
            "triage-fast": { "x": 360, "y": 120 },
            "triage": { "x": 360, "y": 280 },
            "after-triage": { "x": 520.5, "y": 200 }
          }
        }
        """;

    public static ActivityCatalogue Library { get; } = ActivityLibrary.Catalogue();

    /// <summary>A workflow of a start ("start") and the given activities, connections and variables (each a comma-separated JSON list's inside).</summary>
    public static string Workflow(string activities, string connections, string variables = "") => $$"""
        {
          "id": "test",
          "name": "Test",
          "version": 1,
          "status": "draft",
          "variables": [ {{variables}} ],
          "activities": [ { "id": "start", "type": "flow/start", "typeVersion": 1 }{{(activities.Length > 0 ? ", " : "")}}{{activities}} ],
          "connections": [ {{connections}} ]
        }
        """;

    /// <summary>A workflow whose start leads straight to one activity.</summary>
    public static string StartThen(string activity, string variables = "")
    {
        using var document = JsonDocument.Parse(activity);
        return Workflow(activity, Connection("start", "next", document.RootElement.GetProperty("id").GetString()!), variables);
    }

    /// <summary>An activity's JSON.</summary>
    public static string Activity(string id, string type, string inputs = "{}") =>
        $$"""{ "id": "{{id}}", "type": "{{type}}", "typeVersion": 1, "inputs": {{inputs}} }""";

    /// <summary>A connection's JSON.</summary>
    public static string Connection(string from, string port, string to) =>
        $$"""{ "from": "{{from}}", "port": "{{port}}", "to": "{{to}}" }""";

    public static WorkflowDefinition Read(string json)
    {
        var (definition, report) = WorkflowDefinitionJson.Read(json);
        Assert.True(definition is not null, $"the fixture does not read: {report}");
        return definition;
    }

    public static ValidationReport Validate(string json, ActivityCatalogue? catalogue = null) =>
        WorkflowValidator.Validate(Read(json), catalogue ?? Library);

    /// <summary>The one issue the workflow has; fails, listing them, when it has none or several.</summary>
    public static ValidationIssue SingleIssue(string json, ActivityCatalogue? catalogue = null)
    {
        var report = Validate(json, catalogue);
        Assert.True(report.Issues.Count == 1, $"expected one issue, found {report.Issues.Count}:\n{report}");
        return report.Issues[0];
    }

    /// <summary>An issue's code and where it applies, to compare in one assertion.</summary>
    public static (string Code, string? ActivityId, string? Input) Where(ValidationIssue issue) => (issue.Code, issue.ActivityId, issue.Input);
}

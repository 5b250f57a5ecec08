namespace EarlyHelp.Host.Tests.Api;

/// <summary>Small workflow definitions for the administrators' API tests, in the workflows-json format.</summary>
internal static class AdminWorkflows
{
    public static string HomeVisit(string id = "home-visit", string title = "Visit the family", int version = 1) => $$"""
        { "id": "{{id}}", "name": "Home visit", "version": {{version}}, "status": "draft",
          "activities": [
            { "id": "start", "type": "flow/start", "typeVersion": 1 },
            { "id": "visit", "type": "flow/human-task", "typeVersion": 1,
              "inputs": { "taskType": "visit", "title": "{{title}}", "assignee": { "team": "north" }, "outcomes": ["done", "not-home"] } }
          ],
          "connections": [ { "from": "start", "port": "next", "to": "visit" } ],
          "layout": { "start": { "x": 0, "y": 0 }, "visit": { "x": 200, "y": 0 } } }
        """;

    /// <summary>Reads back, but does not validate: a connection to an activity that does not exist.</summary>
    public static string Dangling(string id = "dangling") => $$"""
        { "id": "{{id}}", "name": "Dangling", "version": 1, "status": "draft",
          "activities": [ { "id": "start", "type": "flow/start", "typeVersion": 1 } ],
          "connections": [ { "from": "start", "port": "next", "to": "nowhere" } ] }
        """;

    /// <summary>An Early Help activity that faults on an instance with no case, then a visit.</summary>
    public static string CheckEpisode(string id = "check-episode") => $$"""
        { "id": "{{id}}", "name": "Check for an open episode", "version": 1, "status": "draft",
          "activities": [
            { "id": "start", "type": "flow/start", "typeVersion": 1 },
            { "id": "check", "type": "early-help/check-open-episode", "typeVersion": 1 },
            { "id": "visit", "type": "flow/human-task", "typeVersion": 1,
              "inputs": { "taskType": "visit", "title": "Visit the family", "assignee": { "team": "north" } } }
          ],
          "connections": [
            { "from": "start", "port": "next", "to": "check" },
            { "from": "check", "port": "none", "to": "visit" },
            { "from": "check", "port": "found", "to": "visit" }
          ] }
        """;

    /// <summary>Waits until a date variable that nothing sets: faults on any instance, with or without a case.</summary>
    public static string WaitForReviewDate(string id = "wait-for-review-date") => $$"""
        { "id": "{{id}}", "name": "Wait for the review date", "version": 1, "status": "draft",
          "variables": [ { "name": "reviewOn", "type": "date" } ],
          "activities": [
            { "id": "start", "type": "flow/start", "typeVersion": 1 },
            { "id": "wait", "type": "flow/wait-until", "typeVersion": 1, "inputs": { "from": "variable", "variable": "reviewOn" } },
            { "id": "review", "type": "flow/human-task", "typeVersion": 1,
              "inputs": { "taskType": "review", "title": "Review the plan", "assignee": { "team": "north" } } }
          ],
          "connections": [ { "from": "start", "port": "next", "to": "wait" }, { "from": "wait", "port": "done", "to": "review" } ] }
        """;

    /// <summary>A review task named review-a; version 2 renames it review-b and adds a closing task after it.</summary>
    public static string Review(int version) => version == 1
        ? """
          { "id": "review", "name": "Review", "version": 1, "status": "draft",
            "activities": [
              { "id": "start", "type": "flow/start", "typeVersion": 1 },
              { "id": "review-a", "type": "flow/human-task", "typeVersion": 1, "inputs": { "taskType": "review", "title": "Review", "assignee": { "team": "north" } } }
            ],
            "connections": [ { "from": "start", "port": "next", "to": "review-a" } ] }
          """
        : """
          { "id": "review", "name": "Review", "version": 2, "status": "draft",
            "activities": [
              { "id": "start", "type": "flow/start", "typeVersion": 1 },
              { "id": "review-b", "type": "flow/human-task", "typeVersion": 1, "inputs": { "taskType": "review", "title": "Review", "assignee": { "team": "north" } } },
              { "id": "close", "type": "flow/human-task", "typeVersion": 1, "inputs": { "taskType": "close", "title": "Close", "assignee": { "team": "north" } } }
            ],
            "connections": [ { "from": "start", "port": "next", "to": "review-b" }, { "from": "review-b", "port": "done", "to": "close" } ] }
          """;
}

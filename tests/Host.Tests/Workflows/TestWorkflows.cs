namespace EarlyHelp.Host.Tests.Workflows;

/// <summary>Small workflows for the runner's tests, in the shipped JSON format.</summary>
internal static class TestWorkflows
{
    public static string TaskThenEnd(string id = "task-then-end") => $$"""
        { "id": "{{id}}", "name": "A task", "version": 1, "status": "published",
          "activities": [
            { "id": "start", "type": "flow/start", "typeVersion": 1 },
            { "id": "visit", "type": "flow/human-task", "typeVersion": 1,
              "inputs": { "taskType": "visit", "title": "Visit the family", "assignee": { "team": "north" }, "due": { "workingDays": 5 }, "outcomes": ["done", "not-home"] } }
          ],
          "connections": [ { "from": "start", "port": "next", "to": "visit" } ] }
        """;

    public static string WaitForEvent(string id = "wait-for-event") => $$"""
        { "id": "{{id}}", "name": "An event", "version": 1, "status": "published",
          "activities": [
            { "id": "start", "type": "flow/start", "typeVersion": 1 },
            { "id": "report", "type": "flow/wait-for-event", "typeVersion": 1, "inputs": { "event": "school-report" } },
            { "id": "read", "type": "flow/human-task", "typeVersion": 1,
              "inputs": { "taskType": "read-report", "title": "Read the report", "assignee": { "role": "lead-practitioner" } } }
          ],
          "connections": [ { "from": "start", "port": "next", "to": "report" }, { "from": "report", "port": "received", "to": "read" } ] }
        """;

    public static string DelayThenTask(int seconds, string id = "delay-then-task") => $$"""
        { "id": "{{id}}", "name": "A delay", "version": 1, "status": "published",
          "activities": [
            { "id": "start", "type": "flow/start", "typeVersion": 1 },
            { "id": "wait", "type": "flow/delay", "typeVersion": 1, "inputs": { "duration": { "seconds": {{seconds}} } } },
            { "id": "follow-up", "type": "flow/human-task", "typeVersion": 1,
              "inputs": { "taskType": "follow-up", "title": "Follow up", "assignee": { "role": "lead-practitioner" } } }
          ],
          "connections": [ { "from": "start", "port": "next", "to": "wait" }, { "from": "wait", "port": "done", "to": "follow-up" } ] }
        """;
}

using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Cases;

/// <summary>Records the family's exit survey ("How was it for you?") once the case is closed.</summary>
internal sealed record RecordExitSurvey(Guid CaseId, SurveyAnswer? TreatedWithRespect, SurveyAnswer? ListenedTo, SurveyAnswer? HelpedWithIssues, string? Comment) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("treatedWithRespect", TreatedWithRespect);
        errors.Required("listenedTo", ListenedTo);
        errors.Required("helpedWithIssues", HelpedWithIssues);
        errors.MaxLength("comment", Comment, 4000);
    }
}

internal sealed record RecordExitSurveyBody(SurveyAnswer? TreatedWithRespect, SurveyAnswer? ListenedTo, SurveyAnswer? HelpedWithIssues, string? Comment);

internal sealed class RecordExitSurveyHandler(CaseActions actions) : ICommandHandler<RecordExitSurvey>
{
    public const string Action = "case.record-exit-survey";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.LeadPractitioner, ActorRole.TeamManager];

    public Task<CommandResult> HandleAsync(RecordExitSurvey command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var fact = new ExitSurveyRecorded(command.TreatedWithRespect!.Value, command.ListenedTo!.Value, command.HelpedWithIssues!.Value, FreeText.Trimmed(command.Comment));
        return CaseChanges.PerformAsync(actions, context, command.CaseId,
            new CaseChange(Action, CaseTrigger.RecordExitSurvey, fact, CaseTaskTypes.ExitSurvey, CaseTaskTypes.Done), cancellationToken);
    }
}

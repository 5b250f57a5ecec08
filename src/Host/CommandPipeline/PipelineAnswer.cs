namespace EarlyHelp.Host.CommandPipeline;

/// <summary>What the pipeline answers: the response, and the case version it concerns (the ETag) when there is one.</summary>
internal sealed record PipelineAnswer(IResult Response, int? Version);

namespace EarlyHelp.Host.Scheduling;

/// <summary>
/// An answer made once the command's transaction has committed, for answers that read the scheduler's store.
/// On SQLite that store is read in a transaction of its own that takes the write lock (Microsoft.Data.Sqlite
/// begins "IMMEDIATE"), and the command's transaction holds that lock until it ends: read inside it, the two
/// would wait for each other.
/// </summary>
internal sealed class AfterCommitResult(Func<CancellationToken, Task<IResult>> answer) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var result = await AnswerAsync(httpContext.RequestAborted);
        await result.ExecuteAsync(httpContext);
    }

    /// <summary>The answer itself, for a caller that is not an HTTP request (the web pages read it in-process).</summary>
    public Task<IResult> AnswerAsync(CancellationToken cancellationToken) => answer(cancellationToken);
}

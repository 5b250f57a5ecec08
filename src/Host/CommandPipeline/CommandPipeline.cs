using System.Globalization;
using System.Security.Claims;
using EarlyHelp.Host.Cases;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.SignIn;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace EarlyHelp.Host.CommandPipeline;

/// <summary>
/// The one place every API command passes: sign-in and role first; then, inside one transaction (for a read,
/// <see cref="IQuery"/>, outside a write transaction), the case's
/// scope (for a case command: 404 when the user may not see it, whatever the body), validation (400 naming each
/// field), the handler, and the audit entries in that same transaction; the commit; then the work that waits for
/// the commit. A lost race runs the command again on what the winner saved, unless the caller named the version
/// they expect (If-Match): then they hear 409 with the current version and nothing changes.
/// </summary>
internal sealed partial class CommandPipeline(IDbContextFactory<EarlyHelpDbContext> contexts, SqliteWriteGate writers, TimeProvider time, ILogger<CommandPipeline> log)
{
    private const int Attempts = 4;

    public async Task<IResult> SendAsync<TCommand>(TCommand? command, ICommandHandler<TCommand> handler, HttpContext http, CancellationToken cancellationToken)
        where TCommand : class, ICommand
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!TryReadIfMatch(http.Request, out var expected))
        {
            return ApiProblems.Invalid("If-Match", "Send the case version as an ETag, for example \"7\".");
        }

        var sent = await SendAsync(command, handler, http.User, expected, cancellationToken);
        if (sent.Version is { } version)
        {
            http.Response.Headers.ETag = ETag(version);
        }

        return sent.Response;
    }

    /// <summary>
    /// The same pipeline for a caller that is not an HTTP request (the web pages run on the server): the user's
    /// claims, and the case version they last saw. Answers the response and the case version it concerns.
    /// </summary>
    public async Task<PipelineAnswer> SendAsync<TCommand>(TCommand? command, ICommandHandler<TCommand> handler, ClaimsPrincipal principal, int? expected, CancellationToken cancellationToken)
        where TCommand : class, ICommand
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(principal);
        if (StaffUser.From(principal) is not { } user)
        {
            return new(TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first."), null);
        }

        if (user.ActingRole(handler.Roles) is not { } role)
        {
            if (command is ICaseCommand about)
            {
                await AuditRefusedAsync(user, about.CaseId, cancellationToken);
            }

            return new(NeedsRole(handler.Roles), null);
        }

        if (command is null)
        {
            return new(ApiProblems.Invalid("body", "A JSON body is required."), null);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunAsync(command, handler, user, role, expected, cancellationToken);
            }
            catch (Exception exception) when (WorkflowRunner.IsLostRace(exception))
            {
                if (expected is not null || attempt == Attempts)
                {
                    return new(ApiProblems.Stale((exception as CaseConcurrencyException)?.CurrentVersion), null);
                }

                LogRetry(typeof(TCommand).Name, attempt);
            }
        }
    }

    private async Task<PipelineAnswer> RunAsync<TCommand>(
        TCommand command, ICommandHandler<TCommand> handler, StaffUser user, EarlyHelp.Workflows.Cases.ActorRole role, int? expected, CancellationToken cancellationToken)
        where TCommand : class, ICommand
    {
        var reads = command is IQuery;
        using var turn = reads ? null : await writers.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = reads ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        var context = new CommandContext(db, new CaseStore(db, time), user, role, time.GetUtcNow(), expected);
        var result = await DecideAsync(command, handler, context, cancellationToken);
        if (!result.Commit)
        {
            if (transaction is not null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }

            await KeepAuditAsync(context, cancellationToken);
            return new(result.Response, null);
        }

        db.AuditEntries.AddRange(context.AuditEntries);
        using (reads ? await writers.EnterAsync(cancellationToken) : null)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        foreach (var work in context.AfterCommit)
        {
            await work(cancellationToken);
        }

        return new(result.Response, context.ResultVersion);
    }

    /// <summary>
    /// The same steps for a caller that holds one transaction across several commands (an import applies a whole
    /// case or none of it): role, scope, validation, the handler and its audit entries, written into
    /// <paramref name="db"/>'s open transaction but not committed. On a refusal the caller rolls back; on success
    /// it commits and then runs the answer's after-commit work.
    /// </summary>
    public async Task<WithinAnswer> RunWithinAsync<TCommand>(EarlyHelpDbContext db, TCommand command, ICommandHandler<TCommand> handler, StaffUser user, CancellationToken cancellationToken)
        where TCommand : class, ICommand
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(user);
        if (user.ActingRole(handler.Roles) is not { } role)
        {
            return new(CommandResult.Refused(NeedsRole(handler.Roles)), []);
        }

        var context = new CommandContext(db, new CaseStore(db, time), user, role, time.GetUtcNow(), null);
        var result = await DecideAsync(command, handler, context, cancellationToken);
        if (result.Commit)
        {
            db.AuditEntries.AddRange(context.AuditEntries);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new(result, context.AfterCommit);
    }

    /// <summary>The command's answer inside the caller's transaction: out of scope, invalid, or the handler's.</summary>
    private static async Task<CommandResult> DecideAsync<TCommand>(TCommand command, ICommandHandler<TCommand> handler, CommandContext context, CancellationToken cancellationToken)
        where TCommand : class, ICommand =>
        await ScopeAsync(command, context, cancellationToken)
            ?? Validate(command)
            ?? await handler.HandleAsync(command, context, cancellationToken);

    private static IResult NeedsRole(IReadOnlyList<EarlyHelp.Workflows.Cases.ActorRole> roles) =>
        ApiProblems.Forbidden($"This needs one of the roles: {string.Join(", ", roles.Select(Staff.StaffRoles.ToWord))}.");

    /// <summary>A case command about a case the user may not see answers 404 before its body is even looked at.</summary>
    private static async Task<CommandResult?> ScopeAsync(ICommand command, CommandContext context, CancellationToken cancellationToken)
    {
        if (command is not ICaseCommand about)
        {
            return null;
        }

        context.ScopedCase = await CaseAccess.FindInScopeAsync(context, about.CaseId, cancellationToken);
        return context.ScopedCase is null ? CommandResult.Refused(ApiProblems.NotFound("case")) : null;
    }

    private static CommandResult? Validate(ICommand command)
    {
        var errors = new ValidationErrors();
        command.Validate(errors);
        return errors.IsEmpty ? null : CommandResult.Refused(TypedResults.ValidationProblem(errors.ToDictionary()));
    }

    /// <summary>A refused command changes nothing, but that someone tried to see or change a record is still audited.</summary>
    private async Task KeepAuditAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.AuditEntries.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.AddRange(context.AuditEntries);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Someone tried to act on a child's case in a role that may not: kept in the audit trail.</summary>
    private async Task AuditRefusedAsync(StaffUser user, Guid caseId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new Audit.AuditEntryRow
        {
            Id = Guid.NewGuid(),
            At = time.GetUtcNow().UtcDateTime,
            UserId = user.Id,
            Role = string.Join(' ', user.Roles.Select(Staff.StaffRoles.ToWord)),
            Action = CaseAccess.ScopeAction,
            RecordKind = CaseAccess.RecordKind,
            RecordId = CaseAccess.Id(caseId),
            CaseId = caseId,
            Outcome = AuditOutcomes.Refused,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    private static bool TryReadIfMatch(HttpRequest request, out int? expected)
    {
        expected = null;
        var header = request.Headers.IfMatch.ToString();
        if (header.Length == 0)
        {
            return true;
        }

        if (!EntityTagHeaderValue.TryParse(header, out var tag) || tag.IsWeak
            || !int.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        expected = version;
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Command}: another writer committed first (attempt {Attempt}); running it again")]
    private partial void LogRetry(string command, int attempt);
}

using EarlyHelp.Host.Audit;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.SignIn;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.CommandPipeline;

/// <summary>
/// What a handler works with: the database inside the command's one transaction, who is acting and in which
/// role, the time, the case version the caller expects (If-Match), and the audit entries to write.
/// </summary>
internal sealed class CommandContext(EarlyHelpDbContext db, CaseStore cases, StaffUser user, ActorRole role, DateTimeOffset now, int? expectedVersion)
{
    private readonly List<AuditEntryRow> _audit = [];
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];

    public EarlyHelpDbContext Db { get; } = db;

    /// <summary>Cases and families, on <see cref="Db"/> and its transaction.</summary>
    public CaseStore Cases { get; } = cases;

    public StaffUser User { get; } = user;

    public ActorRole Role { get; } = role;

    public Actor Actor { get; } = user.As(role);

    public DateTimeOffset Now { get; } = now;

    /// <summary>The case version the caller last saw (from If-Match); null when they did not say.</summary>
    public int? ExpectedVersion { get; } = expectedVersion;

    /// <summary>The case version to answer with as the ETag, once changed or read.</summary>
    public int? ResultVersion { get; set; }

    /// <summary>The case of an <see cref="ICaseCommand"/>, loaded and found in scope by the pipeline.</summary>
    internal Case? ScopedCase { get; set; }

    internal IReadOnlyList<AuditEntryRow> AuditEntries => _audit;

    internal IReadOnlyList<Func<CancellationToken, Task>> AfterCommit => _afterCommit;

    /// <summary>Records that the user viewed or changed a record. Fixed words and identifiers only: never personal data.</summary>
    public void Audit(string action, string recordKind, string recordId, Guid? caseId, string outcome) =>
        _audit.Add(new AuditEntryRow
        {
            Id = Guid.NewGuid(),
            At = Now.UtcDateTime,
            UserId = User.Id,
            Role = Staff.StaffRoles.ToWord(Role),
            Action = action,
            RecordKind = recordKind,
            RecordId = recordId,
            CaseId = caseId,
            Outcome = outcome,
        });

    /// <summary>Work to do once the transaction has committed (handing timers to the scheduler).</summary>
    public void OnCommitted(Func<CancellationToken, Task> work) => _afterCommit.Add(work);
}

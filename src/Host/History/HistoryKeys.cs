namespace EarlyHelp.Host.History;

/// <summary>
/// The identifiers of a history file mapped to the ones the product gave when it replayed them: families and their
/// members for the whole file (a later case of a family names it again), cases and step-down requests for the case
/// being replayed. A case's new mappings are kept only once its transaction has committed.
/// </summary>
internal sealed class HistoryKeys
{
    private readonly Dictionary<Guid, Guid> _families = [];
    private readonly Dictionary<Guid, Guid> _members = [];
    private readonly Dictionary<Guid, Guid> _pendingFamilies = [];
    private readonly Dictionary<Guid, Guid> _pendingMembers = [];
    private readonly Dictionary<Guid, Guid> _requests = [];

    /// <summary>The case being replayed, once its opening line has been applied.</summary>
    public Guid? CaseId { get; set; }

    public Guid? Family(Guid fileId) =>
        _pendingFamilies.TryGetValue(fileId, out var id) || _families.TryGetValue(fileId, out id) ? id : null;

    public Guid? Member(Guid fileId) =>
        _pendingMembers.TryGetValue(fileId, out var id) || _members.TryGetValue(fileId, out id) ? id : null;

    public Guid? Request(Guid fileId) => _requests.TryGetValue(fileId, out var id) ? id : null;

    public void AddFamily(Guid fileId, Guid id) => _pendingFamilies[fileId] = id;

    public void AddMember(Guid fileId, Guid id) => _pendingMembers[fileId] = id;

    public void AddRequest(Guid fileId, Guid id) => _requests[fileId] = id;

    /// <summary>Starts a case: nothing of the previous one carries over but its committed families.</summary>
    public void BeginCase()
    {
        CaseId = null;
        _requests.Clear();
        _pendingFamilies.Clear();
        _pendingMembers.Clear();
    }

    /// <summary>The case committed: its new families are known from now on.</summary>
    public void Keep()
    {
        foreach (var (file, id) in _pendingFamilies)
        {
            _families[file] = id;
        }

        foreach (var (file, id) in _pendingMembers)
        {
            _members[file] = id;
        }

        BeginCase();
    }
}

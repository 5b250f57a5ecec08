namespace EarlyHelp.Workflows.Families;

/// <summary>A family: the household members Early Help works with, and the locality they live in.</summary>
public sealed class Family
{
    private readonly List<FamilyMember> _members = [];

    /// <summary>Creates a family with no members yet.</summary>
    /// <param name="id">The family's identifier.</param>
    /// <param name="locality">The locality team area they live in.</param>
    /// <param name="address">Where they live.</param>
    public Family(Guid id, string locality, Address address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(locality);
        ArgumentNullException.ThrowIfNull(address);
        Id = id;
        Locality = locality;
        Address = address;
    }

    /// <summary>The family's identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The locality team area.</summary>
    public string Locality { get; private set; }

    /// <summary>Where the family lives.</summary>
    public Address Address { get; private set; }

    /// <summary>The household members.</summary>
    public IReadOnlyList<FamilyMember> Members => _members;

    /// <summary>The children of the household.</summary>
    public IEnumerable<FamilyMember> Children => _members.Where(m => m.Role == HouseholdRole.Child);

    /// <summary>Adds a household member.</summary>
    /// <param name="member">The member; their identifier must be new to the family.</param>
    public void AddMember(FamilyMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (_members.Any(m => m.Id == member.Id))
        {
            throw new InvalidOperationException($"Member {member.Id} is already in the family.");
        }

        _members.Add(member);
    }

    /// <summary>The family moved: a new address and possibly another locality.</summary>
    /// <param name="address">The new address.</param>
    /// <param name="locality">The locality of the new address.</param>
    public void Move(Address address, string locality)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentException.ThrowIfNullOrWhiteSpace(locality);
        Address = address;
        Locality = locality;
    }
}

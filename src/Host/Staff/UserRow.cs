namespace EarlyHelp.Host.Staff;

/// <summary>A member of staff who signs in: identifier, a display name for lists, roles and team.</summary>
internal sealed class UserRow
{
    public string Id { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>Role words (as in <see cref="StaffRoles"/>), separated by spaces.</summary>
    public string Roles { get; set; } = "";

    public string? TeamId { get; set; }

    public bool Active { get; set; } = true;
}

using EarlyHelp.Workflows.Families;

namespace EarlyHelp.Host.History;

/// <summary>
/// The family as written beside a family's first <c>case-opened</c> line (the history itself names the family and
/// children only by identifier): where they live and who they are, members in order.
/// </summary>
internal sealed record FamilyData(Address Address, IReadOnlyList<FamilyMember> Members);

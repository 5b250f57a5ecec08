using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Families;

namespace EarlyHelp.Host.Persistence;

/// <summary>Maps between the domain and the rows.</summary>
internal static class CaseRows
{
    public static CaseEventRow ToRow(CaseEvent recorded, DateTimeOffset recordedAt)
    {
        var type = CaseEventTypes.ForKey(recorded.Type)
            ?? throw new InvalidOperationException($"Unknown case event type '{recorded.Type}'.");
        return new CaseEventRow
        {
            CaseId = recorded.CaseId,
            Sequence = recorded.Sequence,
            Type = recorded.Type,
            FromState = recorded.From is { } from ? CaseEventJson.Write(from) : null,
            ToState = CaseEventJson.Write(recorded.To),
            ActorId = recorded.By.UserId,
            ActorRole = CaseEventJson.Write(recorded.By.Role),
            OccurredAt = recorded.At.UtcDateTime,
            RecordedAt = recordedAt.UtcDateTime,
            Data = CaseEventJson.Write(type, recorded.Data),
        };
    }

    public static CaseEvent ToEvent(CaseEventRow row)
    {
        var type = CaseEventTypes.ForKey(row.Type)
            ?? throw new InvalidOperationException($"Case {row.CaseId} event {row.Sequence} has an unknown type '{row.Type}'.");
        return new CaseEvent(
            row.CaseId,
            row.Sequence,
            row.Type,
            row.FromState is { } from ? CaseEventJson.ReadState(from) : null,
            CaseEventJson.ReadState(row.ToState),
            new Actor(row.ActorId, CaseEventJson.ReadRole(row.ActorRole)),
            new DateTimeOffset(row.OccurredAt, TimeSpan.Zero),
            CaseEventJson.Read(type, row.Data));
    }

    /// <summary>Writes the case's summary columns from the case itself.</summary>
    public static void Summarise(CaseRow row, Case summarised)
    {
        var lead = summarised.CurrentLeadPractitioners is [.., var last] ? last : null;
        row.Id = summarised.Id;
        row.FamilyId = summarised.FamilyId;
        row.Locality = summarised.Locality;
        row.State = CaseEventJson.Write(summarised.State);
        row.Version = summarised.Version;
        row.OpenedAt = summarised.OpenedAt.UtcDateTime;
        row.EndedAt = summarised.EndedAt?.UtcDateTime;
        row.LevelOfNeed = LevelOfNeedWord(summarised.LevelOfNeed);
        row.LeadPractitionerId = lead?.PractitionerId;
        row.LeadTeamId = lead?.TeamId;
        row.ReceivedAt = summarised.Enquiries is [var opening, ..] ? opening.ReceivedAt.UtcDateTime : summarised.OpenedAt.UtcDateTime;
        row.Urgency = summarised.Enquiries is [var first, ..] ? UrgencyWord(first.Urgency) : null;
        row.Reference = Cases.CaseReference.Of(summarised.Id);
    }

    public static string LevelOfNeedWord(LevelOfNeed level) => level.ToString().ToLowerInvariant();

    public static string UrgencyWord(Urgency urgency) => urgency.ToString().ToLowerInvariant();

    public static FamilyRow ToRow(Family family) => new()
    {
        Id = family.Id,
        Locality = family.Locality,
        AddressLine1 = family.Address.Line1,
        AddressLine2 = family.Address.Line2,
        Town = family.Address.Town,
        Postcode = family.Address.Postcode,
        Members = [.. family.Members.Select((m, position) => new FamilyMemberRow
        {
            Id = m.Id,
            FamilyId = family.Id,
            Position = position,
            GivenName = m.GivenName,
            FamilyName = m.FamilyName,
            DateOfBirth = m.DateOfBirth,
            Role = m.Role.ToString(),
        })],
    };

    public static Family ToFamily(FamilyRow row)
    {
        var family = new Family(row.Id, row.Locality, new Address(row.AddressLine1, row.AddressLine2, row.Town, row.Postcode));
        foreach (var member in row.Members.OrderBy(m => m.Position))
        {
            family.AddMember(new FamilyMember(member.Id, member.GivenName, member.FamilyName, member.DateOfBirth, Enum.Parse<HouseholdRole>(member.Role)));
        }

        return family;
    }
}

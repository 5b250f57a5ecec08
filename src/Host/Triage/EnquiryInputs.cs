using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Families;

namespace EarlyHelp.Host.Triage;

/// <summary>A family not yet known: where they live and who is in the household.</summary>
internal sealed record NewFamilyInput(string? Locality, AddressInput? Address, IReadOnlyList<MemberInput>? Members)
{
    public void Validate(ValidationErrors errors, string at)
    {
        errors.Required($"{at}.locality", Locality);
        if (Address is null)
        {
            errors.Add($"{at}.address", "Required.");
        }
        else
        {
            errors.Required($"{at}.address.line1", Address.Line1);
            errors.Required($"{at}.address.town", Address.Town);
            errors.Required($"{at}.address.postcode", Address.Postcode);
            errors.MaxLength($"{at}.address.postcode", Address.Postcode, 10);
        }

        if (Members is not { Count: > 0 })
        {
            errors.Add($"{at}.members", "Add the household members, with at least one child.");
            return;
        }

        for (var i = 0; i < Members.Count; i++)
        {
            var member = Members[i];
            errors.Required($"{at}.members[{i}].givenName", member.GivenName);
            errors.Required($"{at}.members[{i}].familyName", member.FamilyName);
            errors.Required($"{at}.members[{i}].role", member.Role);
        }

        if (!Members.Any(m => m.Role == HouseholdRole.Child))
        {
            errors.Add($"{at}.members", "At least one member must be a child: an enquiry is about a child.");
        }
    }
}

internal sealed record AddressInput(string? Line1, string? Line2, string? Town, string? Postcode);

internal sealed record MemberInput(string? GivenName, string? FamilyName, DateOnly? DateOfBirth, HouseholdRole? Role);

/// <summary>Who made the enquiry: their agency, organisation and (optionally) the contact's name.</summary>
internal sealed record ReferrerInput(AgencyType? Agency, string? Organisation, string? ContactName)
{
    public void Validate(ValidationErrors errors, string at)
    {
        errors.Required($"{at}.agency", Agency);
        errors.Required($"{at}.organisation", Organisation);
    }
}

/// <summary>The enquiry itself: when it came, from whom, what it is about, how urgent, and whether the family agreed to it.</summary>
internal sealed record EnquiryInput(
    ReferrerInput? Referrer,
    DateTimeOffset? ReceivedAt,
    IReadOnlyList<string>? Needs,
    LevelOfNeed? LevelOfNeed,
    Urgency? Urgency,
    EnquiryConsent? Consent)
{
    public void Validate(ValidationErrors errors, string at)
    {
        if (Referrer is null)
        {
            errors.Add($"{at}referrer", "Required.");
        }
        else
        {
            Referrer.Validate(errors, $"{at}referrer");
        }

        errors.Required($"{at}receivedAt", ReceivedAt);
        if (Needs is not { Count: > 0 } || Needs.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{at}needs", "Name at least one area of need, e.g. \"parenting\".");
        }

        errors.Required($"{at}levelOfNeed", LevelOfNeed);
        errors.Required($"{at}urgency", Urgency);
        errors.Required($"{at}consent", Consent);
    }

    public Enquiry ToEnquiry() => new(
        Guid.NewGuid(),
        new Referrer(Referrer!.Agency!.Value, Referrer.Organisation!.Trim(), Referrer.ContactName),
        ReceivedAt!.Value,
        [.. Needs!.Select(n => n.Trim())],
        LevelOfNeed!.Value,
        Urgency!.Value,
        Consent!.Value);
}

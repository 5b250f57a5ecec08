namespace EarlyHelp.Workflows.Families;

/// <summary>A member of a family's household. Personal data: never logged.</summary>
/// <param name="Id">The member's identifier.</param>
/// <param name="GivenName">Given name.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="DateOfBirth">Date of birth, when known (an unborn child has none).</param>
/// <param name="Role">Their place in the household.</param>
public sealed record FamilyMember(Guid Id, string GivenName, string FamilyName, DateOnly? DateOfBirth, HouseholdRole Role)
{
    /// <summary>Age in whole years on a day, or null without a date of birth.</summary>
    /// <param name="on">The day.</param>
    public int? AgeOn(DateOnly on)
    {
        if (DateOfBirth is not { } born)
        {
            return null;
        }

        var age = on.Year - born.Year;
        return born.AddYears(age) > on ? age - 1 : age;
    }
}

/// <summary>A member's place in the household.</summary>
public enum HouseholdRole
{
    /// <summary>A child (under 18, or up to 25 with a disability).</summary>
    Child,

    /// <summary>A parent.</summary>
    Parent,

    /// <summary>A carer (kinship carer, step-parent, guardian).</summary>
    Carer,

    /// <summary>Another adult in the household.</summary>
    OtherAdult,
}

/// <summary>A postal address. Personal data: never logged.</summary>
/// <param name="Line1">First line.</param>
/// <param name="Line2">Second line, if any.</param>
/// <param name="Town">Town.</param>
/// <param name="Postcode">Postcode.</param>
public sealed record Address(string Line1, string? Line2, string Town, string Postcode);

namespace EarlyHelp.Workflows.Ports;

/// <summary>
/// A message to a member of staff, queued through <see cref="INotifications"/>.
/// Notifications leave the case record (by email, or onto a screen anyone nearby may see), so the caller
/// promises that <see cref="Subject"/> and <see cref="Body"/> may name case references and timescales but
/// never people: no names of children, family members or referrers, no addresses, no dates of birth.
/// </summary>
/// <param name="DeduplicationKey">
/// Chosen by the caller so that the same notification always gets the same key, for example
/// <c>review-reminder:{caseId}:{reviewDueDate}</c>; a second notification with a key already used is
/// ignored. At most <see cref="MaximumKeyLength"/> characters.
/// </param>
/// <param name="Recipient">The user id of the member of staff who receives it; never a family member.</param>
/// <param name="Kind">
/// What sort of notification it is: a stable code word of lower-case letters, digits and hyphens, such as
/// those in <see cref="NotificationKinds"/>. It is the one part of a notification that is logged.
/// </param>
/// <param name="Subject">A one-line subject: plain text, case references but no people's names.</param>
/// <param name="Body">The message: plain text, case references but no people's names.</param>
/// <param name="CaseId">The case it concerns, if any, so the in-app list can link to it.</param>
/// <param name="NotBefore">The earliest instant to deliver it; null to deliver as soon as possible.</param>
public sealed record Notification(
    string DeduplicationKey,
    string Recipient,
    string Kind,
    string Subject,
    string Body,
    Guid? CaseId = null,
    DateTimeOffset? NotBefore = null)
{
    /// <summary>The longest <see cref="DeduplicationKey"/>, <see cref="Recipient"/> or <see cref="Kind"/> accepted.</summary>
    public const int MaximumKeyLength = 200;

    /// <summary>The longest <see cref="Subject"/> accepted.</summary>
    public const int MaximumSubjectLength = 300;
}

/// <summary>The kinds of notification the pathway sends (<see cref="Notification.Kind"/>).</summary>
public static class NotificationKinds
{
    /// <summary>A Team Around the Family review is coming up or overdue.</summary>
    public const string ReviewReminder = "review-reminder";

    /// <summary>The daily list of cases near or past a timeliness target.</summary>
    public const string TimelinessDigest = "timeliness-digest";

    /// <summary>The weekly step-down panel's agenda.</summary>
    public const string PanelAgenda = "panel-agenda";

    /// <summary>A notice to the staff member who referred, about what became of the enquiry.</summary>
    public const string ReferrerNotice = "referrer-notice";
}

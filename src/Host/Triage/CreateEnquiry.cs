using EarlyHelp.Host.Cases;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Families;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Triage;

/// <summary>
/// A request for support about children of a family, known (familyId) or new (family). Before a new family is
/// added, families with a child of the same name and date of birth are offered (confirmNewFamily to go on);
/// before a new episode opens, the children's open episodes are offered (newEpisodeReason to go on).
/// </summary>
internal sealed record CreateEnquiry(
    Guid? FamilyId,
    NewFamilyInput? Family,
    IReadOnlyList<Guid>? ChildIds,
    EnquiryInput? Enquiry,
    string? NewEpisodeReason,
    bool ConfirmNewFamily) : ICommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        switch (FamilyId, Family)
        {
            case (null, null):
                errors.Add("familyId", "Give a known family's identifier, or the family under \"family\".");
                break;
            case ({ }, { }):
                errors.Add("family", "Give either familyId or family, not both.");
                break;
            case (null, { } family):
                family.Validate(errors, "family");
                break;
        }

        if (ChildIds is { } children && (children.Count == 0 || children.Any(c => c == Guid.Empty)))
        {
            errors.Add("childIds", "Leave out to mean every child of the family, or list the children's identifiers.");
        }

        if (Enquiry is null)
        {
            errors.Add("enquiry", "Required.");
        }
        else
        {
            Enquiry.Validate(errors, "enquiry.");
        }

        errors.MaxLength("newEpisodeReason", NewEpisodeReason, 2000);
    }
}

/// <summary>What creating an enquiry answers: the new case, its family and state.</summary>
internal sealed record EnquiryCreated(Guid CaseId, string Reference, Guid FamilyId, string State, int Version);

/// <summary>A family that may be the one being entered again: offered, by identifier and locality only.</summary>
internal sealed record PossibleDuplicate(Guid FamilyId, string Locality);

internal sealed class CreateEnquiryHandler(WorkflowRunner runner, WorkflowDefinitionStore definitions) : ICommandHandler<CreateEnquiry>
{
    public const string Action = "enquiry.create";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.TriageOfficer];

    public async Task<CommandResult> HandleAsync(CreateEnquiry command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (command.Enquiry!.ReceivedAt > context.Now)
        {
            return CommandResult.Refused(ApiProblems.Invalid("enquiry.receivedAt", "Cannot be in the future."));
        }

        var (family, problem) = command.FamilyId is { } familyId
            ? await KnownFamilyAsync(context, familyId, cancellationToken)
            : await NewFamilyAsync(context, command, cancellationToken);
        if (problem is not null)
        {
            return CommandResult.Refused(problem);
        }

        var children = family!.Children.Select(c => c.Id).ToList();
        var childIds = command.ChildIds is { } chosen ? [.. chosen.Distinct()] : children;
        if (childIds.Except(children).Any())
        {
            return CommandResult.Refused(ApiProblems.Invalid("childIds", "Each identifier must be a child of the family."));
        }

        var openEpisodes = await context.Cases.FindOpenEpisodesAsync(childIds, cancellationToken);
        var opened = new CaseOpened(family.Id, childIds, family.Locality, command.Enquiry.ToEnquiry(), string.IsNullOrWhiteSpace(command.NewEpisodeReason) ? null : command.NewEpisodeReason.Trim());
        var opening = Case.Open(Guid.NewGuid(), opened, context.Actor, context.Now, openEpisodes);
        if (opening.Case is not { } created)
        {
            return CommandResult.Refused(TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "A child already has an open episode.",
                detail: $"{opening.Reason}. Add the enquiry to the open episode, or give newEpisodeReason to open another.",
                extensions: new Dictionary<string, object?>
                {
                    ["openEpisodes"] = opening.OpenEpisodes.Select(e => new { e.CaseId, e.ChildId, State = CaseEventJson.Write(e.State) }).ToList(),
                }));
        }

        await context.Cases.StageAsync(created, cancellationToken);
        await context.Db.SaveChangesAsync(cancellationToken);
        var pathway = await definitions.FindNewestPublishedAsync(Pathways.Referral, cancellationToken)
            ?? throw new InvalidOperationException($"The {Pathways.Referral} pathway is not published: the Host loads it at start-up.");
        var step = await runner.StartWithinAsync(context.Db, pathway, created.Id, new Dictionary<string, System.Text.Json.Nodes.JsonNode?>(), context.Actor, cancellationToken);
        if (step.Result.RefusalReason is { } refused)
        {
            throw new InvalidOperationException($"The {Pathways.Referral} pathway refused to start: {refused}");
        }

        context.OnCommitted(step.HandOverTimersAsync);
        var version = step.Subject?.Version ?? created.Version;
        CaseAccess.Changed(context, created.Id, Action, version);
        var state = CaseEventJson.Write(step.Subject?.State ?? created.State);
        return CommandResult.Done(TypedResults.Created($"/api/cases/{created.Id}", new EnquiryCreated(created.Id, CaseReference.Of(created.Id), family.Id, state, version)));
    }

    private static async Task<(Family?, IResult?)> KnownFamilyAsync(CommandContext context, Guid familyId, CancellationToken cancellationToken)
    {
        var family = await context.Cases.FindFamilyAsync(familyId, cancellationToken);
        // A family outside the officer's team answers as if it did not exist.
        if (family is null || family.Locality != context.User.TeamId)
        {
            return (null, ApiProblems.NotFound("family"));
        }

        context.Audit(Action, "family", familyId.ToString("D"), null, AuditOutcomes.Read);
        return (family, null);
    }

    private static async Task<(Family?, IResult?)> NewFamilyAsync(CommandContext context, CreateEnquiry command, CancellationToken cancellationToken)
    {
        var input = command.Family!;
        var locality = input.Locality!.Trim();
        if (locality != context.User.TeamId)
        {
            return (null, ApiProblems.Invalid("family.locality", $"You record enquiries for your own team's locality ({context.User.TeamId ?? "none"})."));
        }

        if (!command.ConfirmNewFamily && await PossibleDuplicatesAsync(context.Db, input, cancellationToken) is { Count: > 0 } duplicates)
        {
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "This family may already be known.",
                detail: "A child of the same name and date of birth is already recorded. Use the known family's identifier, or send confirmNewFamily: true.",
                extensions: new Dictionary<string, object?> { ["possibleDuplicates"] = duplicates }));
        }

        var address = input.Address!;
        var family = new Family(Guid.NewGuid(), locality, new Address(address.Line1!.Trim(), address.Line2?.Trim(), address.Town!.Trim(), address.Postcode!.Trim().ToUpperInvariant()));
        foreach (var member in input.Members!)
        {
            family.AddMember(new FamilyMember(Guid.NewGuid(), member.GivenName!.Trim(), member.FamilyName!.Trim(), member.DateOfBirth, member.Role!.Value));
        }

        await context.Cases.AddFamilyAsync(family, cancellationToken);
        context.Audit(Action, "family", family.Id.ToString("D"), null, AuditOutcomes.Changed);
        return (family, null);
    }

    /// <summary>Families with a child of the same given name, family name and date of birth (names compared without case).</summary>
    private static async Task<List<PossibleDuplicate>> PossibleDuplicatesAsync(EarlyHelpDbContext db, NewFamilyInput input, CancellationToken cancellationToken)
    {
        var found = new List<PossibleDuplicate>();
        foreach (var child in input.Members!.Where(m => m.Role == HouseholdRole.Child && m.DateOfBirth is not null))
        {
            var given = child.GivenName!.Trim().ToUpperInvariant();
            var surname = child.FamilyName!.Trim().ToUpperInvariant();
            // ToUpper here is SQL's UPPER, run by the database on both sides: culture does not come into it.
#pragma warning disable CA1304, CA1311, CA1862
            var matches = await (
                    from member in db.FamilyMembers
                    join family in db.Families on member.FamilyId equals family.Id
                    where member.DateOfBirth == child.DateOfBirth && member.GivenName.ToUpper() == given && member.FamilyName.ToUpper() == surname
                    select new PossibleDuplicate(family.Id, family.Locality))
                .AsNoTracking()
                .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
            found.AddRange(matches);
        }

        return [.. found.DistinctBy(d => d.FamilyId)];
    }
}

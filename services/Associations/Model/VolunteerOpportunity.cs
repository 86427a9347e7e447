namespace Frivillighed.Associations.Model;

// Help an association is looking for; public until the association closes it.
public sealed class VolunteerOpportunity
{
    public Guid Id { get; init; }
    public Guid AssociationId { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public ActivityArea Area { get; init; }
    public required string Town { get; init; }
    public required string TimeCommitment { get; init; }
    public required string Contact { get; init; }
    public DateTimeOffset PostedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; set; }
    public NpgsqlTypes.NpgsqlTsVector SearchVector { get; private init; } = null!;
}

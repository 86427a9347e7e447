namespace Frivillighed.Associations.Model;

// A staff decision, kept with who, when, what and why (GDPR and FOL: decisions must be explainable).
public sealed class AuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public Guid ActorId { get; init; }
    public required string ActorName { get; init; }
    public Guid AssociationId { get; init; }
    public required string Action { get; init; }
    public required string Reason { get; init; }
}

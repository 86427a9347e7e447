namespace Frivillighed.Grants.Model;

// Who changed what, when and why: every state change of pools, applications and awards.
public sealed class AuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public Guid ActorId { get; init; }
    public required string ActorName { get; init; }
    public Guid PoolId { get; init; }
    public Guid? ApplicationId { get; init; }
    public required string Action { get; init; }
    public string? Reason { get; init; }
}

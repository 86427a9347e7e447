namespace Frivillighed.Identity.Model;

// The audit trail of platform roles: who gave or took which role from whom, and when.
public sealed class RoleChange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public DateTimeOffset At { get; init; }
    public Guid ActorId { get; init; }
    public required string ActorName { get; init; }
    public Guid UserId { get; init; }
    public required string UserName { get; init; }
    public required string Role { get; init; }
    public bool Granted { get; init; }
}

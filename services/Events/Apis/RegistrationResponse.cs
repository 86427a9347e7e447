using Frivillighed.Events.Model;

namespace Frivillighed.Events.Apis;

// For the participant. CancelLink (with its secret) is given once, when registering. Position: on the waiting list.
public sealed record RegistrationResponse(Guid Id, Guid EventId, RegistrationStatus Status, int? Position, List<Guid> Sessions, string? CancelLink);

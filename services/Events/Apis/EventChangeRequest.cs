namespace Frivillighed.Events.Apis;

// What may change once an event exists (moving it in time or place means cancelling it and creating another):
// texts, seats (never below those taken) and the registration window.
public sealed record EventChangeRequest(string? Title, string? Description, int? Capacity, DateTime? RegistrationOpens, DateTime? RegistrationCloses);

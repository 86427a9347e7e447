namespace Frivillighed.Associations.Apis;

public sealed record AcceptInvitationRequest(string? Code);

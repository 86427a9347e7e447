namespace Frivillighed.Associations.Apis;

public sealed record MissingMemberCountResponse(Guid Id, string Name, string Town, int Year);

namespace Frivillighed.Grants.Apis;

public sealed record RoundResponse(Guid Id, Guid PoolId, string Name, DateOnly Deadline, DateTimeOffset ClosesAt, bool OnlyIfMoneyLeft, bool Open);

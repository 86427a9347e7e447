namespace Frivillighed.Grants.Apis;

// Deadline: applications are accepted until the end of that day, Danish time.
public sealed record RoundRequest(string? Name, DateOnly? Deadline, bool OnlyIfMoneyLeft = false);

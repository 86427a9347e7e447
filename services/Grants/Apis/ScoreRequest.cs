namespace Frivillighed.Grants.Apis;

public sealed record ScoreRequest(string? Criterion, int? Score, string? Comment);

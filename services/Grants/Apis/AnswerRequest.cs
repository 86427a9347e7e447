namespace Frivillighed.Grants.Apis;

public sealed record AnswerRequest(string? Criterion, string? Answer);

namespace Frivillighed.Grants.Apis;

public sealed record AssessmentRequest(List<ScoreRequest>? Scores);

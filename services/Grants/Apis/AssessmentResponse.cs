namespace Frivillighed.Grants.Apis;

// One staff member's assessment of an application: a score 0–5 and a comment per criterion of the pool.
public sealed record AssessmentResponse(Guid AssessorId, string AssessorName, DateTimeOffset AssessedAt, List<ScoreResponse> Scores);

public sealed record ScoreResponse(string Criterion, int Score, string Comment);

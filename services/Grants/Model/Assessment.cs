namespace Frivillighed.Grants.Model;

// One staff member's scores of an application (0–5 per criterion, with a comment); a new assessment by the
// same person replaces theirs.
public sealed class Assessment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public Guid AssessorId { get; init; }
    public required string AssessorName { get; set; }
    public List<CriterionScore> Scores { get; set; } = [];
    public DateTimeOffset AssessedAt { get; set; }
}
